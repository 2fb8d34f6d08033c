// "Show me this task", from wherever it is asked: a reminder's Open, a browser notification's
// click, or the desktop's own notification (the `tasks.reveal` event). The sidebar picks a list
// that holds the task, scrolls to it and highlights it; a narrow window switches to its tasks tab.
import { api } from './api.ts';

type Listener = (taskId: number) => void;
const listeners = new Set<Listener>();
/** Asked before anything listened (a notification clicked while the page was still starting). */
let waiting: number | null = null;

export function revealTask(taskId: number): void {
  if (listeners.size === 0) {
    waiting = taskId;
    return;
  }
  for (const listener of listeners) listener(taskId);
}

export function onReveal(listener: Listener): () => void {
  listeners.add(listener);
  if (waiting !== null) {
    const taskId = waiting;
    waiting = null;
    // After the other views mounting with this one have listened too.
    queueMicrotask(() => revealTask(taskId));
  }
  return () => {
    listeners.delete(listener);
  };
}

api.on('tasks.reveal', ({ id }) => revealTask(id));
