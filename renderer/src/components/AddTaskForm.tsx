import { type FormEvent, useState } from 'react';
import { TITLE_MAX } from '../../../electron/shared/limits.ts';
import { api } from '../lib/api.ts';

export function AddTaskForm(props: { onError: (message: string) => void; onAdded: () => void }) {
  const { onError, onAdded } = props;
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!title.trim()) {
      onError('Type a task first, then press Enter.');
      return;
    }
    setBusy(true);
    const result = await api.invoke('tasks.create', { title });
    setBusy(false);
    if (result.ok) {
      setTitle('');
      onAdded();
    } else onError(result.error.message);
  };

  return (
    <form className="add-task" onSubmit={submit}>
      <input
        type="text"
        aria-label="New task"
        placeholder="Add a task and press Enter"
        value={title}
        maxLength={TITLE_MAX * 2}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      <button type="submit" disabled={busy}>
        Add
      </button>
    </form>
  );
}
