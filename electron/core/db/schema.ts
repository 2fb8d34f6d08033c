// Table definitions; drizzle-kit generates the SQL in migrations/ from this file.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

// ISO-8601 UTC with milliseconds: sorts as text, reads as a date.
const nowUtc = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const profileMeta = sqliteTable('profile_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const tasks = sqliteTable(
  'tasks',
  {
    // AUTOINCREMENT: a deleted task's number is never handed to a new one, so "task 3" and undo
    // can't collide.
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    completed: integer('completed', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(nowUtc),
    updatedAt: text('updated_at').notNull().default(nowUtc),
    /** When it was last completed (a repeating task: its latest occurrence), or null. */
    completedAt: text('completed_at'),
    /** Local calendar date YYYY-MM-DD ("floating": the 5th stays the 5th when you travel). */
    dueDate: text('due_date'),
    /** Local HH:MM; only with a due date. */
    dueTime: text('due_time'),
    /** 1 high, 2 medium, 3 low; null for none. */
    priority: integer('priority'),
    /** RFC 5545 RRULE without DTSTART. */
    repeat: text('repeat'),
    /** The date the repeats count from (the due date when the rule or date was last set), so a
     * "monthly on the 31st" comes back to the 31st after a short month. */
    repeatFrom: text('repeat_from'),
  },
  (t) => [
    // A profile holds one account's tasks (opening it as another account is refused), so pages of
    // all tasks come in id order from the table itself. Pending or completed tasks, in id order,
    // keep the owner in their index: paging past thousands of them checks it there, not in each
    // row (the state first, so the pages of all tasks, which name no state, still read the table).
    index('tasks_completed_user_idx').on(t.completed, t.userId),
    // Today, Upcoming and overdue: pending tasks by due date, read in order. Only tasks with a
    // date are in it (most have none): every query it serves compares the due date.
    index('tasks_due_idx')
      .on(t.completed, t.userId, t.dueDate, t.dueTime)
      .where(sql`${t.dueDate} IS NOT NULL`),
    check('tasks_title_length', sql`length(trim(${t.title})) between 1 and 200`),
    check('tasks_description_length', sql`length(${t.description}) <= 1000`),
    check('tasks_completed_bool', sql`${t.completed} in (0, 1)`),
  ],
);

export const conversations = sqliteTable(
  'conversations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id').notNull(),
    title: text('title'),
    createdAt: text('created_at').notNull().default(nowUtc),
    updatedAt: text('updated_at').notNull().default(nowUtc),
    /** The assistant's memory of this thread (JSON): tasks last shown, the task in focus, and an
     * action waiting for the user's confirmation. */
    state: text('state'),
    /** The process answering in this thread right now ("host:pid"), cleared with its reply; one
     * left behind by a process that is gone marks a reply cut off by a crash. */
    turnOwner: text('turn_owner'),
  },
  (t) => [index('conversations_user_updated_idx').on(t.userId, t.updatedAt)],
);

export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conversationId: integer('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    role: text('role', { enum: ['user', 'assistant', 'tool'] }).notNull(),
    content: text('content').notNull(),
    createdAt: text('created_at').notNull().default(nowUtc),
    /** How a message came about when not simply said: a reply cut short by Stop, the record of a
     * Cancel on a confirmation card, a Confirm pressed (stored as "yes" for the engines). */
    status: text('status', { enum: ['stopped', 'cancelled', 'confirmed'] }),
  },
  (t) => [
    // Paging a thread newest-first by id reads only the rows it shows, however long the thread.
    index('messages_conversation_id_idx').on(t.conversationId, t.id),
    check('messages_role', sql`${t.role} in ('user', 'assistant', 'tool')`),
    check('messages_content_length', sql`length(${t.content}) between 1 and 5000`),
  ],
);

/**
 * One undo history per person, shared by the task list, the chat and every other window: each
 * change with the task before and after, so Ctrl+Z, the toast and "undo" in chat all walk the
 * same steps back.
 */
export const undoHistory = sqliteTable(
  'undo_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id').notNull(),
    /** Changes made together (one click, one chat request, one confirmed bulk action) are one
     * step: "m<message id>" for a chat turn, "a<random id>" for anything else. */
    step: text('step').notNull(),
    source: text('source', { enum: ['app', 'chat'] }).notNull(),
    /** The conversation a chat change was made in; kept as null when that conversation goes. */
    conversationId: integer('conversation_id').references(() => conversations.id, {
      onDelete: 'set null',
    }),
    tool: text('tool').notNull(),
    taskId: integer('task_id').notNull(),
    before: text('before'),
    after: text('after'),
    undone: integer('undone', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(nowUtc),
  },
  (t) => [
    index('undo_history_user_undone_idx').on(t.userId, t.undone, t.id),
    index('undo_history_user_step_idx').on(t.userId, t.step),
    index('undo_history_conversation_idx').on(t.conversationId, t.id),
    check('undo_history_source', sql`${t.source} in ('app', 'chat')`),
  ],
);

/** Deleted tasks, as they were, for 30 days: restored in place from here, or deleted for good. */
export const trash = sqliteTable(
  'trash',
  {
    taskId: integer('task_id').primaryKey(),
    userId: text('user_id').notNull(),
    /** The task as it was when deleted (JSON of the shared Task type). */
    task: text('task').notNull(),
    deletedAt: text('deleted_at').notNull().default(nowUtc),
  },
  (t) => [index('trash_user_deleted_idx').on(t.userId, t.deletedAt)],
);

/** Label names, one row per name per owner. */
export const labels = sqliteTable(
  'labels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('labels_user_name_idx').on(t.userId, t.name)],
);

/** Which task has which label. */
export const taskLabels = sqliteTable(
  'task_labels',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    labelId: integer('label_id')
      .notNull()
      .references(() => labels.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.labelId] }),
    index('task_labels_label_idx').on(t.labelId, t.taskId),
  ],
);

/** Each completed occurrence of a repeating task (the task itself moves on to the next one). */
export const taskCompletions = sqliteTable(
  'task_completions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id').notNull(),
    taskId: integer('task_id').notNull(),
    dueDate: text('due_date'),
    dueTime: text('due_time'),
    completedAt: text('completed_at').notNull(),
  },
  (t) => [index('task_completions_task_idx').on(t.taskId, t.id)],
);

/**
 * Reminder state per task: the occurrence (due date and time) already announced, and a snooze.
 * Kept in the database so a restart neither repeats a reminder nor loses one.
 */
export const reminders = sqliteTable('reminders', {
  taskId: integer('task_id')
    .primaryKey()
    .references(() => tasks.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull(),
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM": the occurrence this row is about. */
  occurrence: text('occurrence').notNull(),
  firedAt: text('fired_at'),
  snoozedUntil: text('snoozed_until'),
});

/**
 * How many tasks each owner has, kept by triggers (see the 0002 migration) so the sidebar's
 * counts cost the same for 10 tasks or 100,000.
 */
export const taskCounts = sqliteTable('task_counts', {
  userId: text('user_id').primaryKey(),
  total: integer('total').notNull().default(0),
  completed: integer('completed').notNull().default(0),
});
