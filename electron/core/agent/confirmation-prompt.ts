// The question shown before calls that need a yes, built from the calls themselves.
import type { PlannedCall } from '../../shared/chat.ts';
import type { Task } from '../../shared/task.ts';

function describeCall(call: PlannedCall, tasks: Task[]): string {
  const id = Number(call.args.task_id);
  const task = tasks.find((t) => t.id === id);
  const name = task ? `“${task.title}” (#${task.id})` : `task ${Number.isFinite(id) ? id : '?'}`;
  switch (call.tool) {
    case 'delete_task':
      return `Delete ${name}`;
    case 'complete_task':
      return `Mark ${name} as done`;
    case 'reopen_task':
      return `Mark ${name} as not done`;
    case 'update_task':
      return `Change ${name}`;
    case 'add_task':
      return `Add “${String(call.args.title ?? '')}”`;
    case 'restore_task':
      return `Bring back task ${Number.isFinite(id) ? id : '?'} from the Trash`;
    case 'undo_last_change':
      return 'Undo the last change';
    case 'skip_occurrence':
      return `Skip this time of ${name}`;
    case 'list_tasks':
      return 'List tasks';
    case 'search':
      return `Search for “${String(call.args.query ?? '')}”`;
  }
}

export function confirmationPrompt(calls: PlannedCall[], tasks: Task[]): string {
  if (calls.length === 1)
    return `${describeCall(calls[0]!, tasks)}? Say yes to go ahead or no to leave it.`;
  return `Make these ${calls.length} changes?\n${calls.map((c) => `- ${describeCall(c, tasks)}`).join('\n')}\nSay yes to go ahead or no to leave them.`;
}
