import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../../electron/shared/chat.ts';
import { CONVERSATION_PAGE } from '../../../electron/shared/limits.ts';
import { api, connection } from '../lib/api.ts';

/** The newest conversations (more on request), kept fresh by chat.changed events. */
export function useConversations() {
  const [items, setItems] = useState<Conversation[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const limit = useRef(CONVERSATION_PAGE);

  const refresh = useCallback(async () => {
    const result = await api.invoke('conversations.list', { limit: limit.current });
    if (result.ok) {
      setItems(result.value.items);
      setTotal(result.value.total);
    } else setError(result.error.message);
  }, []);

  const showMore = useCallback(() => {
    limit.current = Math.min(200, limit.current + CONVERSATION_PAGE);
    void refresh();
  }, [refresh]);

  useEffect(() => {
    // The first load comes from the API, later ones from events.
    void refresh();
    const offChanged = api.on('chat.changed', () => void refresh());
    // (and again when the page is back in touch after the app restarted)
    const offConnection = connection.subscribe((state) => state === 'online' && void refresh());
    return () => {
      offChanged();
      offConnection();
    };
  }, [refresh]);

  return {
    items,
    hasMore: items !== null && items.length < Math.min(total, 200),
    showMore,
    error,
    refresh,
    clearError: () => setError(null),
  };
}
