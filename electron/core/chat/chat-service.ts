// Conversations and turns. A person's message is stored before anything else happens with it, so
// an error or a crash never loses what they typed.
import os from 'node:os';
import { AppError } from '../../shared/errors.ts';
import {
  type Conversation,
  isExternalToolName,
  type Message,
  type MessageStatus,
  type PlannedCall,
  type Receipt,
  type StoredReceipt,
  type TurnResult,
  UNKNOWN_TOOL,
} from '../../shared/chat.ts';
import type { ApprovalDecision, ToolApproval } from '../../shared/mcp.ts';
import { MESSAGE_MAX } from '../../shared/limits.ts';
import { clip, codePointLength, truncate } from '../../shared/text.ts';
import { type ConversationState, parseState, storedState } from '../agent/conversation-state.ts';
import { isAffirmative, isNegative } from '../agent/confirmation-words.ts';
import { describeOutcome } from '../agent/receipt-text.ts';
import {
  type Engine,
  type ExecuteOutcome,
  MAX_TOOL_STEPS,
  type TurnContext,
} from '../agent/engine.ts';
import { MUTATING_TOOLS, needsConfirmation } from '../agent/task-tools.ts';
import type { ExternalTool, McpHost } from '../mcp/mcp-host.ts';
import type { ToolRunner } from '../agent/tool-runner.ts';
import { toErrorInfo } from '../errors-to-user.ts';
import type { CoreEvents } from '../events.ts';
import type { Logger } from '../log.ts';
import type { TaskService } from '../tasks/task-service.ts';
import type { QuickAdd } from '../time/quick-add.ts';
import type { SearchService } from '../search/search-service.ts';
import type { ConversationRepository } from './conversation-repository.ts';

const TITLE_LENGTH = 60;
export const INTERRUPTED_REPLY =
  'This reply was interrupted: the app stopped before it finished. Any change listed above was saved; ask again for the rest.';
/** Who is answering: a turn left marked by a process that no longer runs was cut off. */
const TURN_OWNER = `${os.hostname()}:${process.pid}`;
/** Earlier messages an engine may see: enough for context, bounded so long threads stay fast. */
const HISTORY_MESSAGES = 20;
/** A call to another app's tool waits this long for Allow or Deny. */
const APPROVAL_WAIT_MS = 10 * 60_000;
/** Calls to other apps' tools one turn may make. */
const EXTERNAL_CALLS_MAX = 20;

export interface SayOptions {
  conversationId?: number;
  /** Start a new conversation instead of continuing one. */
  newConversation?: boolean;
  /** Accept any confirmation this turn asks for (the CLI's --yes). */
  autoConfirm?: boolean;
  /** How the person's message came about (a Confirm pressed). */
  status?: MessageStatus;
}

export class ChatService {
  readonly #repo: ConversationRepository;
  readonly #tasks: TaskService;
  readonly #tools: ToolRunner;
  readonly #search: SearchService;
  readonly #engineFor: () => Engine;
  readonly #events: CoreEvents;
  readonly #logger: Logger;
  readonly #running = new Map<number, AbortController>();
  readonly #mcp: McpHost | undefined;
  readonly #askApprovals: boolean;
  readonly #approvals = new Map<
    string,
    { approval: ToolApproval; settle: (decision: ApprovalDecision) => void }
  >();
  #approvalIds = 0;

