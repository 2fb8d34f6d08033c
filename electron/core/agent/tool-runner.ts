// Runs validated tool calls against the task service (which keeps each change in the shared undo
// history, one step per chat request) and describes what happened in a receipt. Used by every
// engine, offline or model-backed.
import { clip } from '../../shared/text.ts';
import { type Receipt, type ToolName, UNKNOWN_TOOL } from '../../shared/chat.ts';
import { toErrorInfo, validationMessage } from '../errors-to-user.ts';
import type { Logger } from '../log.ts';
import type { SearchService } from '../search/search-service.ts';
import type { TaskService } from '../tasks/task-service.ts';
import { chatStep, type Origin } from '../tasks/undo-history.ts';
import { isToolName, timeFieldsOf, toolArgSchemas, type ToolArgs } from './task-tools.ts';
import { aboutTask, describeChanges, describeFields } from './when-words.ts';
import type { Task } from '../../shared/task.ts';
import { sayDue } from '../../shared/when-text.ts';

const q = (t: { title: string }) => `“${t.title}”`;

export class ToolRunner {
  readonly #tasks: TaskService;
  readonly #logger: Logger;

  readonly #search: SearchService;

  constructor(tasks: TaskService, logger: Logger, search: SearchService) {
    this.#tasks = tasks;
    this.#logger = logger;
    this.#search = search;
  }

  run(conversationId: number, batchId: number, tool: string, rawArgs: unknown): Receipt {
    const args = (typeof rawArgs === 'object' && rawArgs !== null ? rawArgs : {}) as Record<
      string,
      unknown
    >;
    if (!isToolName(tool)) {
      return this.#failed(
        UNKNOWN_TOOL,
        args,
        'VALIDATION',
        `There is no tool called ${clip(String(tool), 40)}.`,
        tool,
      );
    }
    const parsed = toolArgSchemas[tool].safeParse(rawArgs);
    if (!parsed.success)
      return this.#failed(tool, args, 'VALIDATION', validationMessage(parsed.error));
    try {
      const origin = chatStep(conversationId, batchId);
      const { summary, result } = this.#execute(origin, tool, parsed.data);
      return { tool, args, ok: true, summary, result };
    } catch (err) {
      const info = toErrorInfo(err, this.#logger, `tool ${tool}`);
      return { tool, args, ok: false, summary: info.message, error: info };
    }
  }

  #failed(
    tool: ToolName | typeof UNKNOWN_TOOL,
    args: Record<string, unknown>,
    code: string,
    message: string,
    asked?: string,
  ): Receipt {
    return {
      tool,
      args: asked ? { ...args, requested_tool: clip(asked, 40) } : args,
      ok: false,
      summary: message,
      error: { code, message },
    };
  }

  #today(): string {
    return this.#tasks.today();
  }

  #about(task: Task): string {
    const about = aboutTask(task, this.#today());
    return about ? `, ${about}` : '';
  }

  #execute(origin: Origin, tool: ToolName, args: unknown): { summary: string; result: unknown } {
    const tasks = this.#tasks;
    switch (tool) {
      case 'add_task': {
        const a = args as ToolArgs<'add_task'>;
        const task = tasks.create(
          {
            title: a.title,
            ...(a.description ? { description: a.description } : {}),
            ...timeFieldsOf(a),
          },
          origin,
        );
        return { summary: `Added ${q(task)} (#${task.id})${this.#about(task)}`, result: task };
      }
      case 'list_tasks': {
        const { status, due, label: tag, priority } = args as ToolArgs<'list_tasks'>;
        const list = tasks.list(status, { due, label: tag, priority });
        const label = [
          status === 'all' ? '' : `${status} `,
          due ? `${due === 'none' ? 'undated' : due} ` : '',
          priority ? `P${priority} ` : '',
        ].join('');
        return {
          summary: `Listed ${list.length} ${label}task${list.length === 1 ? '' : 's'}`,
          result: list,
        };
      }
      case 'complete_task':
      case 'reopen_task': {
        const { task_id } = args as ToolArgs<'complete_task'>;
        const before = tasks.get(task_id);
        const after = tasks.setCompleted(task_id, tool === 'complete_task', origin);
        if (tool === 'complete_task' && !after.completed && after.dueDate !== before.dueDate) {
          const next = sayDue(after.dueDate!, after.dueTime, this.#today());
          return {
            summary: `Marked this time of ${q(after)} as done; it comes back ${next}`,
            result: after,
          };
        }
        const state = tool === 'complete_task' ? 'done' : 'not done';
        const already = before.completed === after.completed ? ' (it already was)' : '';
        return { summary: `Marked ${q(after)} as ${state}${already}`, result: after };
      }
      case 'delete_task': {
        const { task_id } = args as ToolArgs<'delete_task'>;
        const deleted = tasks.delete(task_id, origin);
        return {
          summary: `Deleted ${q(deleted)}`,
          result: { id: deleted.id, title: deleted.title },
        };
      }
      case 'update_task': {
        const a = args as ToolArgs<'update_task'>;
        const before = tasks.get(a.task_id);
        const after = tasks.update(
          { id: a.task_id, title: a.title, description: a.description, ...timeFieldsOf(a) },
          origin,
        );
        const parts: string[] = [];
        if (a.title !== undefined && a.title !== before.title)
          parts.push(`Renamed ${q(before)} to ${q(after)}`);
        if (a.description !== undefined) {
          parts.push(
            a.description === ''
              ? `Cleared the description of ${q(after)}`
              : `Set the description of ${q(after)} to “${after.description}”`,
          );
        }
        const timing = describeChanges(before, after, this.#today());
        if (timing) parts.push(`${parts.length ? 'and' : 'Set'} ${q(after)}: ${timing}`);
        // ("move it to Thursday" for one due Thursday already: say so, and when)
        const already = describeFields(after, this.#today(), {
          due: a.due_date !== undefined || a.due_time !== undefined,
          priority: a.priority !== undefined,
          repeat: a.repeat !== undefined,
          labels: a.labels !== undefined,
        });
        return {
          summary:
            parts.join('; ') ||
            (already ? `${q(after)} is already ${already}` : `${q(after)} is unchanged`),
          result: after,
        };
      }
      case 'restore_task': {
        const { task_id } = args as ToolArgs<'restore_task'>;
        const task = tasks.restore(task_id, origin);
        return { summary: `Brought back ${q(task)} from the Trash`, result: task };
      }
      case 'skip_occurrence': {
        const { task_id } = args as ToolArgs<'skip_occurrence'>;
        const task = tasks.skip(task_id, origin);
        const next = sayDue(task.dueDate!, task.dueTime, this.#today());
        return { summary: `Skipped this time of ${q(task)}; it comes back ${next}`, result: task };
      }
      case 'search': {
        const { query, scope } = args as ToolArgs<'search'>;
        const { items } = this.#search.search(query, scope, 10);
        const found = `${items.length} match${items.length === 1 ? '' : 'es'}`;
        return { summary: `Searched for “${clip(query, 60)}”: ${found}`, result: items };
      }
      case 'undo_last_change': {
        const { scope } = args as ToolArgs<'undo_last_change'>;
        const undone = tasks.undo(
          scope === 'this_conversation' ? { conversationId: origin.conversationId! } : {},
        );
        return {
          summary: undone.summary,
          result: { undone: undone.changed.length, ids: undone.changed },
        };
      }
    }
  }
}
