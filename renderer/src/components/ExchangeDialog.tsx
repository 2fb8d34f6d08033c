// Export and import. Export: what (tasks, conversations, everything) and in which format; the
// desktop asks where to save it, the browser downloads it; progress shows as it is written.
// Import: pick a file; a preview says what will be added, what looks like a task you already
// have, and which lines are bad and why; nothing changes until Import, and one undo takes it all
// back.
import { useEffect, useId, useState } from 'react';
import type { ExportRequest, ImportPreview } from '../../../electron/shared/exchange.ts';
import { IMPORT_TEXT_MAX } from '../../../electron/shared/exchange.ts';
import type { IMPORT_FORMATS } from '../../../electron/shared/exchange.ts';

type ImportFormat = (typeof IMPORT_FORMATS)[number];
import { sayDue, sayRepeat } from '../../../electron/shared/when-text.ts';
import { api } from '../lib/api.ts';
import { exportFile } from '../lib/export-file.ts';
import { localDate } from '../lib/local-dates.ts';
import { Dialog } from './Dialog.tsx';
import { DialogMessage } from './DialogMessage.tsx';
import './ExchangeDialog.css';

type Scope = ExportRequest['scope'];
type Format = ExportRequest['format'];

const FORMATS: Record<Scope, [Format, string][]> = {
  tasks: [
    ['json', 'JSON (everything, to import here again)'],
    ['csv', 'CSV (Todoist’s columns)'],
    ['markdown', 'Markdown checklist'],
    ['todotxt', 'todo.txt'],
    ['ics', 'iCalendar (calendar apps’ to-dos)'],
  ],
  conversations: [
    ['markdown', 'Markdown (to read)'],
    ['json', 'JSON'],
  ],
  all: [['json', 'JSON archive (tasks and conversations)']],
};

const IMPORT_CHOICES: [string, string][] = [
  ['', 'Read it from the file'],
  ['json', 'JSON (from this app)'],
  ['todoist', 'Todoist CSV'],
  ['todotxt', 'todo.txt'],
  ['ics', 'iCalendar'],
  ['markdown', 'Markdown checklist'],
];
const FORMAT_NAMES: Record<ImportPreview['format'], string> = {
  json: 'JSON from this app',
  todoist: 'Todoist CSV',
  todotxt: 'todo.txt',
  ics: 'iCalendar',
  markdown: 'Markdown checklist',
};

type Message = { text: string; error: boolean } | null;
const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

