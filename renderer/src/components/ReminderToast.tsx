// Reminders shown in the page (the browser host without notifications allowed): each with Open,
// Snooze (10 min, 1 hour, tomorrow) and Dismiss, those that came due while no page was open under
// "While you were away". It is announced politely and never takes the focus: R goes to it and
// Escape goes back.
import { type KeyboardEvent, useId, useRef, useSyncExternalStore } from 'react';
import { sayDue } from '../../../electron/shared/when-text.ts';
import { useToday } from '../hooks/use-today.ts';
import { reminders, type ShownReminder, type SnoozeFor } from '../lib/reminders.ts';
import './ReminderToast.css';

const SNOOZES: [SnoozeFor, string][] = [
  ['10m', '10 min'],
  ['1h', '1 hour'],
  ['tomorrow', 'Tomorrow'],
];

export function ReminderToast() {
  const { items, status } = useSyncExternalStore(reminders.subscribe, reminders.get);
  const today = useToday();
  const region = useRef<HTMLDivElement>(null);
  /** Where the focus was before it came here, to give it back. */
  const cameFrom = useRef<HTMLElement | null>(null);
  const headingId = useId();
  const awayId = useId();
  const nowId = useId();

  /** Before a reminder holding the focus goes: the focus moves to the next one, or back. */
  const handOn = (key: string) => {
    const here = region.current;
    if (!here?.contains(document.activeElement)) return;
    const rows = [...here.querySelectorAll<HTMLElement>('[data-reminder]')];
    const at = rows.findIndex((row) => row.dataset.reminder === key);
    const next = rows[at + 1] ?? rows[at - 1];
    (next?.querySelector('button') ?? cameFrom.current)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    const back = cameFrom.current;
    if (back?.isConnected) back.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  };

  const item = (r: ShownReminder) => {
    const titleId = `${headingId}-${r.key}`;
    return (
      <li key={r.key} className="reminder" data-reminder={r.key}>
        <p className="reminder-title" id={titleId} dir="auto" title={r.title}>
          {r.title}
        </p>
        <p className="reminder-when">Due {sayDue(r.dueDate, r.dueTime, today)}</p>
        <div className="reminder-actions">
          <button
            type="button"
            aria-label={`Open ${r.title}`}
            title="Show it in the task list"
            onClick={() => reminders.open(r.key)}
          >
            Open
          </button>
          <span className="reminder-snooze" role="group" aria-label={`Snooze ${r.title}`}>
            <span aria-hidden="true">Snooze</span>
            {SNOOZES.map(([span, label]) => (
              <button
                key={span}
                type="button"
                aria-label={`Snooze ${label}`}
                onClick={() => {
                  handOn(r.key);
                  void reminders.snooze(r.key, span);
                }}
              >
                {label}
              </button>
            ))}
          </span>
          <button
            type="button"
            className="link"
            aria-label={`Dismiss ${r.title}`}
            onClick={() => {
              handOn(r.key);
              reminders.dismiss(r.key);
            }}
          >
            Dismiss
          </button>
        </div>
      </li>
    );
  };

  const away = items.filter((r) => r.away);
  const now = items.filter((r) => !r.away);
  return (
    <div
      ref={region}
      className="reminders"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const from = e.relatedTarget as HTMLElement | null;
        if (!e.currentTarget.contains(from)) cameFrom.current = from;
      }}
    >
      <div aria-live="polite">
        {items.length > 0 && (
          <section className="reminder-toast" aria-labelledby={headingId}>
            <div className="reminder-header">
              <h2 id={headingId}>{items.length === 1 ? 'Reminder' : 'Reminders'}</h2>
              {items.length > 1 && (
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    cameFrom.current?.focus();
                    reminders.dismissAll();
                  }}
                >
                  Dismiss all
                </button>
              )}
            </div>
            {away.length > 0 && (
              <div className="reminder-group" role="group" aria-labelledby={awayId}>
                <h3 id={awayId}>While you were away</h3>
                <ul>{away.map(item)}</ul>
              </div>
            )}
            {now.length > 0 && away.length > 0 && (
              <div className="reminder-group" role="group" aria-labelledby={nowId}>
                <h3 id={nowId}>Due now</h3>
                <ul>{now.map(item)}</ul>
              </div>
            )}
            {now.length > 0 && away.length === 0 && <ul>{now.map(item)}</ul>}
          </section>
        )}
      </div>
      {/* Polite like a status, without being a second one beside the task list's toast. */}
      <p className="reminder-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
