// Runs validated tool calls against the task service, journals each change for undo, and
// describes what happened in a receipt. Used by every engine, offline or model-backed.
import { AppError } from '../../shared/errors.ts';
import { clip } from '../../shared/text.ts';
import { type Receipt, type ToolName, UNKNOWN_TOOL } from '../../shared/chat.ts';
import type { Task } from '../../shared/task.ts';
import type { ActionJournal } from './action-journal.ts';
import { toErrorInfo, validationMessage } from '../errors-to-user.ts';
import type { Logger } from '../log.ts';
import type { TaskService } from '../tasks/task-service.ts';
import { isToolName, toolArgSchemas, type ToolArgs } from './task-tools.ts';

const q = (t: { title: string }) => `“${t.title}”`;

export class ToolRunner {
  readonly #tasks: TaskService;
  readonly #journal: ActionJournal;
  readonly #logger: Logger;

  constructor(tasks: TaskService, journal: ActionJournal, logger: Logger) {
    this.#tasks = tasks;
    this.#journal = journal;
    this.#logger = logger;
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
      const { summary, result } = this.#execute(conversationId, batchId, tool, parsed.data);
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

  #keep(
    conversationId: number,
    batchId: number,
    tool: ToolName,
    task: Task,
    before?: Task,
    after?: Task,
  ) {
    this.#journal.record(
      conversationId,
      batchId,
      tool,
      task.id,
      before,
      after,
      new Date().toISOString(),
    );
  }

  #execute(
    conversationId: number,
    batchId: number,
    tool: ToolName,
    args: unknown,
  ): { summary: string; result: unknown } {
    const tasks = this.#tasks;
    switch (tool) {
      case 'add_task': {
        const a = args as ToolArgs<'add_task'>;
        const task = tasks.create({
          title: a.title,
          ...(a.description ? { description: a.description } : {}),
        });
        this.#keep(conversationId, batchId, tool, task, undefined, task);
        return { summary: `Added ${q(task)} (#${task.id})`, result: task };
      }
      case 'list_tasks': {
        const { status } = args as ToolArgs<'list_tasks'>;
        const list = tasks.list(status);
        const label = status === 'all' ? '' : `${status} `;
        return {
          summary: `Listed ${list.length} ${label}task${list.length === 1 ? '' : 's'}`,
          result: list,
        };
      }
      case 'complete_task':
      case 'reopen_task': {
        const { task_id } = args as ToolArgs<'complete_task'>;
        const before = tasks.get(task_id);
        const after = tasks.setCompleted(task_id, tool === 'complete_task');
        if (before.completed !== after.completed)
          this.#keep(conversationId, batchId, tool, after, before, after);
        const state = tool === 'complete_task' ? 'done' : 'not done';
        const already = before.completed === after.completed ? ' (it already was)' : '';
        return { summary: `Marked ${q(after)} as ${state}${already}`, result: after };
      }
      case 'delete_task': {
        const { task_id } = args as ToolArgs<'delete_task'>;
        const deleted = tasks.delete(task_id);
        this.#keep(conversationId, batchId, tool, deleted, deleted, undefined);
        return {
          summary: `Deleted ${q(deleted)}`,
          result: { id: deleted.id, title: deleted.title },
        };
      }
      case 'update_task': {
        const a = args as ToolArgs<'update_task'>;
        const before = tasks.get(a.task_id);
        const after = tasks.update({ id: a.task_id, title: a.title, description: a.description });
        this.#keep(conversationId, batchId, tool, after, before, after);
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
        return { summary: parts.join('; ') || `${q(after)} is unchanged`, result: after };
      }
      case 'undo_last_change':
        return this.#undo(conversationId);
    }
  }

  /** Reverses the most recent batch of changes made in this conversation, newest first. */
  #undo(conversationId: number): { summary: string; result: unknown } {
    const batch = this.#journal.lastBatch(conversationId);
    if (batch.length === 0) {
      throw new AppError('NOT_FOUND', 'There is nothing to undo in this conversation.');
    }
    const done: string[] = [];
    for (const action of batch) {
      const before = action.before ? (JSON.parse(action.before) as Task) : undefined;
      const after = action.after ? (JSON.parse(action.after) as Task) : undefined;
      switch (action.tool) {
        case 'add_task':
          this.#tasks.delete(action.taskId);
          done.push(`removed ${q(after!)} again`);
          break;
        case 'delete_task':
          this.#tasks.restore(before!);
          done.push(`brought back ${q(before!)}`);
          break;
        default: {
          this.#tasks.update({
            id: action.taskId,
            title: before!.title,
            description: before!.description,
          });
          this.#tasks.setCompleted(action.taskId, before!.completed);
          done.push(`put ${q(before!)} back as it was`);
        }
      }
    }
    this.#journal.markUndone(conversationId, batch[0]!.batchId);
    const text = done.join(', ');
    return { summary: `Undone: ${text}`, result: { undone: batch.length } };
  }
}
