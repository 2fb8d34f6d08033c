// What the intent engine produces, and the shape of a rule.
import type { TaskStatus } from '../../../../shared/task.ts';

export type TaskRef =
  | { kind: 'ids'; ids: number[] }
  /** (`ofShown`: "the second of those", only ever of the tasks just shown) */
  | { kind: 'positions'; positions: number[]; ofShown?: true }
  | { kind: 'quoted'; text: string }
  /** `count`: "the two pay ones" names exactly that many; `every`: "everything to do with the
   * fence" names all the words find. */
  /** (`nth`: "the first email tom one", the first of those the words find, in list order) */
  /** (`except`: "the order tasks except the welcome sign", words naming the ones left out) */
  | { kind: 'words'; text: string; count?: number; every?: boolean; nth?: number; except?: string }
  /** "it", "that": the task just talked about; `context` is what the same message said about it;
   * `topic`, a sentence before that named something ("Car tax. Add note: …"), names it when no
   * task was talked about yet. */
  | { kind: 'focus'; context?: string; topic?: string }
  /** "them", "those", "all of them": the tasks just shown. */
  /** `all`: said as "all of them", so the whole list when nothing was shown. */
  | { kind: 'shown'; count?: number; all?: true; except?: string }
  /** "a task", "one of them": not said yet; ask which. */
  | { kind: 'any' }
  /** "the first one I added": by position among the tasks added or changed lately. */
  /** (`ever`: "the oldest one on my list", by position among all still to do, as added) */
  | { kind: 'recent'; positions: number[]; ever?: true }
  /**
   * "the one before it", "the next one" (`offset` from the task just talked about, in the list
   * last shown or else the whole list); "the middle one" (`offset` 0, no task talked about).
   */
  /** offset 0 is the middle of the list; `count`: "the middle two". */
  | { kind: 'neighbour'; offset: number; count?: number }
  /** "the other one": the task considered last time that wasn't chosen. */
  | { kind: 'other'; plural?: boolean; text?: string }
  /** "I booked the dentist appointment": a sentence whose words describe a task. */
  /** (`every`: "aisles 4 to 6 are all counted": every task the words find) */
  /** (`event`: news of what someone else did, "Morag phoned", "the parcel came": that deed) */
  | { kind: 'statement'; text: string; every?: true; event?: string }
  /** `except`: "everything except the gym one" (words naming the tasks left out). */
  /** `deeds`: only the tasks that start with one of these verbs ("got everything": the buying). */
  /** `filter`: only those due then, of that priority or with that label ("everything due today"). */
  /** `rest`: "the rest", the tasks other than those just dealt with or talked about. */
  | {
      kind: 'all';
      status: TaskStatus;
      except?: string;
      deeds?: string[];
      filter?: AgendaFilter;
      rest?: true;
    };

export type ChangeAction = 'complete' | 'reopen' | 'delete';

/** A half of the day, or a part of it by name. */
export type DayPart = 'am' | 'pm' | 'morning' | 'afternoon' | 'evening' | 'night';

/** What a "what's due…?" question asks for; `on` is the words of a day, read when answered. */
export interface AgendaFilter {
  due?: 'today' | 'overdue' | 'upcoming' | 'none';
  /** "in the next 3 days": due from today to that many days on. */
  within?: number;
  /** "what's the next thing I've got?": the first one due from now on ("and after that?" the
   * next of them). */
  next?: true;
  on?: string;
  /** "what's due tomorrow afternoon?": only the tasks at a time in that part of the day. */
  part?: 'morning' | 'afternoon' | 'evening';
  /** "which of my tasks repeat?" (`every`: "what repeats every week?", of that kind only) */
  repeating?: true;
  every?: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  priority?: 1 | 2 | 3;
  label?: string;
  /** "which tasks don't have a priority?", "anything without a label?" */
  without?: 'priority' | 'labels' | 'time';
  /** "which tasks have a priority?", "anything with a label?", "which has a time on it?": those
   * that have one */
  has?: 'priority' | 'labels' | 'time';
  /** The label was named as a list or a kind ("my errands list", "ops stuff"): it may not be one. */
  listNamed?: true;
  /** ("what's in packing?") with no such label, the tasks those words find. */
  orFind?: true;
  /** Only the tasks these words find ("any gigs this week?" with no label "gigs"). */
  words?: string;
}

