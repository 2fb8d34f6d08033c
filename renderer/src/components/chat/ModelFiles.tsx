// The built-in model's files in the settings: which one answers, the recommended ones to
// download, any other address, and each download's progress with Pause, Resume and Cancel.
import { useEffect, useId, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/ipc/contract.ts';
import type { DownloadProgressInfo } from '../../../../electron/shared/models.ts';
import { sizeText } from '../../../../electron/shared/text.ts';
import { api } from '../../lib/api.ts';
import './ModelFiles.css';

type ModelList = ChannelOutput<'models.list'>;

const timeText = (seconds: number) =>
  seconds < 60
    ? `${Math.max(1, Math.round(seconds))} s`
    : seconds < 3600
      ? `${Math.round(seconds / 60)} min`
      : `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;

function progressText(p: DownloadProgressInfo): string {
  const of = p.totalBytes ? ` of ${sizeText(p.totalBytes)}` : '';
  const done = `${sizeText(p.receivedBytes)}${of}`;
  switch (p.state) {
    case 'downloading':
      return [
        done,
        p.bytesPerSecond > 0 ? `${sizeText(p.bytesPerSecond)}/s` : null,
        p.secondsLeft !== null ? `${timeText(p.secondsLeft)} left` : null,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'verifying':
      return `${done} · checking the file…`;
    case 'paused':
      return `Paused at ${done}`;
    case 'failed':
      return `${p.message ?? 'Stopped.'} (${done} kept)`;
    case 'done':
      return 'Downloaded and checked.';
  }
}

export function ModelFiles(props: {
  /** The downloaded file chosen to answer (null: a file given by path; undefined: as saved). */
  chosen: string | null | undefined;
  onChoose: (fileName: string) => void;
  modelPath: string;
  onModelPath: (path: string) => void;
}) {
  const { onChoose, modelPath, onModelPath } = props;
  const [list, setList] = useState<ModelList | null>(null);
  const [live, setLive] = useState<Record<string, DownloadProgressInfo>>({});
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [sha256, setSha256] = useState('');
  const pathId = useId();

  // Loads the list; kept for the buttons that change it (set by the effect below).
  const reload = useRef<() => void>(() => {});
  useEffect(() => {
    let active = true;
    const load = () =>
      void api.invoke('models.list', {}).then((result) => {
        if (!active) return;
        if (result.ok) {
          setList(result.value);
          setLive({});
        } else setError(result.error.message);
      });
    reload.current = load;
    load();
    const off = api.on('models.progress', (p) => {
      setLive((all) => ({ ...all, [p.fileName]: p }));
      // A download that ended changes the list of files.
      if (p.state === 'done' || (p.state === 'failed' && p.message === 'Cancelled.')) load();
    });
    return () => {
      active = false;
      off();
    };
  }, []);

  const act = async (run: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    setError(null);
    const result = await run();
    if (!result.ok) setError(result.error?.message ?? 'That did not work.');
  };
  const download = (
    input: { id: string } | { url: string; sha256?: string } | { fileName: string },
  ) => act(() => api.invoke('models.download', input));

  const downloads = new Map<string, DownloadProgressInfo>();
  for (const d of list?.downloads ?? []) downloads.set(d.fileName, d);
  for (const [name, p] of Object.entries(live)) {
    if (p.state === 'done' || (p.state === 'failed' && p.message === 'Cancelled.'))
      downloads.delete(name);
    else downloads.set(name, p);
  }

  const downloadUrl = () =>
    void download({ url: url.trim(), ...(sha256.trim() ? { sha256: sha256.trim() } : {}) });

  if (!list) return error ? <p role="alert">{error}</p> : null;
  const chosen =
    props.chosen === undefined
      ? (list.installed.find((m) => m.inUse)?.fileName ?? null)
      : props.chosen;
  return (
    <div className="model-files">
      <fieldset>
        <legend>Model file</legend>
        {list.installed.length === 0 && (
          <p className="muted small-print">No model downloaded yet: pick one below.</p>
        )}
        {list.installed.map((m) => (
          <div key={m.fileName} className="model-row">
            <label className="option">
              <input
                type="radio"
                name="model-file"
                checked={chosen === m.fileName}
                onChange={() => onChoose(m.fileName)}
              />
              {m.fileName} <span className="muted">({sizeText(m.sizeBytes)})</span>
            </label>
            <button
              type="button"
              className="link"
              aria-label={`Delete ${m.fileName}`}
              onClick={() =>
                void act(async () => {
                  const r = await api.invoke('models.remove', { fileName: m.fileName });
                  reload.current();
                  return r;
                })
              }
            >
              Delete
            </button>
          </div>
        ))}
        <label className="field" htmlFor={pathId}>
          Or a .gguf file on this computer
        </label>
        <input
          id={pathId}
          type="text"
          value={chosen ? '' : modelPath}
          placeholder="/path/to/model.gguf"
          onChange={(e) => onModelPath(e.target.value)}
        />
      </fieldset>

      {[...downloads.values()].map((p) => (
        <div key={p.fileName} className="model-download" role="group" aria-label={p.fileName}>
          <div>{p.fileName}</div>
          <progress
            aria-label={`Downloading ${p.fileName}`}
            max={p.totalBytes ?? undefined}
            value={p.totalBytes ? p.receivedBytes : undefined}
          />
          <p className="small-print" aria-live="polite">
            {progressText(p)}
          </p>
          {p.state === 'downloading' ? (
            <button
              type="button"
              onClick={() => void act(() => api.invoke('models.pause', { fileName: p.fileName }))}
            >
              Pause
            </button>
          ) : p.state === 'paused' || (p.state === 'failed' && p.receivedBytes > 0) ? (
            <button type="button" onClick={() => void download({ fileName: p.fileName })}>
              Resume
            </button>
          ) : null}
          {p.state !== 'verifying' && (
            <button
              type="button"
              onClick={() => void act(() => api.invoke('models.cancel', { fileName: p.fileName }))}
            >
              Cancel
            </button>
          )}
        </div>
      ))}

      <fieldset>
        <legend>Download a model</legend>
        {list.recommended.map((r) => (
          <div key={r.id} className="model-row">
            <div>
              <strong>{r.label}</strong>
              {r.isDefault && ' (recommended)'}
              <div className="muted small-print">
                About {sizeText(r.sizeBytes)}. {r.note}
              </div>
            </div>
            <button
              type="button"
              disabled={r.installed || downloads.has(r.fileName)}
              onClick={() => void download({ id: r.id })}
            >
              {r.installed ? 'Downloaded' : 'Download'}
            </button>
          </div>
        ))}
        <div className="model-url" role="group" aria-label="Download from an address">
          <label className="field">
            Address of a .gguf file
            <input
              type="url"
              value={url}
              placeholder="https://huggingface.co/…/model.gguf"
              onChange={(e) => setUrl(e.target.value)}
            />
          </label>
          <label className="field">
            SHA-256 (optional where the server publishes it)
            <input type="text" value={sha256} onChange={(e) => setSha256(e.target.value)} />
          </label>
          <button type="button" disabled={!url.trim()} onClick={downloadUrl}>
            Download
          </button>
        </div>
      </fieldset>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
