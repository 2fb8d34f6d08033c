import { useCallback, useEffect, useState } from 'react';
import type { Conversation } from '../../../electron/shared/chat.ts';
import { api } from './api.ts';

/** The conversation list, newest first, kept fresh by chat.changed events. */
export function useConversations() {
  const [items, setItems] = useState<Conversation[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.invoke('conversations.list', { limit: 200 });
    if (result.ok) setItems(result.value.items);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    // Runs once on mount: the first load comes from the API, later ones from events.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
    return api.on('chat.changed', () => void refresh());
  }, [refresh]);

  return { items, error, refresh, clearError: () => setError(null) };
}
