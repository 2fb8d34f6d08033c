// What an assistant engine (offline rules now, a model later) sees of a turn.
import type { QuickAdd } from '../time/quick-add.ts';
import type { Message, PlannedCall, Receipt } from '../../shared/chat.ts';
import type { Task, TaskStatus } from '../../shared/task.ts';
import type { MessageHit } from '../../shared/search.ts';
import type { ConversationState } from './conversation-state.ts';
import type { ExternalTool } from '../mcp/mcp-host.ts';

export type ExecuteOutcome =
  | { kind: 'done'; receipts: Receipt[] }
  /** The calls need the user's yes first; they are stored and the turn should say so. */
  | { kind: 'pending' }
  /** The turn already used its tool steps. */
  | { kind: 'limit' };

export interface TurnContext {
  text: string;
  state: ConversationState;
  signal: AbortSignal;
  tasks(status?: TaskStatus): Task[];
  /** Tasks in the Trash (deleted, and not yet for good), most recently deleted first. */
  trashed(): Task[];
  /** One tool step: runs the calls, or holds them for confirmation when they delete or change several tasks. */
  execute(calls: PlannedCall[], confirmPrompt: string): Promise<ExecuteOutcome>;
  /** The same step, answered at once (for engines that never wait, like the built-in one). */
  executeNow(calls: PlannedCall[], confirmPrompt: string): ExecuteOutcome;
  /** Tools from other apps (MCP servers the person added and turned on), for model engines. */
  externalTools(): Promise<ExternalTool[]>;
  /**
   * Calls one of them by the name the model used: asks the person first unless they chose
   * "always allow" for it, records its receipt, and from then on in this turn every task change
   * waits for the person's yes (what a tool answered is untrusted).
   */
  useExternal(key: string, args: Record<string, unknown>): Promise<Receipt>;
  /** The reply so far, as it is written (streamed to every window). */
  stream(textSoFar: string): void;
  /** How many changes this turn has made so far. */
  changesMade(): number;
  /** Earlier messages of this conversation, oldest first (bounded). */
  history(): Message[];
  /**
   * Earlier messages (of any conversation) with these words (`any`: with some of them), best
   * first; never this turn's.
   */
  searchMessages(words: string, any?: boolean): (MessageHit & { content: string })[];
  /** Tasks with these words in the title, description or labels (search), best first. */
  searchTasks(words: string): number[];
  /** The person's local date, YYYY-MM-DD. */
  today(): string;
  /** Dates, times, repeats, priorities and #labels in a task's words (quick add's reading). */
  readWhen(text: string, detailsOnly?: boolean): QuickAdd;
  /** Whether the person chose how numeric dates read (Settings): if not, "06/07" is asked. */
  dateOrderChosen?(): boolean;
  /** A date or time said on its own ("Monday", "3pm"). */
  readDate(text: string): { date: string; time: string | null; hasDay: boolean } | undefined;
}

export interface Engine {
  respond(turn: TurnContext): Promise<string>;
  /**
   * Answers at once, without waiting on anything (no network, no model): the runtime then stores
   * the whole turn (message, changes, receipts, answer) in one commit.
   */
  respondNow?(turn: TurnContext): string;
}

export const MAX_TOOL_STEPS = 8;
