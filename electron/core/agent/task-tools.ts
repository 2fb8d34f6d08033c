// The assistant's tools. Arguments are validated with zod like any other input (a model's
// arguments are untrusted); the owner comes from the core, never from an argument.
import { z } from 'zod';
import { searchScopeSchema } from '../../shared/search.ts';
import type { ToolName } from '../../shared/chat.ts';
import {
  dueViewSchema,
  taskDescriptionSchema,
  taskIdSchema,
  taskStatusSchema,
  taskTitleSchema,
} from '../../shared/task.ts';
import {
  dueDateSchema,
  dueTimeSchema,
  labelSchema,
  labelsSchema,
  prioritySchema,
  repeatSchema,
} from '../../shared/when.ts';

const taskRef = { task_id: taskIdSchema };

/** The time fields as tools take them (snake case, like the rest); null clears one. */
const timeArgs = {
  due_date: dueDateSchema.nullable().optional(),
  due_time: dueTimeSchema.nullable().optional(),
  priority: prioritySchema.nullable().optional(),
  repeat: repeatSchema.nullable().optional(),
  labels: labelsSchema.optional(),
};
export type TimeArgs = { [K in keyof typeof timeArgs]?: z.output<(typeof timeArgs)[K]> };

/** Tool arguments to the contract's camel-case fields. */
export const timeFieldsOf = (a: TimeArgs) => ({
  ...(a.due_date !== undefined ? { dueDate: a.due_date } : {}),
  ...(a.due_time !== undefined ? { dueTime: a.due_time } : {}),
  ...(a.priority !== undefined ? { priority: a.priority } : {}),
  ...(a.repeat !== undefined ? { repeat: a.repeat } : {}),
  ...(a.labels !== undefined ? { labels: a.labels } : {}),
});

export const toolArgSchemas = {
  add_task: z.strictObject({
    title: taskTitleSchema,
    description: taskDescriptionSchema.optional(),
    ...timeArgs,
  }),
  list_tasks: z.strictObject({
    status: taskStatusSchema.default('all'),
    due: dueViewSchema.optional(),
    label: labelSchema.optional(),
    priority: prioritySchema.optional(),
  }),
  complete_task: z.strictObject(taskRef),
  reopen_task: z.strictObject(taskRef),
  delete_task: z.strictObject(taskRef),
  update_task: z
    .strictObject({
      ...taskRef,
      title: taskTitleSchema.optional(),
      description: taskDescriptionSchema.optional(),
      ...timeArgs,
    })
    .refine(
      (a) =>
        (['title', 'description', ...Object.keys(timeArgs)] as const).some(
          (k) => a[k as keyof typeof a] !== undefined,
        ),
      {
        message:
          'Nothing to change: give a new title, description, date, priority, repeat or labels',
      },
    ),
  restore_task: z.strictObject(taskRef),
  skip_occurrence: z.strictObject(taskRef),
  search: z.strictObject({
    query: z
      .string({ error: 'The search must be text' })
      .trim()
      .min(1, 'Say what to search for')
      .max(200, 'Keep the search under 200 characters'),
    scope: searchScopeSchema.default('all'),
  }),
  undo_last_change: z.strictObject({
    /** Everywhere (the default) walks the shared history: the task list's changes too. */
    scope: z.enum(['everywhere', 'this_conversation']).default('everywhere'),
  }),
} as const satisfies Record<ToolName, z.ZodType>;

export type ToolArgs<T extends ToolName> = z.output<(typeof toolArgSchemas)[T]>;

export const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  add_task:
    'Add a task to the list, optionally with a due date (YYYY-MM-DD), time (HH:MM), priority (1 high, 2 medium, 3 low), repeat (RRULE such as FREQ=WEEKLY;BYDAY=MO) and labels.',
  list_tasks:
    "List tasks: all, pending or completed; due: today (today's and overdue), overdue, upcoming (the next 7 days) or none; or those with a label or priority.",
  complete_task:
    'Mark a task as completed. A repeating task completes this occurrence and moves to its next one.',
  reopen_task: 'Mark a completed task as not done.',
  delete_task: 'Delete a task (asks the user to confirm).',
  update_task:
    "Change a task's title, description, due date, time, priority, repeat or labels (null clears one; labels replaces the list).",
  restore_task: 'Bring a deleted task back from the Trash, in its old place.',
  skip_occurrence:
    'Skip this occurrence of a repeating task: it moves to its next date without being recorded as done.',
  search:
    'Find tasks (by words in the title, description or labels) and earlier chat messages (what the user or the assistant said), best match first; scope tasks, messages or all. "quoted phrase" keeps words together, -word leaves it out.',
  undo_last_change:
    'Undo the most recent change to the tasks, made here or in the task list (scope this_conversation: only changes made in this conversation).',
};

/** Tools that change tasks; more than one change at once needs the user's confirmation. */
export const MUTATING_TOOLS = new Set<ToolName>([
  'add_task',
  'complete_task',
  'reopen_task',
  'delete_task',
  'update_task',
  'restore_task',
  'skip_occurrence',
  'undo_last_change',
]);

/** Tools that always need the user's confirmation. */
export const DESTRUCTIVE_TOOLS = new Set<ToolName>(['delete_task']);

export const isToolName = (name: unknown): name is ToolName =>
  typeof name === 'string' && Object.hasOwn(toolArgSchemas, name);

export function needsConfirmation(calls: { tool: ToolName }[]): boolean {
  const mutating = calls.filter((c) => MUTATING_TOOLS.has(c.tool)).length;
  return mutating > 1 || calls.some((c) => DESTRUCTIVE_TOOLS.has(c.tool));
}
