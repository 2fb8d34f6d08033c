// What can be done to tasks, whoever asks (sidebar, chat, CLI). Inputs arrive already validated
// by the contract's schemas; this layer adds existence rules, friendly messages and events, and
// keeps every change in the one undo history. A deleted task goes to the Trash; only the Trash
// deletes for good.
import { AppError } from '../../shared/errors.ts';
import type { EventPayload } from '../../shared/ipc/contract.ts';
import {
  newTaskSchema,
  PATCHABLE,
  type NewTask,
  type Task,
  type TaskCounts,
  type TaskPatch,
  type TaskStatus,
  type TrashedTask,
} from '../../shared/task.ts';

const FIELD_NAMES: Record<(typeof PATCHABLE)[number], string> = {
  title: 'title',
  description: 'description',
  dueDate: 'due date',
  dueTime: 'time',
  priority: 'priority',
  repeat: 'repeat',
  labels: 'labels',
};
import type { CoreEvents } from '../events.ts';
import { validationMessage } from '../errors-to-user.ts';
import { localDate } from '../time/local-dates.ts';
import { parseQuickAdd, type QuickAdd, type QuickAddOptions, readDate } from '../time/quick-add.ts';
import { checkRule, firstOccurrence, nextOccurrence } from '../time/repeat.ts';
import type { SavedFields, TaskFilter, TaskRepository } from './task-repository.ts';
import type { TrashRepository } from './trash-repository.ts';
import {
  appStep,
  type Change,
  type ChangeKind,
  type Origin,
  type UndoHistory,
  type Imported,
} from './undo-history.ts';

const q = (t: { title: string }) => `“${t.title}”`;

/** The fields undo puts back, and what to call each in "its … changed again since". */
const UNDOABLE = {
  title: 'title',
  description: 'description',
  completed: 'done or not',
  completedAt: 'done or not',
  dueDate: 'due date',
  dueTime: 'time',
  priority: 'priority',
  repeat: 'repeat',
  labels: 'labels',
} as const satisfies Partial<Record<keyof Task, string>>;
type Undoable = keyof typeof UNDOABLE;

const narrows = (f: Omit<TaskFilter, 'status'>) =>
  f.due !== undefined ||
  f.label !== undefined ||
  f.priority !== undefined ||
  (f.words !== undefined && f.words.trim() !== '');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const savedFields = (t: Task, repeatFrom: string | null): SavedFields => ({
  title: t.title,
  description: t.description,
  completed: t.completed,
  completedAt: t.completedAt,
  dueDate: t.dueDate,
  dueTime: t.dueTime,
  priority: t.priority,
  repeat: t.repeat,
  repeatFrom,
});

/** What undoing a step did. */
export interface Undone {
  summary: string;
  changed: number[];
}

export class TaskService {
  readonly #repo: TaskRepository;
  readonly #trash: TrashRepository;
  readonly #history: UndoHistory;
  readonly #events: CoreEvents;
  readonly #clock: () => Date;
  readonly #undoAppChanges: boolean;

  constructor(deps: {
    repo: TaskRepository;
    trash: TrashRepository;
    history: UndoHistory;
    events: CoreEvents;
    clock?: () => Date;
    /** False: only the chat's changes are steps of the history (the CLI's own commands aren't). */
    undoAppChanges?: boolean;
    /** Takes back the conversations an import added (when its undo comes). */
    conversations?: { removeImported(ids: number[], lastMessage: number): number };
  }) {
    this.#conversations = deps.conversations;
    this.#repo = deps.repo;
    this.#trash = deps.trash;
    this.#history = deps.history;
    this.#events = deps.events;
    this.#clock = deps.clock ?? (() => new Date());
    this.#undoAppChanges = deps.undoAppChanges ?? true;
  }

  readonly #conversations:
    { removeImported(ids: number[], lastMessage: number): number } | undefined;

