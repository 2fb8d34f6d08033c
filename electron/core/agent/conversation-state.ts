// What the assistant remembers between turns of one conversation, stored as JSON on the row.
import { z } from 'zod';
import { pendingConfirmationSchema } from '../../shared/chat.ts';

const stateSchema = z.object({
  /** Task ids in the order last shown, for "the second one". */
  shown: z.array(z.number().int()).default([]),
  /** Tasks just added, changed or mentioned, for "it" and "that". */
  focus: z.array(z.number().int()).default([]),
  /** The last kind of change asked for, for "and the meeting one too". */
  lastAction: z.enum(['add', 'complete', 'reopen', 'delete', 'update']).nullable().default(null),
  /** The change the last message took back with "undo": "I meant the milk one" next makes it
   * again, to another task. */
  undone: z.enum(['add', 'complete', 'reopen', 'delete', 'update']).nullable().default(null),
  /** The tasks that change was made to, and the others that were in the running ("no, the
   * other one"). */
  lastTargets: z.array(z.number().int()).default([]),
  lastCandidates: z.array(z.number().int()).default([]),
  /** Tasks added or changed lately, oldest first, for "both" when nothing was listed. */
  recent: z.array(z.number().int()).default([]),
  /** The fields the last update set, for "same for task 2". */
  lastFields: z
    .object({
      title: z.string().optional(),
      description: z.string().optional(),
      /** The title before, so "do the same for dad" makes the same change to another title. */
      from: z.string().optional(),
    })
    .default({}),
  /** The last change was to a task's date, time, priority, repeat or labels: "actually 5pm"
   * puts that right. */
  lastTimed: z.boolean().default(false),
  /** That change as asked ("move it to Friday"), for "same for the gym one". */
  lastTimedIntent: z.record(z.string(), z.unknown()).nullable().default(null),
  /** The assistant just answered "is it done?", so "and task 3?" asks the same. */
  lastAsked: z.enum(['status', 'show', 'list', 'note', 'find', 'when']).nullable().default(null),
  /** The assistant just said a task's labels, priority or repeat ("remove them" means those). */
  askedAbout: z.enum(['labels', 'priority', 'repeat']).nullable().default(null),
  /** What the last "what's due…?" asked for, so "and tomorrow?" asks it again for another day. */
  agenda: z
    .object({
      due: z.enum(['today', 'overdue', 'upcoming', 'none']).optional(),
      on: z.string().optional(),
      repeating: z.literal(true).optional(),
      priority: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
      label: z.string().optional(),
      listNamed: z.literal(true).optional(),
      within: z.number().int().positive().optional(),
      next: z.literal(true).optional(),
    })
    .nullable()
    .default(null),
  /** The assistant asked what a task's new title, description or labels should be. */
  asking: z
    .object({
      field: z.enum(['title', 'description', 'add', 'labels']),
      taskId: z.number().int(),
      /** For a new task asked for with its details first ("add a task for Thursday"). */
      details: z.string().max(200).optional(),
    })
    .nullable()
    .default(null),
  /** A request waiting for the answer to "which one?": the request and the tasks offered. */
  clarify: z
    .object({
      intent: z.record(z.string(), z.unknown()),
      /** More requests of the same message about the same task, settled by the same answer. */
      more: z.array(z.record(z.string(), z.unknown())).max(10).optional(),
      candidates: z.array(z.number().int()),
    })
    .nullable()
    .default(null),
  /** Words asked about that no task matched ("is 'Renew passport' on my list?"), for "add it
   * then" in the next message. */
  notFound: z.string().max(200).nullable().default(null),
  /** A change waiting for the user's yes or no. */
  pending: pendingConfirmationSchema.nullable().default(null),
  /** A message with a numeric date that reads two ways ("06/07"), waiting for "6 July or June
   * 7?" to be answered: the message, the date as said and its two readings. */
  dateChoice: z
    .object({
      text: z.string().max(4000),
      said: z.string().max(20),
      dayFirst: z.string().max(40),
      monthFirst: z.string().max(40),
    })
    .nullable()
    .default(null),
});
export type ConversationState = z.infer<typeof stateSchema>;

export function parseState(json: string | null): ConversationState {
  if (!json) return stateSchema.parse({});
  try {
    const parsed = stateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : stateSchema.parse({});
  } catch {
    return stateSchema.parse({});
  }
}

/** How many task ids the state keeps of a list shown or of the tasks in the running. */
export const STATE_SHOWN_MAX = 500;
export const STATE_CANDIDATES_MAX = 50;

/**
 * The state as stored: bounded, so a list of 100,000 tasks doesn't make every later turn read and
 * write megabytes. "The 600th one" of a huge list is out of reach; more candidates than a person
 * weighs up means "any of them", which is what an empty list of candidates means.
 */
export function storedState(state: ConversationState): string {
  return JSON.stringify({
    ...state,
    shown: state.shown.slice(0, STATE_SHOWN_MAX),
    focus: state.focus.slice(0, STATE_SHOWN_MAX),
    lastTargets: state.lastTargets.slice(0, STATE_SHOWN_MAX),
    lastCandidates: state.lastCandidates.length > STATE_CANDIDATES_MAX ? [] : state.lastCandidates,
  });
}
