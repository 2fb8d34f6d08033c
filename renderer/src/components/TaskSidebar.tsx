import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Task, TaskStatus } from '../../../electron/shared/task.ts';
import { api } from '../lib/api.ts';
import { isTyping } from '../lib/keys.ts';
import { useTaskPages } from '../hooks/use-task-pages.ts';
import { AddTaskForm } from './AddTaskForm.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';

// Loaded when first opened: they are not on the path to the list's first frame.
const TrashView = lazy(() => import('./TrashView.tsx').then((m) => ({ default: m.TrashView })));
const BackupsDialog = lazy(() =>
  import('./BackupsDialog.tsx').then((m) => ({ default: m.BackupsDialog })),
);
import { type SidebarView, StatusFilter } from './StatusFilter.tsx';
import { TaskList } from './TaskList.tsx';
import type { Edit, RowActions, SaveResult } from './TaskRow.tsx';
import { type Toast, UndoToast } from './UndoToast.tsx';
import './TaskSidebar.css';

const EMPTY: Record<TaskStatus, string> = {
  all: 'Nothing on your list yet. Add your first task above and take it from there.',
  pending: 'All caught up! Nothing is waiting on you.',
  completed: 'Nothing completed yet. Tick off a task and it will show up here.',
};

export function TaskSidebar(props: { onShowShortcuts: () => void }) {
  const [view, setView] = useState<SidebarView>('all');
  // The Trash keeps the last list's data loading, for the counts on every tab.
  const [status, setStatus] = useState<TaskStatus>('all');
  const data = useTaskPages(status);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [reveal, setReveal] = useState<number | null>(null);
  const { refresh, showLocally } = data;

  const showError = useCallback((message: string) => setError(message), []);
  const closeToast = useCallback(() => setToast(null), []);
  // The highlight of a task just added fades; the list stops following it.
  useEffect(() => {
    if (reveal === null) return;
    const timer = setTimeout(() => setReveal(null), 3000);
    return () => clearTimeout(timer);
  }, [reveal]);
  const choose = (next: SidebarView) => {
    setView(next);
    if (next !== 'trash') setStatus(next);
  };

  /** One step back in the history the chat shares (the toast, Ctrl+Z). */
  const undo = useCallback(async () => {
    const result = await api.invoke('history.undo', {});
    refresh();
    if (!result.ok) return setToast({ message: result.error.message });
    setToast({ message: result.value.summary });
  }, [refresh]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey)
        return;
      if (isTyping(document.activeElement) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const actions = useMemo<RowActions>(
    () => ({
      toggle: async (task: Task) => {
        showLocally({ ...task, completed: !task.completed });
        const result = await api.invoke('tasks.setCompleted', {
          id: task.id,
          completed: !task.completed,
        });
        if (!result.ok) showError(result.error.message);
        refresh();
      },
      remove: async (task: Task) => {
        const result = await api.invoke('tasks.delete', { id: task.id });
        refresh();
        if (!result.ok) return showError(result.error.message);
        setToast({ message: `Moved “${result.value.title}” to the Trash`, onUndo: undo });
      },
      save: async (task: Task, changes: Edit, expected?: Edit): Promise<SaveResult> => {
        const result = await api.invoke('tasks.update', {
          id: task.id,
          ...changes,
          ...(expected ? { expected } : {}),
        });
        if (!result.ok && result.error.code === 'CONFLICT') {
          const now = await api.invoke('tasks.get', { id: task.id });
          if (now.ok) return { kind: 'conflict', now: now.value };
        }
        if (!result.ok) {
          showError(result.error.message);
          return { kind: 'failed' };
        }
        setError(null);
        refresh();
        return { kind: 'saved' };
      },
    }),
    [refresh, showLocally, showError, undo],
  );

  const message = error ?? data.error;
  return (
    <aside className="sidebar" id="panel-tasks" aria-label="Task list">
      <header className="sidebar-header">
        <h1>Tasks</h1>
        <div className="header-links">
          <button type="button" className="link" onClick={() => setBackupsOpen(true)}>
            Backups
          </button>
          <button
            type="button"
            className="link"
            title="Keyboard shortcuts (?)"
            onClick={props.onShowShortcuts}
          >
            Shortcuts
          </button>
        </div>
      </header>
      {backupsOpen && (
        <Suspense fallback={null}>
          <BackupsDialog onClose={() => setBackupsOpen(false)} />
        </Suspense>
      )}
      <AddTaskForm
        onAdded={(task) => {
          setError(null);
          setReveal(task.id);
          refresh();
        }}
      />
      <ErrorBanner
        message={message}
        onDismiss={() => {
          setError(null);
          data.clearError();
        }}
      />
      <StatusFilter value={view} counts={data.counts} onChange={choose} />
      {view === 'trash' ? (
        <Suspense fallback={null}>
          <TrashView
            onError={showError}
            onRestored={(task) => setToast({ message: `Restored “${task.title}”`, onUndo: undo })}
          />
        </Suspense>
      ) : (
        <TaskList data={data} actions={actions} emptyMessage={EMPTY[status]} reveal={reveal} />
      )}
      <UndoToast toast={toast} onClose={closeToast} />
    </aside>
  );
}
