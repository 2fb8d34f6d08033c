// Editing a task in its row: title, description, date and time, priority, repeat and labels. Only
// the fields the person changes are sent, each with what it said when editing began, so a field
// changed elsewhere meanwhile is shown next to theirs instead of being written over.
import { type KeyboardEvent, useId, useState } from 'react';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../../electron/shared/limits.ts';
import type { Task } from '../../../electron/shared/task.ts';
import { sayDue, sayPriority, sayRepeat } from '../../../electron/shared/when-text.ts';
import { weekdayCode, weekdayName } from '../lib/local-dates.ts';
import { LengthCounter } from './LengthCounter.tsx';
import type { Edit, RowActions } from './TaskRow.tsx';
import './TaskEditor.css';

type Field = keyof Edit;
const FIELDS: Field[] = [
  'title',
  'description',
  'dueDate',
  'dueTime',
  'priority',
  'repeat',
  'labels',
];
const FIELD_NAMES: Record<Field, string> = {
  title: 'Title',
  description: 'Description',
  dueDate: 'Date',
  dueTime: 'Time',
  priority: 'Priority',
  repeat: 'Repeat',
  labels: 'Labels',
};

type RepeatChoice =
  'none' | 'daily' | 'weekdays' | 'weekly' | 'monthly' | 'yearly' | 'current' | 'custom';

/** The rule of a preset; "weekly" repeats on the weekday of `day`. */
function presetRule(choice: RepeatChoice, day: string): string | null | undefined {
  switch (choice) {
    case 'none':
      return null;
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekdays':
      return 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${weekdayCode(day)}`;
    case 'monthly':
      return 'FREQ=MONTHLY';
    case 'yearly':
      return 'FREQ=YEARLY';
    default:
      return undefined;
  }
}

/** A rule as typed, in the spelling the core stores ("rrule:freq=daily" → "FREQ=DAILY"). */
const spelledRule = (text: string) =>
  text
    .replace(/^\s*RRULE:/i, '')
    .replace(/\s+/g, '')
    .toUpperCase();

const PRESETS: RepeatChoice[] = ['none', 'daily', 'weekdays', 'weekly', 'monthly', 'yearly'];

function initialChoice(rule: string | null, day: string): RepeatChoice {
  if (rule === null) return 'none';
  return PRESETS.find((p) => presetRule(p, day) === rule) ?? 'current';
}

/** "home, #errands  shop" → ["home", "errands", "shop"] */
const parseLabels = (text: string) => [
  ...new Set(
    text
      .split(/[\s,]+/)
      .map((l) => l.replace(/^#+/, '').toLowerCase())
      .filter(Boolean),
  ),
];

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? [...a].sort().join('\u0000') === [...b].sort().join('\u0000')
    : a === b;

function say(field: Field, value: Task[Field], today: string): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return field === 'title' || field === 'description' ? '(empty)' : '(none)';
  }
  switch (field) {
    case 'dueDate':
      return sayDue(value as string, null, today, 'short');
    case 'priority':
      return sayPriority(value as 1 | 2 | 3);
    case 'repeat':
      return sayRepeat(value as string);
    case 'labels':
      return (value as string[]).map((l) => `#${l}`).join(' ');
    default:
      return String(value);
  }
}