  constructor(deps: {
    repo: ConversationRepository;
    tasks: TaskService;
    tools: ToolRunner;
    /** Finds earlier messages ("what did I say about …?"). */
    search: SearchService;
    /** Chosen again for every turn, so a model that failed is tried again next time. */
    engine: Engine | (() => Engine);
    events: CoreEvents;
    logger: Logger;
    /** Numeric dates are read day first (4/12 is 4 December), as the settings say. */
    dayFirst?: () => boolean;
    /** Whether that order was chosen (not left as it came): unchosen, "06/07" is asked. */
    dateOrderChosen?: () => boolean;
    /** Tools from other apps (MCP servers) for model-backed turns. */
    mcp?: McpHost;
    /**
     * Whether someone can answer an approval card (a host with windows). The CLI can't: a call
     * that needs one is declined at once, unless --yes.
     */
    askApprovals?: boolean;
  }) {
    this.#mcp = deps.mcp;
    this.#askApprovals = deps.askApprovals ?? false;
    this.#dayFirst = deps.dayFirst ?? (() => false);
    this.#dateOrderChosen = deps.dateOrderChosen ?? (() => false);
    this.#repo = deps.repo;
    this.#tasks = deps.tasks;
    this.#tools = deps.tools;
    this.#search = deps.search;
    const engine = deps.engine;
    this.#engineFor = typeof engine === 'function' ? engine : () => engine;
    this.#events = deps.events;
    this.#logger = deps.logger;
  }

  readonly #dayFirst: () => boolean;
  readonly #dateOrderChosen: () => boolean;

  #now = () => new Date().toISOString();

