// Loading data for a view: the value, or the error in words to show (never dropped), and a way
// to load it again.
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../electron/shared/errors.ts';
import type {
  Channel,
  ChannelInput,
  ChannelOutput,
} from '../../../electron/shared/ipc/contract.ts';
import { api } from '../lib/api.ts';

export interface Query<C extends Channel> {
  value: ChannelOutput<C> | null;
  error: string | null;
  reload: () => Promise<void>;
  dismissError: () => void;
}

export function useQuery<C extends Channel>(channel: C, input: ChannelInput<C>): Query<C> {
  const [value, setValue] = useState<ChannelOutput<C> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  const apply = useCallback((result: Result<ChannelOutput<C>>) => {
    if (result.ok) {
      setValue(result.value);
      setError(null);
    } else setError(result.error.message);
  }, []);
  const reload = useCallback(
    async () => apply(await api.invoke(channel, JSON.parse(key) as ChannelInput<C>)),
    [apply, channel, key],
  );
  useEffect(() => {
    let live = true;
    void api
      .invoke(channel, JSON.parse(key) as ChannelInput<C>)
      .then((result) => live && apply(result));
    return () => {
      live = false;
    };
  }, [apply, channel, key]);
  return { value, error, reload, dismissError: () => setError(null) };
}
