import { useEffect, useRef } from 'react';
import {
  isExternalToolName,
  isQuietReceipt,
  type Message,
  type PendingConfirmation,
  readStoredReceipt,
  type StoredReceipt,
} from '../../../../electron/shared/chat.ts';
import type { ApprovalDecision, ToolApproval } from '../../../../electron/shared/mcp.ts';
import { Markdown } from './Markdown.tsx';
import './MessageList.css';

const readReceipt = (message: Message) => readStoredReceipt(message.content);
const isChange = (r: StoredReceipt) => r.ok && !isQuietReceipt(r);

export function MessageList(props: {
  messages: Message[];
  pendingUserText: string | null;
  live: string | null;
  pending: PendingConfirmation | null;
  hasEarlier: boolean;
  busy: boolean;
  onLoadEarlier: () => void;
  onAnswer: (accept: boolean) => void;
  onUndo: () => void;
  /** A message opened from search: scrolled to and highlighted (and the end isn't followed). */
  highlightId?: number | null;
  /** Calls to other apps' tools waiting for Allow or Deny. */
  approvals?: ToolApproval[];
  onApprove?: (id: string, decision: ApprovalDecision) => void;
}) {
  const { messages } = props;
  const endRef = useRef<HTMLDivElement>(null);
  const count = messages.length;
  const highlightId = props.highlightId ?? null;
  const shown = highlightId !== null && messages.some((m) => m.id === highlightId);
  useEffect(() => {
    if (highlightId !== null) return;
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [count, props.live, props.pendingUserText, props.pending, props.approvals, highlightId]);
  useEffect(() => {
    if (!shown) return;
    document
      .querySelector(`[data-message-id="${highlightId}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [shown, highlightId]);

  // Undo is offered on the newest change, unless that change was itself an undo.
  let undoable = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role !== 'tool') continue;
    const r = readReceipt(m);
    if (r && isChange(r)) {
      if (r.tool !== 'undo_last_change') undoable = m.id;
      break;
    }
  }

  // An assistant line that only repeats the receipt above it, or the question in the card below, is
  // shown once.
  const repeats = (index: number, m: Message) => {
    if (m.role !== 'assistant' || m.id === highlightId) return false;
    if (props.pending && index === messages.length - 1 && m.content === props.pending.prompt)
      return true;
    const previous = messages[index - 1];
    const receipt = previous?.role === 'tool' ? readReceipt(previous) : null;
    return !!receipt && m.content.startsWith(`${receipt.summary}.`);
  };

  return (
    <div className="messages" role="log" aria-label="Conversation" aria-live="polite">
      {props.hasEarlier && (
        <button type="button" className="load-earlier" onClick={props.onLoadEarlier}>
          Load earlier messages
        </button>
      )}
      {messages.map((m, index) => {
        if (repeats(index, m)) return null;
        if (m.role === 'tool') {
          const r = readReceipt(m);
          if (!r || isQuietReceipt(r)) return null;
          return (
            <div key={m.id} className={`receipt${r.ok ? '' : ' failed'}`}>
              <span dir="auto">
                {r.ok ? '✓' : '!'} {r.summary}
              </span>
              {isExternalToolName(r.tool) && (
                <details className="tool-output">
                  <summary>What it was asked and answered</summary>
                  <pre aria-label="Asked with" dir="auto">
                    {JSON.stringify(r.args ?? {}, null, 2)}
                  </pre>
                  {r.output !== undefined && (
                    <pre aria-label="Answered" dir="auto">
                      {r.output}
                    </pre>
                  )}
                </details>
              )}
              {m.id === undoable && !props.busy && (
                <button type="button" className="link" onClick={props.onUndo}>
                  Undo
                </button>
              )}
            </div>
          );
        }
        // A press of Confirm, or the record of Cancel: what happened, not words typed.
        if (m.status === 'confirmed' || m.status === 'cancelled') {
          return (
            <div key={m.id} className="receipt" dir="auto">
              {m.status === 'confirmed' ? 'You pressed Confirm' : m.content}
            </div>
          );
        }
        return (
          <div
            key={m.id}
            className={`bubble ${m.role}${m.id === highlightId ? ' found' : ''}`}
            data-message-id={m.id}
          >
            <span className="visually-hidden">
              {m.role === 'user' ? 'You said:' : 'Assistant:'}
            </span>
            {m.role === 'assistant' ? (
              <Markdown text={m.content} />
            ) : (
              <div dir="auto">{m.content}</div>
            )}
            {m.status === 'stopped' && <span className="stopped-mark">Stopped</span>}
          </div>
        );
      })}
      {props.pendingUserText && (
        <div className="bubble user sending">
          <span className="visually-hidden">You said:</span>
          <div dir="auto">{props.pendingUserText}</div>
        </div>
      )}
      {props.live && (
        <div className="bubble assistant live">
          <Markdown text={props.live} />
        </div>
      )}
      {props.approvals?.map((a) => (
        <div key={a.id} className="confirm-card" role="group" aria-label="Allow this tool?">
          <p dir="auto">
            Use <strong>{a.tool}</strong> from {a.server}?
          </p>
          <pre className="tool-args" aria-label="With these details" dir="auto">
            {JSON.stringify(a.args, null, 2)}
          </pre>
          <div className="confirm-actions">
            <button
              type="button"
              className="primary"
              onClick={() => props.onApprove?.(a.id, 'allow')}
            >
              Allow
            </button>
            <button type="button" onClick={() => props.onApprove?.(a.id, 'always')}>
              Always allow
            </button>
            <button type="button" onClick={() => props.onApprove?.(a.id, 'deny')}>
              Deny
            </button>
          </div>
        </div>
      ))}
      {props.busy && !props.live && !props.approvals?.length && (
        <div className="typing" aria-label="Assistant is thinking">
          …
        </div>
      )}
      {props.pending && !props.busy && (
        <div className="confirm-card" role="group" aria-label="Confirmation needed">
          <p dir="auto">{props.pending.prompt}</p>
          <div className="confirm-actions">
            <button type="button" className="primary" onClick={() => props.onAnswer(true)}>
              Confirm
            </button>
            <button type="button" onClick={() => props.onAnswer(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div ref={endRef} />
    </div>
  );
}