  #changed(conversationId: number) {
    this.#events.emit('chat.changed', { conversationId });
  }

  list(limit: number, offset: number) {
    return this.#repo.list(limit, offset);
  }

  get(id: number): Conversation {
    const conversation = this.#repo.get(id);
    if (!conversation) throw new AppError('NOT_FOUND', 'That conversation no longer exists.');
    return conversation;
  }

  create(title?: string): Conversation {
    const conversation = this.#repo.create(title ?? null, this.#now());
    this.#changed(conversation.id);
    return conversation;
  }

  rename(id: number, title: string): Conversation {
    if (!this.#repo.rename(id, title, this.#now())) this.get(id);
    this.#changed(id);
    return this.get(id);
  }

  delete(id: number): { id: number } {
    if (!this.#repo.delete(id)) this.get(id);
    this.#running.get(id)?.abort();
    this.#changed(id);
    return { id };
  }

  latestId(): number | undefined {
    return this.#repo.latestId();
  }

  /**
   * At start: a thread whose answer was begun by a process that has since gone (a crash, a kill,
   * power loss) gets a reply saying so, instead of a user message or receipts with no answer.
   * Turns of processes still running, or on another computer, are left alone.
   */
  markInterruptedTurns(): number[] {
    const marked: number[] = [];
    for (const { id, owner } of this.#repo.unfinishedTurns()) {
      if (!ownerIsGone(owner)) continue;
      this.#repo.transaction(() => {
        this.#append(id, 'assistant', INTERRUPTED_REPLY);
        this.#repo.setTurnOwner(id, null);
      });
      marked.push(id);
    }
    return marked;
  }

  /** Messages oldest first: the newest page, or the page before `beforeId`, or all after `afterId`. */
  messages(conversationId: number, page: { beforeId?: number; afterId?: number; limit: number }) {
    this.get(conversationId);
    if (page.afterId !== undefined) {
      const items = this.#repo.messagesAfter(conversationId, page.afterId, page.limit + 1);
      return { items: items.slice(0, page.limit), hasMore: items.length > page.limit };
    }
    const items = this.#repo.messagesBefore(conversationId, page.beforeId, page.limit + 1);
    return {
      items: items.slice(items.length > page.limit ? 1 : 0),
      hasMore: items.length > page.limit,
    };
  }

  pending(conversationId: number) {
    this.get(conversationId);
    return parseState(this.#repo.state(conversationId)).pending;
  }

  cancel(conversationId: number): { cancelled: boolean } {
    const controller = this.#running.get(conversationId);
    controller?.abort();
    return { cancelled: controller !== undefined };
  }

  /** Calls to other apps' tools waiting for Allow or Deny (of one conversation, or all). */
  approvals(conversationId?: number): ToolApproval[] {
    return [...this.#approvals.values()]
      .map((a) => a.approval)
      .filter((a) => conversationId === undefined || a.conversationId === conversationId);
  }

  /** Allow (once or always) or Deny a waiting call. */
  decide(id: string, decision: ApprovalDecision): { found: boolean } {
    const waiting = this.#approvals.get(id);
    waiting?.settle(decision);
    return { found: waiting !== undefined };
  }

  #ask(
    conversationId: number,
    tool: ExternalTool,
    args: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<ApprovalDecision> {
    const id = `approval-${process.pid}-${++this.#approvalIds}`;
    const approval: ToolApproval = {
      id,
      conversationId,
      server: tool.server,
      tool: tool.tool,
      description: tool.description,
      args,
      requestedAt: this.#now(),
    };
    const announce = () =>
      this.#events.emit('chat.approval', {
        conversationId,
        approvals: this.approvals(conversationId),
      });
    return new Promise<ApprovalDecision>((resolve) => {
      const timer = setTimeout(() => settle('deny'), APPROVAL_WAIT_MS);
      const onAbort = () => settle('deny');
      const settle = (decision: ApprovalDecision) => {
        if (!this.#approvals.delete(id)) return;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        announce();
        resolve(decision);
      };
      this.#approvals.set(id, { approval, settle });
      signal.addEventListener('abort', onAbort, { once: true });
      announce();
    });
  }

  async say(text: string, options: SayOptions = {}): Promise<TurnResult> {
    let conversationId = options.newConversation ? undefined : options.conversationId;
    if (conversationId !== undefined && !this.#repo.exists(conversationId))
      throw new AppError('NOT_FOUND', 'That conversation no longer exists.');
    if (conversationId === undefined) conversationId = this.create(title(text)).id;
    const id = conversationId;
    const engine = this.#engineFor();
    const autoConfirm = options.autoConfirm ?? false;
    if (engine.respondNow) {
      // An engine that answers at once: the message, the changes, their receipts and the answer
      // commit together, once. If the turn fails, none of its changes are kept: the message is
      // stored with an apology instead.
      const answer = engine.respondNow.bind(engine);
      const store = (apology?: string) =>
        this.#repo.transaction(() => {
          const userMessage = this.#append(id, 'user', text, false, options.status ?? null);
          const turn = this.#turnContext(id, userMessage.id, text, autoConfirm, true);
          if (apology === undefined)
            return turn.finish(turn.answerToQuestion() ?? answer(turn.context));
          turn.context.state.pending = null; // the question, if any, is no longer open
          return turn.finish(apology);
        });
      try {
        return store();
      } catch (err) {
        return store(this.#failure(err));
      }
    }
    // The message and the mark that an answer is under way commit together.
    const userMessage = this.#repo.transaction(() => {
      this.#repo.setTurnOwner(id, TURN_OWNER);
      return this.#append(id, 'user', text, true, options.status ?? null);
    });
    return this.#turn(engine, id, userMessage.id, text, autoConfirm);
  }

  /**
   * The Confirm / Cancel buttons of a confirmation card. Confirm is a "yes" to the assistant,
   * stored as a press of Confirm; Cancel closes the question and is recorded as cancelled, with
   * no words put in the person's mouth.
   */
  async answer(conversationId: number, accept: boolean): Promise<TurnResult> {
    if (accept) return this.say('yes', { conversationId, status: 'confirmed' });
    this.get(conversationId);
    return this.#repo.transaction(() => {
      const state = parseState(this.#repo.state(conversationId));
      const reply = state.pending
        ? 'Cancelled. Nothing was changed.'
        : 'There was nothing waiting for a yes.';
      state.pending = null;
      this.#append(conversationId, 'assistant', reply, false, 'cancelled');
      this.#repo.finishTurn(conversationId, storedState(state), this.#now());
      return { conversationId, reply, actions: [], pendingConfirmation: null };
    });
  }

  /** Runs a turn again for a message already stored (ChatKit's retry). */
  async retry(conversationId: number, messageId: number): Promise<TurnResult> {
    const message = this.#repo.messagesAfter(conversationId, messageId - 1, 1)[0];
    if (!message || message.id !== messageId || message.role !== 'user') {
      throw new AppError('NOT_FOUND', 'Only a message you sent can be retried.');
    }
    this.#repo.setTurnOwner(conversationId, TURN_OWNER);
    return this.#turn(this.#engineFor(), conversationId, message.id, message.content, false);
  }

  /** The Undo button on a receipt. */
  async undo(conversationId: number): Promise<TurnResult> {
    return this.say('undo', { conversationId });
  }

  /** Stores a message; always called inside the caller's transaction, which commits it. */
  #append(
    conversationId: number,
    role: Message['role'],
    content: string,
    /** False when a later message of the same transaction moves the conversation up anyway. */
    touch = true,
    status: MessageStatus | null = null,
  ): Message {
    const message = this.#repo.append(
      conversationId,
      role,
      clip(content, MESSAGE_MAX) || '…',
      this.#now(),
      status,
    );
    if (touch) this.#repo.touch(conversationId, this.#now());
    this.#changed(conversationId);
    return message;
  }

  async #turn(
    engine: Engine,
    conversationId: number,
    batchId: number,
    text: string,
    autoConfirm: boolean,
  ): Promise<TurnResult> {
    this.#running.get(conversationId)?.abort();
    const controller = new AbortController();
    this.#running.set(conversationId, controller);
    const turn = this.#turnContext(
      conversationId,
      batchId,
      text,
      autoConfirm,
      false,
      controller.signal,
    );
    let reply: string;
    try {
      reply = turn.answerToQuestion() ?? (await engine.respond(turn.context));
    } catch (err) {
      reply = this.#failure(err);
    } finally {
      if (this.#running.get(conversationId) === controller) this.#running.delete(conversationId);
    }
    const stopped = controller.signal.aborted;
    if (stopped) reply = reply || 'Stopped before answering.';
    return this.#repo.transaction(() => {
      const result = turn.finish(reply, stopped ? 'stopped' : null);
      this.#repo.setTurnOwner(conversationId, null);
      return result;
    });
  }

  /** A full or read-only disk is said plainly; anything else is our fault and logged. */
  #failure(err: unknown): string {
    const info = toErrorInfo(err, this.#logger, 'assistant turn');
    return info.code === 'INTERNAL'
      ? 'Sorry — something went wrong on my side. Nothing else was changed; please try again.'
      : info.message;
  }

  /** What an engine sees of a turn, and how the turn's end is stored (inside a transaction). */
  #turnContext(
    conversationId: number,
    batchId: number,
    text: string,
    autoConfirm: boolean,
    /** Inside the one transaction of an at-once turn (see say). */
    atOnce: boolean,
    signal: AbortSignal = new AbortController().signal,
  ) {
    const state: ConversationState = parseState(this.#repo.state(conversationId));
    const actions: Receipt[] = [];
    let steps = 0;

    // Confirmation is the runtime's rule, whatever the engine decides: calls that delete or change
    // several tasks run only with --yes, or when the person answers yes to exactly those calls.
    let confirmedCalls: PlannedCall[] | null = null;
    // Undo walks the history the task list shares: one step per request, more only with a yes
    // (a model told to "undo eight times" can't unwind a day's work).
    let undos = 0;
    // Once another app's tool has answered, what it said may try to steer the model: every task
    // change after that waits for the person's yes.
    let untrusted = false;
    const executeNow = (calls: PlannedCall[], prompt: string): ExecuteOutcome => {
      if (steps >= MAX_TOOL_STEPS) return { kind: 'limit' };
      steps++;
      const confirmed =
        autoConfirm || (confirmedCalls !== null && sameCalls(calls, confirmedCalls));
      const undoing = calls.filter((c) => c.tool === 'undo_last_change').length;
      undos += undoing;
      const afterUntrusted = untrusted && calls.some((c) => MUTATING_TOOLS.has(c.tool));
      if (
        (needsConfirmation(calls) || afterUntrusted || (undoing > 0 && undos > 1)) &&
        !confirmed
      ) {
        state.pending = { prompt: prompt || 'Shall I go ahead with these changes?', calls };
        return { kind: 'pending' };
      }
      // The changes and their receipts commit together (in an at-once turn, with all of it).
      const step = () => {
        const done = calls.map((call) =>
          this.#tools.run(conversationId, batchId, call.tool, call.args),
        );
        for (const receipt of done)
          this.#append(conversationId, 'tool', storedReceipt(receipt), !atOnce);
        return done;
      };
      const receipts = atOnce ? step() : this.#repo.transaction(step);
      actions.push(...receipts);
      return { kind: 'done', receipts };
    };
    let external: Promise<ExternalTool[]> | undefined;
    let externalCalls = 0;
    const externalTools = () => (external ??= this.#mcp ? this.#mcp.tools() : Promise.resolve([]));
    const useExternal = async (key: string, args: Record<string, unknown>): Promise<Receipt> => {
      const tool = (await externalTools()).find((t) => t.key === key);
      let receipt: Receipt;
      if (++externalCalls > EXTERNAL_CALLS_MAX) {
        receipt = refusal(
          key,
          args,
          'LIMIT',
          `That's more than ${EXTERNAL_CALLS_MAX} uses of other apps' tools in one request.`,
        );
      } else if (!tool || !this.#mcp) {
        receipt = refusal(
          UNKNOWN_TOOL,
          { ...args, requested_tool: clip(key, 40) },
          'VALIDATION',
          `There is no tool called ${clip(key, 40)}.`,
        );
      } else {
        const decision =
          tool.approval === 'always' || autoConfirm
            ? 'allow'
            : this.#askApprovals
              ? await this.#ask(conversationId, tool, args, signal)
              : 'deny';
        if (decision === 'always')
          this.#mcp.setTool(tool.serverId, tool.tool, { approval: 'always' });
        if (decision === 'deny') {
          const why = signal.aborted
            ? 'Stopped before using it.'
            : this.#askApprovals
              ? `You didn't allow ${tool.tool} (${tool.server}).`
              : `${tool.tool} (${tool.server}) needs your OK: allow it in the app, or use --yes.`;
          receipt = refusal(key, args, 'DENIED', why);
        } else {
          untrusted = true;
          const answer = await this.#mcp.call(tool, args, signal);
          receipt = {
            tool: key,
            args,
            ok: answer.ok,
            summary: answer.ok ? `Used ${tool.tool} (${tool.server})` : clip(answer.text, 300),
            result: { output: answer.text },
            ...(answer.ok
              ? {}
              : { error: { code: 'TOOL_FAILED', message: clip(answer.text, 300) } }),
          };
        }
      }
      this.#repo.transaction(() =>
        this.#append(conversationId, 'tool', storedReceipt(receipt), !atOnce),
      );
      actions.push(receipt);
      return receipt;
    };
    const stream = (textSoFar: string) =>
      this.#events.emit('chat.delta', { conversationId, text: textSoFar });
    const readings = new Map<string, QuickAdd>();
    const context: TurnContext = {
      text,
      state,
      signal,
      tasks: (status = 'all') => this.#tasks.list(status),
      trashed: () => this.#tasks.trashed(),
      execute: async (calls, prompt) => executeNow(calls, prompt),
      executeNow,
      externalTools,
      useExternal,
      stream,
      changesMade: () => actions.filter((r) => r.ok && r.tool !== 'list_tasks').length,
      history: () => this.#repo.messagesBefore(conversationId, batchId, HISTORY_MESSAGES),
      searchTasks: (words) => this.#search.taskIds(words),
      searchMessages: (words, any) =>
        this.#search.messages(words, 20, any).filter((h) => h.id < batchId),
      today: () => this.#tasks.today(),
      // In chat, dates are always read ("remind me … tomorrow"); the order of numeric ones as set.
      // (read once a turn: the engine asks about the same words more than once)
      readWhen: (words, detailsOnly) => {
        const key = `${detailsOnly ? 1 : 0}${words}`;
        let read = readings.get(key);
        if (!read) {
          read = this.#tasks.parseQuick(words, {
            dayFirst: this.#dayFirst(),
            detailsOnly: !!detailsOnly,
          });
          readings.set(key, read);
        }
        return read;
      },
      readDate: (words) => this.#tasks.readDate(words, this.#dayFirst()),
      dateOrderChosen: () => this.#dateOrderChosen(),
    };
    return {
      context,
      /** A yes or no to the question the last turn asked, whichever engine asked it. */
      answerToQuestion: (): string | undefined => {
        const asked = state.pending;
        state.pending = null; // a new request replaces an unanswered question
        if (asked && isAffirmative(text)) {
          confirmedCalls = asked.calls;
          return describeOutcome(executeNow(asked.calls, asked.prompt), state);
        }
        if (asked && isNegative(text)) return "Okay, I won't change anything.";
        return undefined;
      },
      finish: (reply: string, status: MessageStatus | null = null): TurnResult => {
        stream(reply);
        this.#append(conversationId, 'assistant', reply, false, status);
        this.#repo.finishTurn(conversationId, storedState(state), this.#now());
        return { conversationId, reply, actions, pendingConfirmation: state.pending };
      },
    };
  }
}