export type Intent =
  | {
      type: 'add';
      title: string;
      description?: string;
      /** Said on its own, with no "add" ("call grandma"): a task already on the list isn't added twice. */
      unasked?: true;
      /** "and the florist too" after "add email the caterer": the deed of the task just added. */
      sameDeed?: true;
      /** "same again for Priya" after "add buy a card for Tom": the task just added, for Priya. */
      likeLast?: true;
      /** "and another for the same time: feed Pepper": due when the task just added is. */
      sameWhen?: true;
      /** "…, same label": the labels of the task just added. */
      sameLabels?: true;
      /** "and Pepper at 3pm, same days": the repeat of the task just added. */
      sameRepeat?: true;
      /** "physics past paper, same time tomorrow": at the time of the task just added, on the
       * day said. */
      sameTime?: true;
      /** "valuation at the Reid bungalow, same day at noon": on the day of the task just added,
       * at the time said (if any). */
      sameDay?: true;
      /** Said the quick way with no "add" ("tax return p1"): the details of a task of that name,
       * when there is one. */
      quick?: true;
    }
  | { type: 'add-missing-title'; details?: string }
  /** `ofShown`: "which of those are done?" looks only at the tasks just shown. */
  | { type: 'list'; status: TaskStatus; ofShown?: true }
  /** `shown`: "how many is that?" counts the tasks just found. */
  | { type: 'count'; status: TaskStatus; shown?: boolean }
  /** (`fallback`: "I need to delete the old emails" with no such task: a new task after all) */
  /** (`nextToo`: "and tomorrow's too", the time after the one just ticked off as well) */
  | { type: 'complete'; ref: TaskRef; fallback?: Intent; nextToo?: true }
  | { type: 'reopen'; ref: TaskRef; fallback?: Intent }
  | {
      type: 'delete';
      ref: TaskRef;
      fallback?: Intent;
      /** Said as news ("the fair is cancelled"), not asked for. */
      news?: true;
    }
  | {
      type: 'update';
      ref: TaskRef;
      title?: string;
      description?: string;
      /** Other ways to split the sentence into task and new text, tried when this one finds no task. */
      alternatives?: Intent[];
      /** "rename the tap task" with no new name yet: ask for it. */
      ask?: 'title' | 'description';
      /** "add a note to sow the seeds" with no such task: a new task after all */
      fallback?: Intent;
      /** "coffe should be coffee": words of the title to swap [from, to]. */
      replace?: [string, string];
      /** "prescription is spelled wrong in task 1": the right spelling of a word that slipped. */
      fix?: string;
      /** "fix the typo in task 1" (with `ask`): a slip of a common word is put right without
       * asking ("Byu birthday card"). */
      spelling?: true;
      /** "rename …", "change the title of …": the new words are the whole title, never a part. */
      whole?: true;
      /** "change the restaurant one, it's Saturday now": the part of the title of the same kind
       * (a day, a number, a name…) becomes this. */
      amend?: string;
    }
  /** The answer to "what should it say?" */
  | { type: 'value'; text: string }
  /** `deleted`: "undo the delete" (the last task deleted, whatever came after). */
  | { type: 'undo'; deleted?: true; count?: number }
  /** "what did you change it to?": the last change, told again (a question: changes nothing). */
  | { type: 'recap'; deed?: 'add' | 'complete' | 'reopen' | 'delete' | 'update' }
  /** "Did I finish the insurance task?" */
  /** `asks`: what the question is (done, still to do, or gone from the list). */
  | { type: 'status'; ref: TaskRef; asks?: 'done' | 'pending' | 'gone' }
  /** "What's task 2?", "what's the note on task 1?" */
  /** `about`: the question was about the task's description ("what's the note on it?"). */
  | { type: 'show'; ref: TaskRef; about?: 'description' }
  /** "Anything about the car on my list?" */
  /** `status`: only those still to do (or done); `notes`: the question is about what is written
   * down ("why was I meant to call the bank?"), so the notes are shown. */
  | {
      type: 'find';
      text: string;
      status?: 'pending' | 'completed';
      notes?: true;
      count?: true;
      /** "anything with a note on it?": the tasks that have notes. */
      withNotes?: true;
    }
  /** "what did I say about the landlord?": earlier chat messages with those words. */
  | { type: 'recall'; text: string }
  /** "and the meeting one too": the previous action again, on other tasks (or another title). */
  /** `value`: "and the plumber one to Call Luigi", the same kind of change with its own text. */
  /** (`once`: "once more", "again": the last move or step made again, on the same task) */
  | { type: 'again'; ref: TaskRef; value?: string; once?: true }
  /** "actually make that oat milk", "I meant the bread one": put the last action right. */
  | {
      type: 'correct';
      ref?: TaskRef;
      text?: string;
      replaces?: string;
      /** "just mark it done instead": undo the last change and make this one to the same task. */
      switchTo?: 'complete';
      /** "*kids" after "add pick up the knids": `text` is the right spelling of one word. */
      typo?: boolean;
      /** "add buy tickets" … "for the concert": `text` goes on the end of the title. */
      append?: true;
      /** "…, same thing otherwise": `text` replaces only the words of the title it lines up with. */
      keepRest?: true;
    }
  /** "put it back": undo a delete or completion, or reopen what is named. */
  | { type: 'put-back'; ref: TaskRef }
  /** An answer to the assistant's "which one?" */
  /** (`elsewhere`: "neither, I meant the dentist": a task not among those offered) */
  | { type: 'choice'; ref: TaskRef; elsewhere?: true }
  /** "What's due today?", "anything urgent?", "what's tagged work?", "what have I got Friday?",
   * "any high priority stuff for today?"; `ofShown`: "anything urgent in there?" */
  /** (`listNamed`: "what's on my errands list?", a label or else the whole list) */
  | ({ type: 'agenda'; ofShown?: true } & AgendaFilter)
  /** "When is the dentist?" */
  /** (`about`: "how often does it repeat?", "what labels are on it?", "what's its priority?") */
  /** (`level`: "is the report p1?", the priority asked about) */
  | { type: 'when'; ref: TaskRef; about?: 'repeat' | 'labels' | 'priority'; level?: 1 | 2 | 3 }
  /** "Move the rent one to Monday" (`when`: the words of the day or time, read when done),
   * "postpone it by 2 days" (`shift` in days), "no due date for it" (`clear`). */
  | {
      type: 'schedule';
      ref: TaskRef;
      when?: string;
      shift?: number;
      /** "push lunch back an hour": minutes, on its time */
      shiftMinutes?: number;
      /** "push the invoice back a month": the same day so many months on */
      shiftMonths?: number;
      clear?: true;
      /** "book flights on the 15th" with no flights task: a new task, dated. */
      fallback?: Intent;
      /** "make it 3 days instead": the shift in place of the one just made. */
      instead?: true;
      /** "push the rent back" (1), "make it a bit sooner" (-1): which way, how far to be asked. */
      ahead?: 1 | -1;
      /** "put the strings one on the day of the rehearsal": the day that task is due. */
      dayOf?: TaskRef;
      /** "…moved to the 25th, so the prep the day before": days from the date `when` says. */
      offset?: number;
      /** "actually the Monday after": that weekday (0 Sunday … 6 Saturday), after the date it has. */
      weekdayAfter?: number;
      /** "gym is on tuesday not thursday": the day (MO…SU) a weekly repeat had, now the new one. */
      insteadOf?: string;
      /** "push it to Monday": a move that goes later (on a Monday, for one due Tuesday, next
       * Monday). */
      later?: true;
      /** "swap Rolo and Luna's times": each takes the other's time (or date, or both). */
      swapWith?: TaskRef;
      swap?: 'time' | 'date' | 'both';
    }
  /** "Make it urgent", "no priority for the gym one" (null). */
  /** (`step`: "lower the priority on X", one level down (1) or up (-1) from where it is) */
  /** (`fallback`: "low priority: re-grout the tiles" with no such task: a new task, that urgent) */
  | {
      type: 'prioritize';
      ref: TaskRef;
      priority: 1 | 2 | 3 | null;
      step?: 1 | -1;
      fallback?: Intent;
      /** "make it the same as the IV bags": that task's priority. */
      sameAs?: TaskRef;
      /** "swap the priorities of the knives and the fish" (`swapWith` the second), "swap the
       * priorities on those two" (`ref` names both): each takes the other's priority. */
      swap?: true;
      swapWith?: TaskRef;
    }
  /** "Make the bins repeat every Monday" (the words of the repeat), "stop repeating it" (null). */
  /** (`fallback`: "change the hearing aid batteries every other Monday" with no such task: a new
   * task, the deed said) */
  /** (`ask`: "make the plants one repeat", how often not said: asked) */
  | { type: 'set-repeat'; ref: TaskRef; repeat: string | null; fallback?: Intent; ask?: true }
  /** "Tag it #home", "remove the work label from task 3". */
  | { type: 'tag'; ref: TaskRef; add: string[]; remove: string[] }
  /** "due in 4 days", "no wait, Tuesday", "and make it urgent": details for the task just
   * talked about, read from `text` as quick add reads them. */
  | {
      type: 'details';
      ref: TaskRef;
      text: string;
      /** "no time", "remove the priority", "don't make it repeat" */
      /** ("no limit", "take the end date off": the repeat goes on with no count or end) */
      clear?: ('date' | 'time' | 'priority' | 'repeat' | 'labels' | 'limit')[];
      /** "and Thursday too": one more day for a weekly repeat, not a new date. */
      also?: true;
      /** "no, the morning": the same hour, in that half of the day. */
      /** (a part said by name keeps the hour when it falls in that part: "the afternoon" for
       * 10am is 2pm, for 3am it is 3pm) */
      dayPart?: DayPart;
      /** "make it half past": minutes from the hour it has (30; "quarter to" is -15). */
      pastHour?: number;
      /** "change to saturday": days (MO…SU) in place of those a weekly repeat has. */
      days?: string[];
      /** "not fridays": days (MO…SU) a weekly or daily repeat goes without. */
      without?: string[];
      /** "change the priority on X": which detail, its value not said, so asked for. */
      ask?: 'priority' | 'date' | 'time' | 'labels';
      /** "quote for the Bakers' roof -> mon 8am" with no such task: a new task, dated. */
      fallback?: Intent;
    }
  /** "Skip the gym this week": a repeating task's next occurrence, nothing recorded. */
  | { type: 'skip'; ref: TaskRef; /** "this week and next": how many (2) */ times?: number }
  | { type: 'greeting' }
  /** "never mind", "leave them" to the assistant's own "which one?": nothing is done. */
  | { type: 'dismiss' }
  | { type: 'thanks' }
  /** "can you text my sister that I'm running late": something only the person can do. */
  | { type: 'out-of-reach'; deed: string; who: string }
  | { type: 'help' }
  | { type: 'unknown' };

