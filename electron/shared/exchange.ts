// Export and import: what is asked and what comes back (the formats live in the core).
import { z } from 'zod';
import { conversationIdSchema } from './chat.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'todotxt', 'ics'] as const;
export const IMPORT_FORMATS = ['json', 'todoist', 'csv', 'todotxt', 'ics', 'markdown'] as const;
/** The largest file an import reads (the formats refuse more, with the same words). */
export const IMPORT_TEXT_MAX = 50 * 1024 * 1024;

export const exportRequestSchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS, {
      error: 'Format must be json, csv, markdown, todotxt or ics',
    }),
    /** Tasks (any format), conversations (JSON or Markdown) or everything (one JSON archive). */
    scope: z
      .enum(['tasks', 'conversations', 'all'], {
        error: 'Scope must be tasks, conversations or all',
      })
      .default('tasks'),
    /** One conversation only (scope conversations). */
    conversationId: conversationIdSchema.optional(),
  })
  .refine((r) => r.conversationId === undefined || r.scope === 'conversations', {
    message: 'A single conversation is exported with scope conversations',
  })
  .refine(
    (r) =>
      r.scope === 'tasks' ||
      r.format === 'json' ||
      (r.scope === 'conversations' && r.format === 'markdown'),
    {
      message: 'Conversations can be exported as JSON or Markdown, and everything together as JSON',
    },
  );
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** Where an export went: a file saved (desktop), a download to fetch (browser), or nothing. */
export const exportDeliverySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('saved'), fileName: z.string(), bytes: z.number().int() }),
  z.strictObject({ kind: z.literal('download'), url: z.string(), fileName: z.string() }),
  z.strictObject({ kind: z.literal('cancelled') }),
]);
export type ExportDelivery = z.infer<typeof exportDeliverySchema>;

export const importInputSchema = z.strictObject({
  text: z
    .string({ error: 'The file must be text' })
    .max(
      IMPORT_TEXT_MAX,
      'This file is bigger than 50 MB: split it into smaller files and import them one at a time.',
    ),
  /** Read from the content when not given. `csv` and `todoist` both read Todoist's columns. */
  format: z
    .enum(IMPORT_FORMATS, { error: 'Format must be json, todoist, csv, todotxt, ics or markdown' })
    .optional(),
  /** Likely duplicates (same title and due date as a task you have): left out, or added too. */
  duplicates: z.enum(['skip', 'add']).default('skip'),
  /** Import the good lines of a file that has bad ones (otherwise a bad line stops it all). */
  skipErrors: z.boolean().default(false),
});

const problemSchema = z.strictObject({ line: z.number().int(), message: z.string() });
export const importPreviewSchema = z.strictObject({
  format: z.enum(['json', 'todoist', 'todotxt', 'ics', 'markdown']),
  /** Tasks in the file, and how many of them would be added. */
  tasks: z.number().int(),
  adds: z.number().int(),
  conversations: z.number().int(),
  duplicates: z.array(
    z.strictObject({ line: z.number().int(), title: z.string(), dueDate: z.string().nullable() }),
  ),
  duplicateCount: z.number().int(),
  /** Bad lines (the first 200) and how many there are in all. */
  errors: z.array(problemSchema),
  errorCount: z.number().int(),
  /** The first tasks to be added, as they will be. */
  sample: z.array(
    z.strictObject({
      line: z.number().int(),
      title: z.string(),
      completed: z.boolean(),
      dueDate: z.string().nullable(),
      dueTime: z.string().nullable(),
      priority: z.number().int().nullable(),
      repeat: z.string().nullable(),
      labels: z.array(z.string()),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.strictObject({
  added: z.number().int(),
  duplicates: z.number().int(),
  conversations: z.number().int(),
  errors: z.array(problemSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const exchangeProgressSchema = z.strictObject({
  done: z.number().int(),
  total: z.number().int(),
});