export function ExchangeDialog(props: { tab: 'export' | 'import'; onClose: () => void }) {
  const [tab, setTab] = useState(props.tab);
  const id = useId();
  return (
    <Dialog
      title="Export and import"
      className="exchange"
      onClose={props.onClose}
      actions={
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      }
    >
      <div role="tablist" aria-label="Export or import" className="exchange-tabs">
        {(['export', 'import'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`${id}-${t}`}
            aria-selected={tab === t}
            aria-controls={`${id}-panel`}
            onClick={() => setTab(t)}
          >
            {t === 'export' ? 'Export' : 'Import'}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'export' ? <ExportPanel /> : <ImportPanel />}
      </div>
    </Dialog>
  );
}

function ExportPanel() {
  const [scope, setScope] = useState<Scope>('tasks');
  const [format, setFormat] = useState<Format>('json');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => api.on('exchange.progress', (p) => setProgress(p)), []);
  const formats = FORMATS[scope];
  const chosen = formats.some(([f]) => f === format) ? format : formats[0]![0];

  const start = async () => {
    setBusy(true);
    setMessage(null);
    setProgress(null);
    // (the browser fetches it as a download, written as it is read)
    const said = await exportFile({ format: chosen, scope });
    setBusy(false);
    if (said) setMessage(said);
  };

  return (
    <div className="exchange-panel">
      <fieldset>
        <legend>What</legend>
        {(
          [
            ['tasks', 'Tasks'],
            ['conversations', 'Conversations'],
            ['all', 'Everything (tasks and conversations)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="option">
            <input
              type="radio"
              name="export-scope"
              checked={scope === value}
              onChange={() => setScope(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Format
        <select value={chosen} onChange={(e) => setFormat(e.target.value as Format)}>
          {formats.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
          Export
        </button>
      </div>
      {progress && progress.total > 0 && (
        <label className="field">
          {progress.done >= progress.total
            ? `Written: ${plural(progress.total, 'item')}`
            : `Writing… ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      <DialogMessage message={message} />
    </div>
  );
}

function ImportPanel() {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [format, setFormat] = useState('');
  const [addDuplicates, setAddDuplicates] = useState(false);
  const [skipErrors, setSkipErrors] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState(false);
  const today = localDate(new Date());

  const input = (text: string) => ({
    text,
    ...(format ? { format: format as ImportFormat } : {}),
    duplicates: addDuplicates ? ('add' as const) : ('skip' as const),
    skipErrors,
  });

  // A new file, format or choice about duplicates: preview again (it changes nothing).
  useEffect(() => {
    if (!file) return;
    let current = true;
    void api
      .invoke('exchange.preview', {
        text: file.text,
        ...(format ? { format: format as ImportFormat } : {}),
        duplicates: addDuplicates ? 'add' : 'skip',
      })
      .then((result) => {
        if (!current) return;
        setPreview(result.ok ? result.value : null);
        setMessage(result.ok ? null : { text: result.error.message, error: true });
      });
    return () => {
      current = false;
    };
  }, [file, format, addDuplicates]);

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setImported(false);
    setMessage(null);
    if (!chosen) return setFile(null);
    if (chosen.size > IMPORT_TEXT_MAX) {
      setFile(null);
      return setMessage({
        text: 'This file is bigger than 50 MB: split it into smaller files and import them one at a time.',
        error: true,
      });
    }
    setFile({ name: chosen.name, text: await chosen.text() });
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    const result = await api.invoke('exchange.import', input(file.text));
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    const r = result.value;
    setImported(true);
    setMessage({
      text: `Added ${plural(r.added, 'task')}${r.conversations ? ` and ${plural(r.conversations, 'conversation')}` : ''}${r.duplicates ? `; left out ${plural(r.duplicates, 'likely duplicate')}` : ''}. Undo takes the whole import back.`,
      error: false,
    });
  };

  const undo = async () => {
    const result = await api.invoke('history.undo', {});
    setImported(false);
    setMessage(
      result.ok
        ? { text: result.value.summary, error: false }
        : { text: result.error.message, error: true },
    );
  };

  const blocked = !!preview && preview.errorCount > 0 && !skipErrors;
  const nothing = !!preview && preview.adds === 0 && preview.conversations === 0;
  return (
    <div className="exchange-panel">
      <label className="field">
        File (JSON, Todoist CSV, todo.txt, iCalendar or a Markdown checklist)
        <input
          type="file"
          accept=".json,.csv,.txt,.md,.markdown,.ics,.ical,text/*,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      <label className="field">
        Format
        <select value={format} onChange={(e) => setFormat(e.target.value)}>
          {IMPORT_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {preview && file && !imported && (
        <section className="import-preview" aria-label="Preview">
          <p>
            <strong>{file.name}</strong> ({FORMAT_NAMES[preview.format]}): adds{' '}
            {plural(preview.adds, 'task')}
            {preview.conversations ? ` and ${plural(preview.conversations, 'conversation')}` : ''}.
          </p>
          {preview.sample.length > 0 && (
            <ul className="import-sample" aria-label="Tasks to add">
              {preview.sample.map((t) => (
                <li key={t.line}>
                  <span dir="auto" className={t.completed ? 'done' : undefined}>
                    {t.title}
                  </span>
                  <span className="muted small">
                    {[
                      t.dueDate && sayDue(t.dueDate, t.dueTime, today, 'short'),
                      t.repeat && sayRepeat(t.repeat),
                      t.priority && `P${t.priority}`,
                      ...t.labels.map((l) => `#${l}`),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
              {preview.adds > preview.sample.length && (
                <li className="muted">
                  …and {plural(preview.adds - preview.sample.length, 'more')}
                </li>
              )}
            </ul>
          )}
          {preview.duplicateCount > 0 && (
            <div className="import-duplicates">
              <p>
                {plural(preview.duplicateCount, 'task')} look like tasks you have (same title and
                due date){addDuplicates ? ' and will be added again' : ' and will be left out'}:
              </p>
              <ul aria-label="Likely duplicates">
                {preview.duplicates.map((d) => (
                  <li key={d.line}>
                    Line {d.line}: “{d.title}”
                    {d.dueDate ? `, ${sayDue(d.dueDate, null, today, 'short')}` : ''}
                  </li>
                ))}
              </ul>
              <label className="option">
                <input
                  type="checkbox"
                  checked={addDuplicates}
                  onChange={(e) => setAddDuplicates(e.target.checked)}
                />
                Add them anyway
              </label>
            </div>
          )}
          {preview.errorCount > 0 && (
            <div className="import-errors">
              <p>
                {plural(preview.errorCount, 'line')} can’t be read
                {skipErrors ? ' and will be left out' : ', so nothing will be imported as it is'}:
              </p>
              <ul aria-label="Bad lines">
                {preview.errors.map((e) => (
                  <li key={`${e.line}-${e.message}`}>{e.message}</li>
                ))}
              </ul>
              <label className="option">
                <input
                  type="checkbox"
                  checked={skipErrors}
                  onChange={(e) => setSkipErrors(e.target.checked)}
                />
                Leave the bad lines out and import the rest
              </label>
            </div>
          )}
          <div>
            <button
              type="button"
              className="primary"
              disabled={busy || blocked || nothing}
              onClick={() => void run()}
            >
              {nothing ? 'Nothing to import' : `Import ${plural(preview.adds, 'task')}`}
            </button>
          </div>
        </section>
      )}
      <DialogMessage message={message} />
      {imported && (
        <div>
          <button type="button" onClick={() => void undo()}>
            Undo the import
          </button>
        </div>
      )}
    </div>
  );
}
