// The Trash: deleted tasks wait here for 30 days. Restore puts one back in its place; only here
// can a task be deleted for good, and only after a second "yes".
import { useEffect, useState } from 'react';
import type { TrashedTask } from '../../../electron/shared/task.ts';
import { api } from '../lib/api.ts';
import { Dialog } from './Dialog.tsx';
import './TrashView.css';

const PAGE = 100;

const when = (iso: string) => {
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
};

type Confirm = { kind: 'one'; task: TrashedTask } | { kind: 'all'; count: number };

export function TrashView(props: {
  onError: (message: string) => void;
  onRestored: (task: { title: string }) => void;
}) {
  const { onError, onRestored } = props;
  const [items, setItems] = useState<TrashedTask[] | null>(null);
  const [total, setTotal] = useState(0);
  const [shown, setShown] = useState(PAGE);
  const [confirm, setConfirm] = useState<Confirm | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void api.invoke('trash.page', { offset: 0, limit: shown }).then((result) => {
        if (!live) return;
        if (!result.ok) return onError(result.error.message);
        setItems(result.value.items);
        setTotal(result.value.total);
      });
    load();
    const off = api.on('tasks.changed', load);
    return () => {
      live = false;
      off();
    };
  }, [shown, onError]);

  const restore = async (task: TrashedTask) => {
    const result = await api.invoke('tasks.restore', { id: task.id });
    if (!result.ok) return onError(result.error.message);
    onRestored(result.value);
  };

  const purge = async () => {
    if (!confirm) return;
    const result =
      confirm.kind === 'one'
        ? await api.invoke('trash.purge', { id: confirm.task.id })
        : await api.invoke('trash.empty', {});
    setConfirm(null);
    if (!result.ok) onError(result.error.message);
  };

  if (items === null) return null;
  return (
    <section className="trash" aria-label="Trash">
      <div className="trash-header">
        <p>Deleted tasks stay here for 30 days.</p>
        <button
          type="button"
          disabled={total === 0}
          onClick={() => setConfirm({ kind: 'all', count: total })}
        >
          Empty Trash
        </button>
      </div>
      {items.length === 0 ? (
        <p className="empty-state">The Trash is empty.</p>
      ) : (
        <ul className="trash-list">
          {items.map((task) => (
            <li key={task.id} className="trash-row">
              <div className="task-text">
                <span className="task-title" dir="auto" title={task.title}>
                  {task.title}
                </span>
                <span className="task-description">
                  #{task.id} · deleted {when(task.deletedAt)}
                  {task.completed ? ' · was done' : ''}
                </span>
              </div>
              <button
                type="button"
                aria-label={`Restore ${task.title}`}
                onClick={() => void restore(task)}
              >
                Restore
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`Delete for good: ${task.title}`}
                onClick={() => setConfirm({ kind: 'one', task })}
              >
                Delete for good
              </button>
            </li>
          ))}
        </ul>
      )}
      {items.length < total && (
        <button type="button" className="link more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, total - items.length)} more of {total}
        </button>
      )}
      {confirm && (
        <Dialog
          title={confirm.kind === 'one' ? 'Delete for good?' : 'Empty the Trash?'}
          onClose={() => setConfirm(null)}
          onSubmit={(e) => {
            e.preventDefault();
            void purge();
          }}
          actions={
            <>
              <button type="button" onClick={() => setConfirm(null)}>
                Cancel
              </button>
              <button type="submit" className="danger">
                {confirm.kind === 'one' ? 'Delete for good' : `Delete ${confirm.count} for good`}
              </button>
            </>
          }
        >
          <p dir="auto">
            {confirm.kind === 'one'
              ? `“${confirm.task.title}” will be deleted for good. This can't be undone.`
              : `${confirm.count === 1 ? 'The task' : `All ${confirm.count} tasks`} in the Trash will be deleted for good. This can't be undone.`}
          </p>
        </Dialog>
      )}
    </section>
  );
}
