// The built-in model's files as windows see them: names and sizes, never paths.
import { z } from 'zod';
import { httpUrlSchema } from './settings.ts';

export const modelFileNameSchema = z
  .string({ error: 'Give a model file name' })
  .trim()
  .regex(/^[\w.-]{1,200}\.gguf$/i, 'A model file name ends in .gguf');

export const downloadProgressSchema = z.strictObject({
  fileName: z.string(),
  state: z.enum(['downloading', 'verifying', 'paused', 'done', 'failed']),
  receivedBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative().nullable(),
  bytesPerSecond: z.number().nonnegative(),
  secondsLeft: z.number().nonnegative().nullable(),
  message: z.string().optional(),
});
export type DownloadProgressInfo = z.infer<typeof downloadProgressSchema>;

export const modelListSchema = z.strictObject({
  installed: z.array(
    z.strictObject({
      fileName: z.string(),
      sizeBytes: z.number(),
      /** The file the built-in model provider is set to. */
      inUse: z.boolean(),
    }),
  ),
  downloads: z.array(downloadProgressSchema),
  recommended: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      fileName: z.string(),
      sizeBytes: z.number(),
      note: z.string(),
      isDefault: z.boolean(),
      installed: z.boolean(),
    }),
  ),
});

export const modelDownloadInputSchema = z.union([
  z.strictObject({ id: z.string().trim().min(1).max(100) }),
  /** Resumes an unfinished download from where it stopped (its address was kept with it). */
  z.strictObject({ fileName: modelFileNameSchema }),
  z.strictObject({
    url: httpUrlSchema(2000, 'The address must be an http:// or https:// address'),
    sha256: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, 'A SHA-256 checksum is 64 hexadecimal characters')
      .optional(),
    fileName: modelFileNameSchema.optional(),
  }),
]);
