// Backups of the task database: make one now, or put one back (the current state is kept as a
// backup first, so a restore can be undone the same way).
import { useState } from 'react';
import { useQuery } from '../hooks/use-query.ts';
import { api } from '../lib/api.ts';
import { Dialog } from './Dialog.tsx';
import { DialogMessage } from './DialogMessage.tsx';
import './BackupsDialog.css';

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
  const backups = useQuery('backups.list', {});
  const items = backups.value?.items ?? null;
  const load = backups.reload;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const shown = message ?? (backups.error ? { text: backups.error, error: true } : null);

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
    <Dialog
      title="Backups"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void create()}>
            Back up now
          </button>
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
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
      <DialogMessage message={shown} />
    </Dialog>
  );
}