export function TaskEditor(props: {
  task: Task;
  actions: RowActions;
  onDone: () => void;
  today: string;
}) {
  const { task, actions, onDone, today } = props;
  const id = useId();
  // What the fields said when editing began.
  const [start] = useState<Required<Edit>>(() => ({
    title: task.title,
    description: task.description,
    dueDate: task.dueDate,
    dueTime: task.dueTime,
    priority: task.priority,
    repeat: task.repeat,
    labels: task.labels,
  }));
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description);
  const [dueDate, setDueDate] = useState(task.dueDate ?? '');
  const [dueTime, setDueTime] = useState(task.dueTime ?? '');
  const [priority, setPriority] = useState(task.priority ? String(task.priority) : '');
  const [repeat, setRepeat] = useState(() => initialChoice(task.repeat, task.dueDate ?? today));
  const [rule, setRule] = useState(task.repeat ?? '');
  // The rule is sent only when the person chose one (a preset's spelling may differ from the
  // stored rule's).
  const [repeatTouched, setRepeatTouched] = useState(false);
  const [labels, setLabels] = useState(task.labels.join(', '));
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Task | null>(null);

  const day = dueDate || today;
  // Until the person picks a repeat, "weekly" is the stored rule's day, not the date field's.
  const weeklyDay = repeatTouched ? day : (start.dueDate ?? today);
  const changes = (): Edit => {
    const now: Required<Edit> = {
      title: title.trim(),
      description: description.trim(),
      dueDate: dueDate || null,
      dueTime: dueDate && dueTime ? dueTime : null,
      priority: priority ? (Number(priority) as 1 | 2 | 3) : null,
      repeat: !repeatTouched
        ? start.repeat
        : repeat === 'current'
          ? start.repeat
          : repeat === 'custom'
            ? rule.trim() || null
            : (presetRule(repeat, day) ?? null),
      labels: parseLabels(labels),
    };
    const edit: Edit = {};
    for (const field of FIELDS) {
      if (sameValue(now[field], start[field])) continue;
      // The text as typed: the core trims it and says what is wrong with it, if anything.
      const value = field === 'title' ? title : field === 'description' ? description : now[field];
      Object.assign(edit, { [field]: value });
    }
    return edit;
  };
  const changed = Object.keys(changes()).length > 0;

  const save = async (keepMine = false) => {
    if (saving) return;
    const edit = changes();
    if (Object.keys(edit).length === 0) return onDone();
    setSaving(true);
    const expected = keepMine
      ? undefined
      : (Object.fromEntries(Object.keys(edit).map((k) => [k, start[k as Field]])) as Edit);
    const result = await actions.save(task, edit, expected);
    setSaving(false);
    if (result.kind === 'saved') onDone();
    else if (result.kind === 'conflict') setConflict(result.now);
  };

  const skip = async () => {
    if (saving) return;
    setSaving(true);
    const skipped = await actions.skip(task);
    setSaving(false);
    if (skipped) onDone();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onDone();
    } else if (e.key === 'Enter' && !e.shiftKey && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      void save();
    }
  };

  const repeatLabels: Record<RepeatChoice, string> = {
    none: 'Doesn’t repeat',
    daily: 'Every day',
    weekdays: 'Every weekday (Mon–Fri)',
    weekly: `Every week on ${weekdayName(weeklyDay)}`,
    monthly: 'Every month',
    yearly: 'Every year',
    current: start.repeat ? `${sayRepeat(start.repeat)} (as now)` : '',
    custom: 'Custom rule…',
  };
  const repeatChoices: RepeatChoice[] = [
    ...PRESETS,
    ...(initialChoice(start.repeat, start.dueDate ?? today) === 'current'
      ? (['current'] as const)
      : []),
    'custom',
  ];
  const edit = changes();

  return (
    <div className="task-editor" onKeyDown={onKeyDown}>
      <input
        type="text"
        aria-label="Title"
        dir="auto"
        value={title}
        maxLength={TITLE_MAX * 2}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      <textarea
        aria-label="Description"
        dir="auto"
        placeholder="Description (optional)"
        value={description}
        maxLength={DESCRIPTION_MAX * 2}
        rows={2}
        onChange={(e) => setDescription(e.target.value)}
      />
      <LengthCounter text={title} max={TITLE_MAX} near={40} />
      <LengthCounter text={description} max={DESCRIPTION_MAX} near={100} />
      <div className="task-when">
        <div className="when-field">
          <label htmlFor={`${id}-date`}>Due date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        </div>
        <div className="when-field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={dueDate ? dueTime : ''}
            disabled={!dueDate}
            title={dueDate ? undefined : 'Give the task a date first'}
            onChange={(e) => setDueTime(e.target.value)}
          />
        </div>
        <div className="when-field">
          <label htmlFor={`${id}-priority`}>Priority</label>
          <select
            id={`${id}-priority`}
            value={priority}
            onChange={(e) => setPriority(e.target.value)}
          >
            <option value="">None</option>
            <option value="1">P1 (high)</option>
            <option value="2">P2 (medium)</option>
            <option value="3">P3 (low)</option>
          </select>
        </div>
        <div className="when-field">
          <label htmlFor={`${id}-repeat`}>Repeat</label>
          <select
            id={`${id}-repeat`}
            value={repeat}
            onChange={(e) => {
              setRepeat(e.target.value as RepeatChoice);
              setRepeatTouched(true);
            }}
          >
            {repeatChoices.map((choice) => (
              <option key={choice} value={choice}>
                {repeatLabels[choice]}
              </option>
            ))}
          </select>
        </div>
        {repeat === 'custom' && (
          <div className="when-field wide">
            <label htmlFor={`${id}-rule`}>Repeat rule (RRULE)</label>
            <input
              id={`${id}-rule`}
              type="text"
              value={rule}
              placeholder="FREQ=WEEKLY;BYDAY=MO,TH"
              spellCheck={false}
              aria-describedby={`${id}-rule-says`}
              onChange={(e) => {
                setRule(e.target.value);
                setRepeatTouched(true);
              }}
            />
            <span id={`${id}-rule-says`} className="hint">
              {rule.trim() ? sayRepeat(spelledRule(rule)) : 'Empty: doesn’t repeat'}
            </span>
          </div>
        )}
        <div className="when-field wide">
          <label htmlFor={`${id}-labels`}>Labels</label>
          <input
            id={`${id}-labels`}
            type="text"
            value={labels}
            placeholder="home, errands"
            spellCheck={false}
            aria-describedby={`${id}-labels-hint`}
            onChange={(e) => setLabels(e.target.value)}
          />
          <span id={`${id}-labels-hint`} className="hint">
            Separate labels with commas or spaces
          </span>
        </div>
      </div>
      {conflict && (
        <div className="edit-conflict" role="alert">
          <p>This task was changed elsewhere while you were editing it:</p>
          <dl>
            {FIELDS.filter((k) => edit[k] !== undefined && !sameValue(conflict[k], start[k])).map(
              (k) => (
                <div key={k}>
                  <dt>{FIELD_NAMES[k]} now</dt>
                  <dd dir="auto">{say(k, conflict[k], today)}</dd>
                </div>
              ),
            )}
          </dl>
          <div className="editor-actions">
            <button type="button" onClick={() => void save(true)} disabled={saving}>
              Keep mine
            </button>
            <button type="button" onClick={onDone}>
              Use theirs
            </button>
          </div>
        </div>
      )}
      <div className="editor-actions">
        <button type="button" onClick={() => void save()} disabled={saving}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        {start.repeat && start.dueDate && (
          <button
            type="button"
            className="skip"
            onClick={() => void skip()}
            disabled={saving || changed}
            title={
              changed
                ? 'Save or cancel your changes first'
                : 'Move it to its next date without marking this one done'
            }
          >
            Skip this one
          </button>
        )}
      </div>
    </div>
  );
}