/** A receipt as kept in a tool message (storedReceiptSchema): what was done, and which tasks. */
function storedReceipt(receipt: Receipt): string {
  const { result, ...rest } = receipt;
  if (isExternalToolName(rest.tool)) {
    // The arguments and the answer shown collapsed: shortened until the message fits.
    const output = (result as { output?: unknown } | undefined)?.output;
    for (const room of [2500, 1000, 200, 0]) {
      const kept: StoredReceipt = {
        ...rest,
        summary: clip(rest.summary, 300),
        args: clipArgs(rest.args, room ? 1500 : 200),
        ...(typeof output === 'string' && room ? { output: clip(output, room) } : {}),
      };
      const text = JSON.stringify(kept);
      if (codePointLength(text) <= MESSAGE_MAX) return text;
    }
    return JSON.stringify({ tool: rest.tool, ok: rest.ok, summary: clip(rest.summary, 300) });
  }
  const ids = Array.isArray(result)
    ? (result as { id: number }[]).slice(0, 200).map((t) => t.id)
    : typeof (result as { id?: unknown } | undefined)?.id === 'number'
      ? [(result as { id: number }).id]
      : [];
  const summary = clip(rest.summary, 1000);
  const full: StoredReceipt = { ...rest, summary, taskIds: ids };
  const text = JSON.stringify(full);
  return codePointLength(text) <= MESSAGE_MAX
    ? text
    : JSON.stringify({ tool: rest.tool, ok: rest.ok, summary } satisfies StoredReceipt);
}

/** A call to another app's tool that was not made, and why. */
function refusal(
  tool: string,
  args: Record<string, unknown>,
  code: string,
  message: string,
): Receipt {
  return { tool, args, ok: false, summary: message, error: { code, message } };
}

/** The arguments of a call as kept in the thread: long values shortened. */
function clipArgs(args: Record<string, unknown>, room: number): Record<string, unknown> {
  const text = JSON.stringify(args);
  return text.length <= room ? args : { arguments: clip(text, room) };
}

function ownerIsGone(owner: string): boolean {
  const at = owner.lastIndexOf(':');
  const host = owner.slice(0, at);
  const pid = Number(owner.slice(at + 1));
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false; // this process: a turn may be running right now
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const sameCalls = (a: PlannedCall[], b: PlannedCall[]) => JSON.stringify(a) === JSON.stringify(b);

function title(text: string): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), TITLE_LENGTH);
}
