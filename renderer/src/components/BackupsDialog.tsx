// Backups of the task database: make one now, or put one back (the current state is kept as a
// backup first, so a restore can be undone the same way).
import { useCallback, useEffect, useState } from 'react';
import { DialogMessage } from './DialogMessage.tsx';
import { api } from '../lib/api.ts';

interface Backup {
  id: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

const REASONS: Record<string, string> = {
  manual: 'Made by you',
  scheduled: 'Automatic',
  'before-restore': 'Before a restore',
  damaged: 'Damaged copy, set aside at start',
  recovered: 'Recovered from a damaged copy',
};
const describe = (reason: string) =>
  REASONS[reason] ?? (reason.startsWith('before-v') ? 'Before an app update' : reason);

export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const [items, setItems] = useState<Backup[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const load = useCallback(async () => {
    const r = await api.invoke('backups.list', {});
    if (r.ok) setItems(r.value.items);
    else setMessage({ text: r.error.message, error: true });
  }, []);
  useEffect(() => {
    void api.invoke('backups.list', {}).then((r) => r.ok && setItems(r.value.items));
  }, []);

  const create = async () => {
    const r = await api.invoke('backups.create', {});
    setMessage(
      r.ok ? { text: 'Backup made.', error: false } : { text: r.error.message, error: true },
    );
    void load();
  };
  const restore = async (id: string) => {
    setConfirming(null);
    const r = await api.invoke('backups.restore', { id });
    setMessage(
      r.ok
        ? {
            text: `Restored ${r.value.tasks} tasks and ${r.value.conversations} conversations. What you had before is kept as a backup.`,
            error: false,
          }
        : { text: r.error.message, error: true },
    );
    void load();
  };

  const recover = async (id: string) => {
    const r = await api.invoke('backups.salvage', { id });
    setMessage(
      r.ok
        ? {
            text: `Recovered ${r.value.tasks} tasks and ${r.value.conversations} conversations into a new backup (“Recovered from a damaged copy”). Restore it to use them.`,
            error: false,
          }
        : { text: r.error.message, error: true },
    );
    void load();
  };

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Backups"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2>Backups</h2>
        {items?.length === 0 && (
          <p className="muted">
            No backups yet. They are made before updates, every few hours while the app runs, and
            whenever you ask.
          </p>
        )}
        <ul className="backup-list">
          {items?.map((b) => (
            <li key={b.id}>
              <span>
                {new Date(b.createdAt).toLocaleString()} · {describe(b.reason)}
              </span>
              {b.reason === 'damaged' ? (
                <button
                  type="button"
                  aria-label={`Try to recover the damaged copy from ${new Date(b.createdAt).toLocaleString()}`}
                  onClick={() => void recover(b.id)}
                >
                  Try to recover
                </button>
              ) : confirming === b.id ? (
                <span className="confirm-actions">
                  <button type="button" className="primary" onClick={() => void restore(b.id)}>
                    Replace my tasks
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  aria-label={`Restore backup from ${new Date(b.createdAt).toLocaleString()}`}
                  onClick={() => setConfirming(b.id)}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
        <DialogMessage message={message} />
        <div className="dialog-actions">
          <button type="button" onClick={() => void create()}>
            Back up now
          </button>
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
