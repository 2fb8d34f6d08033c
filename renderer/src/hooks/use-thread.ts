// One conversation's messages: the newest page first, earlier pages on demand, new messages as
// chat.changed events arrive, and the live text of a reply being written.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message, PendingConfirmation } from '../../../electron/shared/chat.ts';
import { THREAD_PAGE } from '../../../electron/shared/limits.ts';
import { api, connection } from '../lib/api.ts';

const PAGE = THREAD_PAGE;

export interface Thread {
  messages: Message[];
  hasEarlier: boolean;
  pending: PendingConfirmation | null;
  live: string | null;
  loadEarlier(): Promise<void>;
  /** Fetches what is new now, without waiting for an event. */
  refresh(): void;
  error: string | null;
  clearError(): void;
}

/** A thread from a page ending at one message down to the newest, with no gap. */
async function fetchAround(
  id: number,
  messageId: number,
): Promise<
  | { messages: Message[]; hasEarlier: boolean; pending: PendingConfirmation | null }
  | { error: string }
> {
  const first = await api.invoke('conversations.messages', {
    conversationId: id,
    beforeId: messageId + 1,
    limit: PAGE,
  });
  if (!first.ok) return { error: first.error.message };
  const messages = [...first.value.items];
  for (;;) {
    const last = messages[messages.length - 1]?.id ?? messageId;
    const next = await api.invoke('conversations.messages', {
      conversationId: id,
      afterId: last,
      limit: 500,
    });
    if (!next.ok) return { error: next.error.message };
    messages.push(...next.value.items);
    if (!next.value.hasMore || next.value.items.length === 0) break;
  }
  const pending = await api.invoke('conversations.pending', { conversationId: id });
  return { messages, hasEarlier: first.value.hasMore, pending: pending.ok ? pending.value : null };
}

/**
 * `around`: a message to show (a search result opened): the thread is loaded from a page ending
 * at it down to the newest message, instead of only the newest page.
 */
export function useThread(conversationId: number | null, around: number | null = null): Thread {
  const [state, setState] = useState<{
    id: number | null;
    messages: Message[];
    hasEarlier: boolean;
    pending: PendingConfirmation | null;
    live: string | null;
  }>({ id: null, messages: [], hasEarlier: false, pending: null, live: null });
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const catchUp = useCallback(async (id: number) => {
    const current = latest.current.id === id ? latest.current.messages : [];
    const lastId = current[current.length - 1]?.id;
    const [page, pending] = await Promise.all([
      api.invoke(
        'conversations.messages',
        lastId === undefined
          ? { conversationId: id, limit: PAGE }
          : { conversationId: id, afterId: lastId, limit: 500 },
      ),
      api.invoke('conversations.pending', { conversationId: id }),
    ]);
    if (!page.ok) return setError(page.error.message);
    setState((s) => {
      const base = s.id === id ? s.messages : [];
      const known = new Set(base.map((m) => m.id));
      const added = page.value.items.filter((m) => !known.has(m.id));
      const finished = added.some((m) => m.role === 'assistant');
      return {
        id,
        messages: [...base, ...added],
        hasEarlier: lastId === undefined ? page.value.hasMore : s.id === id && s.hasEarlier,
        pending: pending.ok ? pending.value : null,
        live: finished ? null : s.id === id ? s.live : null,
      };
    });
  }, []);

  useEffect(() => {
    if (conversationId === null || around === null) return;
    let current = true;
    void fetchAround(conversationId, around).then((loaded) => {
      if (!current) return;
      if ('error' in loaded) return setError(loaded.error);
      setState({ id: conversationId, ...loaded, live: null });
    });
    return () => {
      current = false;
    };
  }, [conversationId, around]);

  useEffect(() => {
    if (conversationId === null) return;
    // (a message to show loads its own part of the thread)
    if (around === null) void catchUp(conversationId);
    const offChanged = api.on('chat.changed', (e) => {
      if (e.conversationId === conversationId) void catchUp(conversationId);
    });
    const offDelta = api.on('chat.delta', (e) => {
      if (e.conversationId === conversationId) setState((s) => ({ ...s, live: e.text }));
    });
    // Back after the app restarted: what was said meanwhile (by the CLI, another window) shows.
    const offConnection = connection.subscribe((state) => {
      if (state === 'online') void catchUp(conversationId);
    });
    return () => {
      offChanged();
      offDelta();
      offConnection();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `around` only picks the first load
  }, [conversationId, catchUp]);

  const loadEarlier = useCallback(async () => {
    const s = latest.current;
    if (s.id === null || s.messages.length === 0) return;
    const page = await api.invoke('conversations.messages', {
      conversationId: s.id,
      beforeId: s.messages[0]!.id,
      limit: PAGE,
    });
    if (!page.ok) return setError(page.error.message);
    setState((cur) =>
      cur.id === s.id
        ? {
            ...cur,
            messages: [...page.value.items, ...cur.messages],
            hasEarlier: page.value.hasMore,
          }
        : cur,
    );
  }, []);

  const current = state.id === conversationId ? state : null;
  return {
    messages: current?.messages ?? [],
    hasEarlier: current?.hasEarlier ?? false,
    pending: current?.pending ?? null,
    live: current?.live ?? null,
    loadEarlier,
    refresh: () => {
      if (conversationId !== null) void catchUp(conversationId);
    },
    error,
    clearError: () => setError(null),
  };
}
