// Turns anything thrown inside the core into an ErrorInfo a person can read. Details are logged.
import type { z } from 'zod';
import { AppError, type ErrorInfo } from '../shared/errors.ts';
import { APP_NAME } from '../shared/limits.ts';
import { truncate } from '../shared/text.ts';
import type { Logger } from './log.ts';

const STORAGE_MESSAGES: [RegExp, ErrorInfo][] = [
  [
    /^SQLITE_FULL/,
    {
      code: 'STORAGE',
      message: "Your disk is full, so the change wasn't saved. Free some space and try again.",
    },
  ],
  [
    /^SQLITE_(READONLY|PERM|CANTOPEN|IOERR|AUTH)/,
    {
      code: 'STORAGE',
      message: `${APP_NAME} can't write to its data folder right now, so the change wasn't saved.`,
    },
  ],
  [
    /^SQLITE_(BUSY|LOCKED)/,
    {
      code: 'UNAVAILABLE',
      message: 'Your tasks are busy in another window. Try again in a moment.',
    },
  ],
  [
    /^SQLITE_(CORRUPT|NOTADB)/,
    {
      code: 'STORAGE',
      message: `The ${APP_NAME} database is damaged. Your last backup can be restored.`,
    },
  ],
  [
    /^SQLITE_CONSTRAINT/,
    { code: 'CONFLICT', message: 'That change conflicts with what is already saved.' },
  ],
];

export function toErrorInfo(err: unknown, logger: Logger, context: string): ErrorInfo {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  const sqliteCode = (err as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string') {
    for (const [pattern, info] of STORAGE_MESSAGES) {
      if (pattern.test(sqliteCode)) {
        logger.error(`${context}: ${sqliteCode}`, err);
        return info;
      }
    }
  }
  logger.error(`${context}: unexpected error`, err);
  return {
    code: 'INTERNAL',
    message: 'Something went wrong and nothing was changed. Please try again.',
  };
}

/** The first problem in plain words, naming the field when the message doesn't already. */
export function validationMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That request is not valid.';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 3).map((k) => truncate(k, 41));
    return `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`;
  }
  const where = issue.path.map(String).join('.');
  const message = issue.message;
  return where && !message.toLowerCase().startsWith(where.toLowerCase())
    ? `${where}: ${message}`
    : message;
}
