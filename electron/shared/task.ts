import { z } from 'zod';
import { DESCRIPTION_MAX, TITLE_MAX } from './limits.ts';
import { codePointLength } from './text.ts';

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

/** A task as it leaves the core. */
export const taskSchema = z.strictObject({
  id: taskIdSchema,
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskCountsSchema = z.strictObject({
  all: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  /** Deleted tasks waiting in the Trash. */
  trash: z.number().int().nonnegative(),
});
export type TaskCounts = z.infer<typeof taskCountsSchema>;

export const newTaskSchema = z.strictObject({
  title: taskTitleSchema,
  description: taskDescriptionSchema.optional(),
});
export type NewTask = z.infer<typeof newTaskSchema>;

export const taskPatchSchema = z
  .strictObject({
    id: taskIdSchema,
    title: taskTitleSchema.optional(),
    description: taskDescriptionSchema.optional(),
    /**
     * What the fields being changed said when editing began. If one of them has been changed
     * elsewhere since (the chat, another window), nothing is saved and the answer is CONFLICT.
     */
    expected: z
      .strictObject({ title: z.string().optional(), description: z.string().optional() })
      .optional(),
  })
  .refine((p) => p.title !== undefined || p.description !== undefined, {
    message: 'Nothing to change: give a new title or description',
  });
export type TaskPatch = z.infer<typeof taskPatchSchema>;

/** A task in the Trash: as it was when deleted, and when that was. */
export const trashedTaskSchema = taskSchema.extend({ deletedAt: z.iso.datetime() });
export type TrashedTask = z.infer<typeof trashedTaskSchema>;
