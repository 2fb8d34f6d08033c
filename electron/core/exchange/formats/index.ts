// Export and import formats: pure functions over iterables. Exports are generators of text
// chunks (100,000 tasks are never one string); imports take the file's text and return what it
// holds and what is wrong with it, line by line, and never throw.
import { exportIcs } from './ics.ts';
import { exportJson } from './json.ts';
import { conversationsToMarkdown, exportMarkdown } from './markdown.ts';
import { exportTodoistCsv } from './todoist-csv.ts';
import { exportTodoTxt } from './todotxt.ts';
import type { ExportConversation, ExportFormat, ExportOptions, ExportTask } from './types.ts';

export {
  detectFormat,
  importFormatOf,
  IMPORT_BYTES_MAX,
  IMPORT_ROWS_MAX,
  parseFile,
} from './detect.ts';
export { conversationsToMarkdown } from './markdown.ts';
export { JSON_FORMAT, JSON_VERSION } from './json.ts';
export type * from './types.ts';

/** File name endings and media types, for the caller's save dialog and --out. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  json: { extension: 'json', mediaType: 'application/json' },
  csv: { extension: 'csv', mediaType: 'text/csv' },
  markdown: { extension: 'md', mediaType: 'text/markdown' },
  todotxt: { extension: 'txt', mediaType: 'text/plain' },
  ics: { extension: 'ics', mediaType: 'text/calendar' },
};

/** Tasks in one format, as chunks of text to write one after another. */
export function exportTasks(
  format: ExportFormat,
  tasks: Iterable<ExportTask>,
  options: ExportOptions = {},
): Iterable<string> {
  switch (format) {
    case 'json':
      return exportJson({ tasks }, options);
    case 'csv':
      return exportTodoistCsv(tasks, options);
    case 'markdown':
      return exportMarkdown(tasks, options);
    case 'todotxt':
      return exportTodoTxt(tasks, options);
    case 'ics':
      return exportIcs(tasks, options);
  }
}

/** Conversations as Markdown to read, or in the JSON format (without tasks). */
export function exportConversations(
  format: 'markdown' | 'json',
  conversations: Iterable<ExportConversation>,
  options: ExportOptions = {},
): Iterable<string> {
  return format === 'markdown'
    ? conversationsToMarkdown(conversations, options)
    : exportJson({ conversations }, options);
}

/** Everything as one JSON archive: tasks and conversations. */
export function exportAll(
  tasks: Iterable<ExportTask>,
  conversations: Iterable<ExportConversation>,
  options: ExportOptions = {},
): Iterable<string> {
  return exportJson({ tasks, conversations }, options);
}
