import { z } from 'zod';
import { DESCRIPTION_MAX, TITLE_MAX } from './limits.ts';
import { codePointLength } from './text.ts';
import {
  dueDateSchema,
  dueTimeSchema,
  labelSchema,
  labelsSchema,
  prioritySchema,
  repeatSchema,
} from './when.ts';

// Lengths count code points, as a person counts characters ("☕" is one), and match SQLite's length().
const codePoints = codePointLength;

// Lone surrogates cannot be stored faithfully as UTF-8; control characters other than line breaks
// and tabs have no business in a task.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .refine((s) => s.isWellFormed(), `${what} contains characters that can't be stored`)
    .refine((s) => !CONTROL.test(s), `${what} can't contain control characters`);

export const taskIdSchema = z
  .number({ error: 'Task id must be a number' })
  .int('Task id must be a whole number')
  .positive('Task id must be positive')
  .max(Number.MAX_SAFE_INTEGER, 'Task id is too large');

export const taskTitleSchema = text('Title')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'Title is empty: give the task a name')
  .refine((s) => !LINE_BREAK.test(s), "Title can't contain line breaks")
  .refine(
    (s) => codePoints(s) <= TITLE_MAX,
    `Title is too long: keep it to ${TITLE_MAX} characters`,
  );

export const taskDescriptionSchema = text('Description')
  .transform((s) => s.trim())
  .refine(
    (s) => codePoints(s) <= DESCRIPTION_MAX,
    `Description is too long: keep it to ${DESCRIPTION_MAX} characters`,
  );

export const taskStatusSchema = z.enum(['all', 'pending', 'completed'], {
  error: 'Status must be all, pending or completed',
});
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/**
 * Today (today's and overdue), overdue, upcoming (today and the next 6 days), scheduled (today
 * and every day after: the Upcoming view), none (no date).
 */
export const dueViewSchema = z.enum(['today', 'overdue', 'upcoming', 'scheduled', 'none'], {
  error: 'Due must be today, overdue, upcoming, scheduled or none',
});

/** A label in use, with how many tasks (done or not) carry it. */
export const labelUseSchema = z.strictObject({
  name: z.string(),
  tasks: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
});

/** What narrows a list beyond its status. */
export const taskFilterFields = {
  due: dueViewSchema.optional(),
  label: labelSchema.optional(),
  priority: prioritySchema.optional(),
  /** Words in the title, description or labels (the sidebar's filter box). */
  words: z
    .string({ error: 'The filter must be text' })
    .max(500, 'Keep the filter under 500 characters')
    .optional(),
};

/** A task as it leaves the core. */
export const taskSchema = z.strictObject({
  id: taskIdSchema,
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When it was last completed (this occurrence, for a repeating task), or null. */
  completedAt: z.iso.datetime().nullable(),
  /** Local calendar date YYYY-MM-DD, or null. */
  dueDate: z.string().nullable(),
  /** Local HH:MM, only with a due date. */
  dueTime: z.string().nullable(),
  /** 1 high, 2 medium, 3 low, null none. */
  priority: prioritySchema.nullable(),
  /** RFC 5545 RRULE without DTSTART, or null. */
  repeat: z.string().nullable(),
  labels: z.array(z.string()),
});
export type Task = z.infer<typeof taskSchema>;

/** The fields about time and order, as a task is created or changed (null clears one). */
const timeFields = {
  dueDate: dueDateSchema.nullable().optional(),
  dueTime: dueTimeSchema.nullable().optional(),
  priority: prioritySchema.nullable().optional(),
  repeat: repeatSchema.nullable().optional(),
  labels: labelsSchema.optional(),
};
export const TIME_FIELDS = ['dueDate', 'dueTime', 'priority', 'repeat', 'labels'] as const;
export type TimeFields = Pick<Task, (typeof TIME_FIELDS)[number]>;

export const taskCountsSchema = z.strictObject({
  all: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  /** Deleted tasks waiting in the Trash. */
  trash: z.number().int().nonnegative(),
  /** Pending tasks due today or earlier (the Today view). */
  today: z.number().int().nonnegative(),
  /** Of those, the ones due before today. */
  overdue: z.number().int().nonnegative(),
  /** Pending tasks due today or later (the Upcoming view). */
  upcoming: z.number().int().nonnegative(),
});
export type TaskCounts = z.infer<typeof taskCountsSchema>;

export const newTaskSchema = z
  .strictObject({
    title: taskTitleSchema,
    description: taskDescriptionSchema.optional(),
    ...timeFields,
  })
  .refine((t) => !t.dueTime || t.dueDate, {
    message: 'A time needs a due date: give the day too',
    path: ['dueTime'],
  });
export type NewTask = z.infer<typeof newTaskSchema>;

/** The fields a patch can change. */
export const PATCHABLE = ['title', 'description', ...TIME_FIELDS] as const;

export const taskPatchSchema = z
  .strictObject({
    id: taskIdSchema,
    title: taskTitleSchema.optional(),
    description: taskDescriptionSchema.optional(),
    ...timeFields,
    /**
     * What the fields being changed said when editing began. If one of them has been changed
     * elsewhere since (the chat, another window), nothing is saved and the answer is CONFLICT.
     */
    expected: z
      .strictObject({
        title: z.string().optional(),
        description: z.string().optional(),
        dueDate: z.string().nullable().optional(),
        dueTime: z.string().nullable().optional(),
        priority: z.number().nullable().optional(),
        repeat: z.string().nullable().optional(),
        labels: z.array(z.string()).optional(),
      })
      .optional(),
  })
  .refine((p) => PATCHABLE.some((k) => p[k] !== undefined), {
    message: 'Nothing to change: give a new title, description, date, priority, repeat or labels',
  });

export type TaskPatch = z.infer<typeof taskPatchSchema>;

/** A task in the Trash: as it was when deleted, and when that was. */
export const trashedTaskSchema = taskSchema.extend({ deletedAt: z.iso.datetime() });
export type TrashedTask = z.infer<typeof trashedTaskSchema>;

/** What quick add read in a text (see the core's quick-add parser). */
export const quickAddSchema = z.strictObject({
  title: z.string(),
  dueDate: z.string().nullable(),
  dueTime: z.string().nullable(),
  priority: prioritySchema.nullable(),
  repeat: z.string().nullable(),
  labels: z.array(z.string()),
  /** The recognised words, where they are in the text: shown as chips. */
  parts: z.array(
    z.strictObject({
      kind: z.enum(['date', 'repeat', 'priority', 'label']),
      text: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  ),
});
export type QuickAddResult = z.infer<typeof quickAddSchema>;

const span = z.strictObject({
  start: z.number().int().nonnegative().max(10_000),
  end: z.number().int().nonnegative().max(10_000),
});
export const quickAddInputSchema = z.strictObject({
  text: z
    .string({ error: 'Text must be text' })
    .max(2000, 'That is too long for one task: keep it under 2,000 characters'),
  /** Parts turned back into plain title text. */
  keep: z.array(span).max(50).optional(),
});

/** A reminder announced now: the task, the occurrence, and whether its time passed unseen. */
export const reminderSchema = z.strictObject({
  taskId: taskIdSchema,
  title: z.string(),
  dueDate: z.string(),
  dueTime: z.string().nullable(),
  at: z.iso.datetime(),
  missed: z.boolean(),
});
export type ReminderInfo = z.infer<typeof reminderSchema>;