export type IntentType = Intent['type'];

/** What the rules may know of the conversation so far (never the tasks themselves). */
export interface DialogueView {
  /** The assistant asked "which one?" */
  awaitingChoice: boolean;
  /** The last change asked for in this conversation. */
  lastAction: 'add' | ChangeAction | 'update' | null;
  /** The change the last message undid ("undo that" … "I meant buy milk"). */
  undone?: 'add' | ChangeAction | 'update' | null;
  /** The assistant just answered "is it done?" or "what's task 2?" ("and task 3?" asks again). */
  /** (`note`: "what's the note on X?", so "change it to …" means the note.) */
  lastAsked: 'status' | 'show' | 'list' | 'note' | 'find' | 'when' | null;
  /** The last change set a date, time, priority, repeat or labels ("actually 5pm" puts it right). */
  lastTimed?: boolean;
  /** That change moved a date by this many days ("actually 3" means 3 days then). */
  lastShift?: number;
  /** …or its time by this many minutes ("and another 15" is 15 more then). */
  lastShiftMinutes?: number;
  /** That change raised (-1) or lowered (1) a priority one step ("and again" does it again). */
  lastStep?: 1 | -1;
  /** That change was to labels ("and add billing" means one more label then). */
  lastTagged?: boolean;
  /** That change skipped a repeating task's next time ("and the week after" skips one more). */
  lastSkipped?: boolean;
  /** That change took a detail off ("and the tag too" takes that off as well). */
  lastCleared?: boolean;
  /** The assistant asked how far to move a task later (1) or sooner (-1): "by 3 days" says. */
  askedHowFar?: 1 | -1;
  /** The task just added was due "in N days" or weeks ("make that 6" means 6 of them then). */
  lastIn?: 'days' | 'weeks';
  /** The assistant just said a task's labels, priority or repeat ("remove them" means those). */
  askedAbout?: 'labels' | 'priority' | 'repeat' | null;
  /** The assistant just answered "what's due…?" for this ("and tomorrow?" asks it again). */
  agenda?: AgendaFilter | null;
  /** The assistant asked what a task's new title or description should be. */
  awaitingValue: 'title' | 'description' | 'add' | 'labels' | null;
}

export interface RuleContext {
  dialogue: DialogueView;
  /** The sentence is phrased as a question ("did I…?", "is the…?"). */
  question: boolean;
  /** The sentence as it was said, before filler was peeled off ("and the other one"). */
  sentence: string;
  /** When this is one clause of a longer sentence, that sentence ("…, so reopen it"). */
  within?: string;
}

/**
 * One way of saying one thing. `extract` reads a clean sentence (filler and politeness already
 * peeled off) and returns what it means, or nothing. When several rules read the same sentence,
 * the highest specificity wins; catch-alls sit at the bottom.
 */
export interface Rule {
  name: string;
  specificity: number;
  extract(text: string, context: RuleContext): Intent | Intent[] | undefined;
}

export const WRITES = new Set<IntentType>([
  'add',
  'complete',
  'reopen',
  'delete',
  'update',
  'undo',
  'again',
  'correct',
  'put-back',
  'schedule',
  'details',
  'prioritize',
  'set-repeat',
  'tag',
  'skip',
]);