  /**
   * Runs an import: `insert` adds its rows inside this one transaction, and everything it added
   * becomes one step of the undo history. Windows hear of it once it committed.
   */
  importRows(insert: () => Imported): Imported {
    return this.#write((changed) => {
      const imported = insert();
      if (imported.count > 0 || imported.conversations.length > 0) {
        if (this.#undoAppChanges) this.#history.recordImport(appStep(), imported, this.#now());
        changed({ reason: 'created', ids: [] });
      }
      return imported;
    });
  }

  #record(origin: Origin, kind: ChangeKind, id: number, before: Task | null, after: Task | null) {
    if (origin.source === 'app' && !this.#undoAppChanges) return;
    this.#history.record(origin, kind, id, before, after, this.#now());
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  /** Runs a change and its history in one transaction; windows hear of it once it committed. */
  #write<T>(fn: (changed: (e: EventPayload<'tasks.changed'>) => void) => T): T {
    const announced: EventPayload<'tasks.changed'>[] = [];
    const result = this.#repo.transaction(() => fn((e) => announced.push(e)));
    for (const e of announced) this.#events.emit('tasks.changed', e);
    return result;
  }

  #notFound(id: number): AppError {
    if (this.#trash.get(id)) {
      return new AppError(
        'NOT_FOUND',
        `Task ${id} is in the Trash. Restore it from there to change it.`,
      );
    }
    const range = this.#repo.idRange();
    const have = !range
      ? 'Your list is empty.'
      : range.first === range.last
        ? `You have task ${range.first}.`
        : `Your tasks are numbered ${range.first}–${range.last}.`;
    return new AppError(
      'NOT_FOUND',
      `Task ${id} doesn't exist (it may have been deleted). ${have}`,
    );
  }

  /** Tasks with a status, and optionally only those due in a view, with a label or a priority. */
  list(status: TaskStatus, more: Omit<TaskFilter, 'status'> = {}): Task[] {
    if (!narrows(more)) return this.#repo.list(status);
    return this.#repo.filtered({ status, ...more }, this.#today());
  }

  page(status: TaskStatus, offset: number, limit: number, more: Omit<TaskFilter, 'status'> = {}) {
    return this.#repo.transaction(() => {
      const counts = this.counts();
      if (!narrows(more))
        return { items: this.#repo.page(status, offset, limit), total: counts[status], counts };
      const filter = { status, ...more };
      const today = this.#today();
      return {
        items: this.#repo.filtered(filter, today, offset, limit),
        total: this.#repo.countFiltered(filter, today),
        counts,
      };
    });
  }

  counts(): TaskCounts {
    return { ...this.#repo.counts(this.#today()), trash: this.#trash.count() };
  }

  labels() {
    return this.#repo.labelUse();
  }

  get(id: number): Task {
    const task = this.#repo.get(id);
    if (!task) throw this.#notFound(id);
    return task;
  }

  /** The person's local date now, YYYY-MM-DD. */
  today(): string {
    return localDate(this.#clock());
  }

  #today(): string {
    return this.today();
  }

  /**
   * A repeat needs a day to count from: a repeating task without one gets its first occurrence
   * from today ("every Sunday" is due this Sunday).
   */
  #withFirstOccurrence<T extends { dueDate: string | null; repeat: string | null }>(t: T): T {
    if (!t.repeat) return t;
    const from = t.dueDate ?? this.#today();
    checkRule(t.repeat, from);
    return t.dueDate ? t : { ...t, dueDate: firstOccurrence(t.repeat, from, from) };
  }

  /** A repeating task without a date, given its first occurrence (as `create` does). */
  settleRepeat<T extends { dueDate: string | null; repeat: string | null }>(t: T): T {
    return this.#withFirstOccurrence(t);
  }

  create(input: NewTask, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const settled = this.#withFirstOccurrence({
        title: input.title,
        description: input.description ?? '',
        dueDate: input.dueDate ?? null,
        // (a repeat's time without a day: the repeat picks the day)
        dueTime: input.dueTime ?? null,
        priority: input.priority ?? null,
        repeat: input.repeat ?? null,
        labels: input.labels ?? [],
      });
      const fields = { ...settled, dueTime: settled.dueDate ? settled.dueTime : null };
      const task = this.#repo.create(fields, this.#now());
      this.#record(origin, 'add_task', task.id, null, task);
      changed({ reason: 'created', ids: [task.id], tasks: [task] });
      return task;
    });
  }

  /** Reads a quick-add text as of now. */
  parseQuick(text: string, options: Omit<QuickAddOptions, 'now'>): QuickAdd {
    return parseQuickAdd(text, { ...options, now: this.#clock() });
  }

  /** A date or time said on its own, as of now. */
  readDate(text: string, dayFirst: boolean) {
    return readDate(text, { now: this.#clock(), dayFirst });
  }

  /** Adds the task a quick-add text describes ("Pay rent tomorrow 9am p1 #home every month"). */
  quickAdd(text: string, options: Omit<QuickAddOptions, 'now'>, origin: Origin = appStep()): Task {
    const { parts: _, ...fields } = this.parseQuick(text, options);
    const input = newTaskSchema.safeParse(fields);
    if (!input.success) throw new AppError('VALIDATION', validationMessage(input.error));
    return this.create(input.data, origin);
  }

  update(patch: TaskPatch, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const before = this.get(patch.id);
      // No silent overwrite: a field changed elsewhere since editing began is not written over.
      const clash = PATCHABLE.filter(
        (key) =>
          patch[key] !== undefined &&
          patch.expected?.[key] !== undefined &&
          !same(before[key], patch.expected[key]) &&
          !same(before[key], patch[key]),
      );
      if (clash.length > 0) {
        throw new AppError(
          'CONFLICT',
          `This task's ${clash.map((k) => FIELD_NAMES[k]).join(' and ')} changed elsewhere while you were editing. Nothing was saved.`,
        );
      }
      const next: Task = { ...before };
      for (const key of PATCHABLE) {
        if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
      }
      // (clearing the day clears its time; a repeat then picks a day of its own)
      if (patch.dueDate === null && patch.dueTime === undefined) next.dueTime = null;
      const timing = patch.dueDate !== undefined || patch.repeat !== undefined;
      const settled = timing ? this.#withFirstOccurrence(next) : next;
      if (settled.dueDate === null) {
        // no time without a day
        if (patch.dueTime)
          throw new AppError('VALIDATION', 'A time needs a due date: give the day too');
        settled.dueTime = null;
      }
      // Setting the day or the rule starts the repeats counting from the (new) due date.
      const repeatFrom = !settled.repeat
        ? null
        : timing
          ? settled.dueDate
          : (this.#repo.repeatFrom(before.id) ?? settled.dueDate);
      const after = this.#repo.save(
        before.id,
        savedFields(settled, repeatFrom),
        this.#now(),
        patch.labels,
      )!;
      this.#record(origin, 'update_task', after.id, before, after);
      changed({ reason: 'updated', ids: [after.id], tasks: [after] });
      return after;
    });
  }

  /**
   * Completing a repeating task completes this occurrence: the same task stays pending, due on
   * the next occurrence, and the completion is recorded. The last occurrence completes it.
   */
  setCompleted(id: number, completed: boolean, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const before = this.get(id);
      if (before.completed === completed) return before; // already in that state: nothing to do
      const now = this.#now();
      const repeatFrom = this.#repo.repeatFrom(id);
      let fields = savedFields(
        { ...before, completed, completedAt: completed ? now : null },
        repeatFrom,
      );
      if (completed && before.repeat && before.dueDate) {
        const next = this.#nextDue(before, repeatFrom);
        if (next) {
          this.#repo.recordCompletion(before, now);
          fields = { ...fields, completed: false, dueDate: next };
        }
      }
      const after = this.#repo.save(id, fields, now)!;
      const kind = completed ? 'complete_task' : 'reopen_task';
      this.#record(origin, kind, id, before, after);
      changed({ reason: 'updated', ids: [id], tasks: [after] });
      return after;
    });
  }

  /** The occurrence after this one that is not already past (a missed week isn't owed twice). */
  #nextDue(task: Task, repeatFrom: string | null): string | null {
    const today = this.#today();
    const after = task.dueDate! > today ? task.dueDate! : today;
    return nextOccurrence(task.repeat!, repeatFrom ?? task.dueDate!, after);
  }

  /** "Skip this one": a repeating task moves to its next occurrence with nothing recorded. */
  skip(id: number, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const before = this.get(id);
      if (!before.repeat || !before.dueDate) {
        throw new AppError(
          'VALIDATION',
          `${q(before)} doesn't repeat, so there is nothing to skip.`,
        );
      }
      const repeatFrom = this.#repo.repeatFrom(id);
      const next = this.#nextDue(before, repeatFrom);
      if (!next) {
        throw new AppError(
          'VALIDATION',
          `${q(before)} has no occurrence after this one to move to.`,
        );
      }
      const after = this.#repo.save(
        id,
        { ...savedFields(before, repeatFrom), dueDate: next },
        this.#now(),
      )!;
      this.#record(origin, 'update_task', id, before, after);
      changed({ reason: 'updated', ids: [id], tasks: [after] });
      return after;
    });
  }

  /** Moves a task to the Trash. */
  delete(id: number, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const task = this.#repo.delete(id);
      if (!task) throw this.#notFound(id);
      this.#trash.put(task, this.#now());
      this.#record(origin, 'delete_task', id, task, null);
      changed({ reason: 'deleted', ids: [id] });
      return task;
    });
  }

  /** Puts a task from the Trash back with its number, times and state, so it returns in place. */
  restore(id: number, origin: Origin = appStep()): Task {
    return this.#write((changed) => {
      const task = this.#takeFromTrash(id);
      this.#record(origin, 'restore_task', id, null, task);
      changed({ reason: 'restored', ids: [id], tasks: [task] });
      return task;
    });
  }

  #takeFromTrash(id: number): Task {
    const trashed = this.#trash.get(id);
    if (!trashed) {
      if (this.#repo.get(id)) throw new AppError('CONFLICT', `Task ${id} is already in your list.`);
      throw new AppError(
        'NOT_FOUND',
        id > this.#repo.lastIssuedId()
          ? `Task ${id} never existed, so it can't be restored.`
          : `Task ${id} isn't in the Trash any more: it was deleted for good.`,
      );
    }
    const { deletedAt: _, ...task } = trashed;
    this.#trash.remove(id);
    return this.#repo.restore(task);
  }

  trashPage(offset: number, limit: number): { items: TrashedTask[]; total: number } {
    return this.#repo.transaction(() => ({
      items: this.#trash.page(offset, limit),
      total: this.#trash.count(),
    }));
  }

  trashed(): TrashedTask[] {
    return this.#trash.all();
  }

  /** Deletes one task in the Trash for good. */
  purge(id: number): { id: number } {
    return this.#write((changed) => {
      if (!this.#trash.remove(id)) {
        throw new AppError('NOT_FOUND', `Task ${id} isn't in the Trash.`);
      }
      changed({ reason: 'purged', ids: [id] });
      return { id };
    });
  }

  /** Deletes everything in the Trash for good. */
  emptyTrash(): { deleted: number } {
    return this.#write((changed) => {
      const deleted = this.#trash.empty();
      if (deleted > 0) changed({ reason: 'purged', ids: [] });
      return { deleted };
    });
  }

  /** At start: the Trash forgets what it has held for 30 days, the history its old steps. */
  expireOld(): { trash: number; history: number } {
    return this.#write((changed) => {
      const trash = this.#trash.expire(this.#clock());
      const history = this.#history.prune(this.#clock());
      if (trash > 0) changed({ reason: 'purged', ids: [] });
      return { trash, history };
    });
  }

  /**
   * Undoes the newest step of the shared history (or of one conversation's changes). A field
   * someone changed again since is left as it is now, and said so: undo never overwrites a newer
   * change.
   */
  undo(scope: { conversationId?: number } = {}): Undone {
    return this.#write((changed) => {
      const step = this.#history.latest(scope.conversationId);
      if (step.length === 0) {
        throw new AppError(
          'NOT_FOUND',
          scope.conversationId === undefined
            ? 'There is nothing to undo.'
            : 'There is nothing to undo in this conversation.',
        );
      }
      const done: string[] = [];
      const ids: number[] = [];
      for (const change of step) {
        const line = this.#reverse(change);
        done.push(line.text);
        if (line.many) changed({ reason: line.reason, ids: [] });
        if (line.task) {
          ids.push(line.task.id);
          changed({
            reason: line.reason,
            ids: [line.task.id],
            tasks: line.task.live ? [line.task.live] : [],
          });
        }
      }
      this.#history.markUndone(step[0]!.step);
      // (one task changed twice in one step, "skip it this week and next", is put back once)
      return { summary: `Undone: ${[...new Set(done)].join(', ')}`, changed: ids };
    });
  }

  #reverse(change: Change): {
    text: string;
    task?: { id: number; live?: Task };
    /** Many tasks changed at once (an import taken back): windows reload their lists. */
    many?: true;
    reason: EventPayload<'tasks.changed'>['reason'];
  } {
    const now = this.#now();
    if (change.kind === 'import_tasks') {
      // To the Trash, like any task an undo removes: one that was edited since isn't lost.
      const { first, last, conversations, lastMessage } = change.imported!;
      let removed = 0;
      for (let id = first; id <= last; id++) {
        const task = this.#repo.get(id);
        if (!task) continue;
        this.#repo.delete(id);
        this.#trash.put(task, now);
        removed++;
      }
      const dropped = this.#conversations?.removeImported(conversations, lastMessage) ?? 0;
      const talk = dropped ? ` and removed ${plural(dropped, 'conversation')}` : '';
      return {
        text: `took back the import: moved ${plural(removed, 'task')} to the Trash${talk}`,
        many: true,
        reason: 'deleted',
      };
    }
    const current = this.#repo.get(change.taskId);
    const was = (change.before ?? change.after)!;
    switch (change.kind) {
      case 'add_task':
      case 'restore_task': {
        if (!current) return { text: `${q(was)} was already gone`, reason: 'deleted' };
        // To the Trash, not gone: an undo is one click too, and nothing is lost by a click.
        this.#repo.delete(current.id);
        this.#trash.put(current, now);
        const text =
          change.kind === 'add_task'
            ? `removed ${q(current)} again`
            : `moved ${q(current)} back to the Trash`;
        return { text, task: { id: current.id }, reason: 'deleted' };
      }
      case 'delete_task': {
        if (current) return { text: `${q(current)} is already back`, reason: 'restored' };
        if (!this.#trash.get(change.taskId)) {
          return {
            text: `${q(was)} was deleted for good since, so it can't come back`,
            reason: 'restored',
          };
        }
        const task = this.#takeFromTrash(change.taskId);
        return {
          text: `brought back ${q(task)}`,
          task: { id: task.id, live: task },
          reason: 'restored',
        };
      }
      default: {
        if (!current) return { text: `${q(was)} is no longer in your list`, reason: 'updated' };
        const before = change.before!;
        const after = change.after!;
        const kept = new Set<string>();
        const restored: Task = { ...current };
        for (const key of Object.keys(UNDOABLE) as Undoable[]) {
          if (same(before[key], after[key])) continue;
          if (!same(current[key], after[key])) kept.add(UNDOABLE[key]);
          else Object.assign(restored, { [key]: before[key] });
        }
        let live = current;
        if (!same(restored, current)) {
          if (restored.dueDate === null) restored.dueTime = null;
          const repeatFrom = restored.repeat
            ? restored.dueDate === current.dueDate && restored.repeat === current.repeat
              ? this.#repo.repeatFrom(current.id)
              : restored.dueDate
            : null;
          live =
            this.#repo.save(current.id, savedFields(restored, repeatFrom), now, restored.labels) ??
            live;
          // An occurrence of a repeating task done by this change is no longer done.
          if (change.kind === 'complete_task' && !after.completed && after.completedAt) {
            this.#repo.dropCompletion(current.id, after.completedAt);
          }
        }
        const keptList = [...kept];
        const text =
          keptList.length === 0
            ? `put ${q(before)} back as it was`
            : live === current
              ? `left ${q(current)} as it is (its ${keptList.join(' and ')} changed again since)`
              : `put ${q(live)} back, except its ${keptList.join(' and ')} (changed again since)`;
        return { text, task: { id: current.id, live }, reason: 'updated' };
      }
    }
  }
}
