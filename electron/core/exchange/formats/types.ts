// The shapes that go into an export and come out of an import. Everything here is plain data:
// the format modules are pure functions (no database, no files); the export/import service reads
// the database and the files and hands these over.
import type { MessageRole, MessageStatus } from '../../../shared/chat.ts';
import type { Task } from '../../../shared/task.ts';
import type { Priority } from '../../../shared/when.ts';

/** One completed occurrence of a repeating task (its history). */
export interface Completion {
  /** The occurrence's due date (YYYY-MM-DD) and time (HH:MM), as they were when it was done. */
  dueDate: string | null;
  dueTime: string | null;
  /** When it was done: an ISO UTC timestamp. */
  completedAt: string;
}

/** A task as the exporters take it: the task, and for repeating ones their history. */
export interface ExportTask extends Task {
  completions?: Completion[];
}

/** One chat message as exported. */
export interface ExportMessage {
  role: MessageRole;
  /** For 'tool' messages, the stored receipt (JSON, see readStoredReceipt). */
  content: string;
  createdAt: string;
  status: MessageStatus | null;
}

/** A conversation as the exporters take it; messages may be read lazily (an iterable). */
export interface ExportConversation {
  id: number;
  title: string | null;
  createdAt: string;
  updatedAt: string;
  messages: Iterable<ExportMessage>;
}

/** One task read from a file. Fields the file can't carry are absent or their defaults. */
export interface ImportedTask {
  /** The 1-based line of the file where the task starts. */
  line: number;
  title: string;
  description: string;
  completed: boolean;
  dueDate: string | null;
  dueTime: string | null;
  priority: Priority | null;
  repeat: string | null;
  labels: string[];
  /** Only where the file carries them (JSON exactly; todo.txt, Markdown and iCalendar roughly). */
  createdAt?: string;
  updatedAt?: string;
  completedAt?: string | null;
  /** Only in our own JSON. */
  completions?: Completion[];
}

/** One conversation read from our own JSON. */
export interface ImportedConversation {
  line: number;
  title: string | null;
  createdAt: string;
  updatedAt: string;
  messages: ExportMessage[];
}

/** What is wrong with a file, and where: `message` starts with "Line N: ". */
export interface ImportProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** Everything read from one file: what can be added, and what is wrong (nothing thrown). */
export interface ParsedFile {
  format: ImportFormat;
  tasks: ImportedTask[];
  conversations: ImportedConversation[];
  errors: ImportProblem[];
}

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'todotxt' | 'ics';

/** What can be imported; 'csv' is an alias of 'todoist' at the edges (CLI, IPC). */
export type ImportFormat = 'json' | 'todoist' | 'todotxt' | 'ics' | 'markdown';

export interface ExportOptions {
  /** When the export is made (JSON's exportedAt, iCalendar's DTSTAMP). Default: now. */
  now?: Date;
  /**
   * The IANA time zone in which instants (created/completed times, message times) are written as
   * local dates, where a format has only dates. Default: this computer's zone.
   */
  timeZone?: string;
}

export interface ImportOptions {
  /** "Today", for dates said in words ("tomorrow" in a Todoist DATE). Default: now. */
  now?: Date;
  /**
   * The IANA time zone that due dates and times are local to: a due time given in UTC or with
   * another zone (iCalendar TZID, an ISO offset) is converted to it. Default: this computer's.
   */
  timeZone?: string;
}
