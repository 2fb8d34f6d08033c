import { useEffect, useState } from 'react';
import type { TurnResult } from '../../../../electron/shared/chat.ts';
import type { ToolApproval } from '../../../../electron/shared/mcp.ts';
import type { Result } from '../../../../electron/shared/errors.ts';
import { api } from '../../lib/api.ts';
import { onCommand } from '../../lib/commands.ts';
import { exportFile } from '../../lib/export-file.ts';
import { useConversations } from '../../hooks/use-conversations.ts';
import { useThread } from '../../hooks/use-thread.ts';
import { ErrorBanner } from '../ErrorBanner.tsx';
import { Composer } from './Composer.tsx';
import { ConversationList } from './ConversationList.tsx';
import { MessageList } from './MessageList.tsx';
import './ChatView.css';

export function ChatView() {
  const conversations = useConversations();
  const [chosen, setChosen] = useState<number | null | undefined>(undefined);
  // Until the person picks, show their most recent conversation.
  const selectedId = chosen === undefined ? (conversations.items?.[0]?.id ?? null) : chosen;
  // A message opened from search: shown in its place, highlighted, until something is sent.
  const [found, setFound] = useState<number | null>(null);
  const thread = useThread(selectedId, found);
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Calls to other apps' tools waiting for the person, by conversation.
  const [approvals, setApprovals] = useState<Record<number, ToolApproval[]>>({});
  useEffect(() => {
    void api.invoke('chat.approvals', {}).then((r) => {
      if (!r.ok) return;
      const all: Record<number, ToolApproval[]> = {};
      for (const a of r.value.items) (all[a.conversationId] ??= []).push(a);
      setApprovals(all);
    });
    return api.on('chat.approval', ({ conversationId, approvals: waiting }) =>
      setApprovals((all) => ({ ...all, [conversationId]: waiting })),
    );
  }, []);
  // A new conversation's first turn: its id isn't chosen yet, so any waiting card is shown.
  const shownApprovals =
    selectedId === null
      ? sending !== null
        ? Object.values(approvals).flat()
        : []
      : (approvals[selectedId] ?? []);
  // Under 1100 px the conversation list is a menu opened from the thread's header.
  const [listOpen, setListOpen] = useState(false);
  useEffect(() => {
    const offs = [
      onCommand('open-message', ({ conversationId, messageId }) => {
        setChosen(conversationId);
        setFound(messageId);
        setListOpen(false);
      }),
      onCommand('new-conversation', () => {
        setChosen(null);
        setFound(null);
        setTimeout(() => document.querySelector<HTMLElement>('[aria-label="Message"]')?.focus());
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  const run = async (call: () => Promise<Result<TurnResult>>, text: string | null) => {
    setFound(null);
    setBusy(true);
    setSending(text);
    setError(null);
    const result = await call();
    setBusy(false);
    setSending(null);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    if (result.value.conversationId === selectedId) thread.refresh();
    setChosen(result.value.conversationId);
    void conversations.refresh();
    return true;
  };

  const send = (text: string) =>
    run(
      () =>
        api.invoke(
          'chat.send',
          selectedId === null ? { text } : { conversationId: selectedId, text },
        ),
      text,
    );

  const title = conversations.items?.find((c) => c.id === selectedId)?.title ?? 'New conversation';

  return (
    <div
      className={`chat${listOpen ? ' list-open' : ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && listOpen) {
          setListOpen(false);
          document.getElementById('conversations-toggle')?.focus();
        }
      }}
    >
      <ConversationList
        items={conversations.items}
        hasMore={conversations.hasMore}
        onShowMore={conversations.showMore}
        selectedId={selectedId}
        onSelect={(id) => {
          setChosen(id);
          setFound(null);
          setListOpen(false);
        }}
        onError={setError}
      />
      <section className="thread" aria-label="Chat">
        <header className="thread-header">
          <button
            type="button"
            id="conversations-toggle"
            className="conversations-toggle"
            aria-expanded={listOpen}
            aria-controls="conversation-list"
            onClick={() => setListOpen((open) => !open)}
          >
            ☰ <span className="visually-hidden">Conversations</span>
          </button>
          <h2 dir="auto">{title}</h2>
          {selectedId !== null && (
            <button
              type="button"
              className="link export-conversation"
              title="Save this conversation as Markdown"
              onClick={() =>
                void exportFile({
                  format: 'markdown',
                  scope: 'conversations',
                  conversationId: selectedId,
                }).then((said) => said?.error && setError(said.text))
              }
            >
              Export
            </button>
          )}
        </header>
        {selectedId === null && !sending && (
          <div className="chat-empty">
            <p>Tell me what to do with your tasks — it works offline.</p>
            <p className="muted">
              Try “Add a task to buy groceries”, “What’s pending?” or “Mark task 1 as done”.
            </p>
          </div>
        )}
        <MessageList
          messages={thread.messages}
          highlightId={found}
          approvals={shownApprovals}
          onApprove={(id, decision) =>
            void api
              .invoke('chat.approve', { id, decision })
              .then((r) => !r.ok && setError(r.error.message))
          }
          pendingUserText={sending}
          live={thread.live}
          pending={thread.pending}
          hasEarlier={thread.hasEarlier}
          busy={busy}
          onLoadEarlier={() => void thread.loadEarlier()}
          onAnswer={(accept) =>
            selectedId !== null &&
            void run(() => api.invoke('chat.answer', { conversationId: selectedId, accept }), null)
          }
          onUndo={() =>
            selectedId !== null &&
            void run(() => api.invoke('chat.undo', { conversationId: selectedId }), null)
          }
        />
        <ErrorBanner
          message={error ?? thread.error ?? conversations.error}
          onDismiss={() => {
            setError(null);
            thread.clearError();
            conversations.clearError();
          }}
        />
        <Composer
          busy={busy}
          onSend={send}
          onStop={() =>
            selectedId !== null && void api.invoke('chat.cancel', { conversationId: selectedId })
          }
        />
      </section>
    </div>
  );
}
