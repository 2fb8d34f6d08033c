import { type FormEvent, useState } from 'react';
import { TITLE_MAX } from '../../../electron/shared/limits.ts';
import { api } from '../lib/api.ts';

export function AddTaskForm(props: { onError: (message: string) => void; onAdded: () => void }) {
  const { onError, onAdded } = props;
  const [title, setTitle] = useState('');

  // The box clears at once so several tasks can be typed in a row; a title that is refused comes
  // back into the box (unless something new was typed) so nothing typed is lost.
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = title;
    if (!text.trim()) {
      onError('Type a task first, then press Enter.');
      return;
    }
    setTitle('');
    const result = await api.invoke('tasks.create', { title: text });
    if (result.ok) return onAdded();
    setTitle((current) => current || text);
    onError(result.error.message);
  };

  return (
    <form className="add-task" onSubmit={submit}>
      <input
        type="text"
        aria-label="New task"
        title="New task (N)"
        placeholder="Add a task and press Enter"
        value={title}
        maxLength={TITLE_MAX * 2}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
      />
      <button type="submit">Add</button>
    </form>
  );
}
