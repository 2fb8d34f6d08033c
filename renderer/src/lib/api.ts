// The renderer's only way to the app: the Electron preload bridge when present, otherwise the
// browser host over loopback (token from the launch URL).
import type { Result } from '../../../electron/shared/errors.ts';
import type {
  Bridge,
  Channel,
  ChannelInput,
  ChannelOutput,
  EventName,
  EventPayload,
} from '../../../electron/shared/ipc/contract.ts';

declare global {
  interface Window {
    api?: Bridge;
  }
}

const TOKEN_KEY = 'task-assistant.token';

const unavailable = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'UNAVAILABLE', message },
});

function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the secret out of history, bookmarks and screenshots; reloads use sessionStorage.
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * Whether the page can reach the app: `reconnecting` while it can't (the host is restarting),
 * `expired` when the host that answers now is a different launch with another token.
 */
export type Connection = 'online' | 'reconnecting' | 'expired';
const connectionListeners = new Set<(state: Connection) => void>();
let connectionState: Connection = 'online';
function setConnection(state: Connection) {
  if (state === connectionState) return;
  connectionState = state;
  for (const listener of connectionListeners) listener(state);
}
export const connection = {
  get: () => connectionState,
  subscribe(listener: (state: Connection) => void): () => void {
    connectionListeners.add(listener);
    return () => connectionListeners.delete(listener);
  },
};

function browserHostBridge(): Bridge {
  const token = takeToken();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | undefined;

  const dispatch = (event: EventName, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) (listener as (p: unknown) => void)(payload);
  };

  const connect = () => {
    if (source || !token) return;
    const opened = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source = opened;
    opened.addEventListener('open', () => {
      setConnection('online');
      // Changes made before the stream (re)connected were not pushed: tell views to refresh.
      dispatch('tasks.changed', { reason: 'updated', ids: [] });
    });
    opened.addEventListener('error', () => {
      if (connectionState === 'online') setConnection('reconnecting');
      // The browser retries a dropped stream by itself; one the server refused is closed for
      // good, so this page opens a new one a little later (and learns if its link expired).
      if (opened.readyState !== EventSource.CLOSED) return;
      source = undefined;
      registered.clear();
      setTimeout(() => {
        void fetch('/api/call/app.ping', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: '{}',
        })
          .then((r) => (r.status === 401 ? setConnection('expired') : undefined))
          .catch(() => undefined)
          .finally(() => {
            if (connectionState !== 'expired') for (const event of listeners.keys()) listen(event);
          });
      }, 1500);
    });
  };
  const registered = new Set<EventName>();
  const listen = (event: EventName) => {
    connect();
    if (!source || registered.has(event)) return;
    registered.add(event);
    source.addEventListener(event, (e) => dispatch(event, JSON.parse((e as MessageEvent).data)));
  };

  return {
    async invoke<C extends Channel>(
      channel: C,
      input: ChannelInput<C>,
    ): Promise<Result<ChannelOutput<C>>> {
      if (!token) {
        return unavailable('This page has no access token. Open the link the app printed.');
      }
      let response: Response;
      try {
        response = await fetch(`/api/call/${channel}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        if (connectionState === 'online') setConnection('reconnecting');
        return unavailable("Can't reach Task Assistant. Is it still running?");
      }
      if (response.status === 401) {
        setConnection('expired');
        return unavailable('This page is from an earlier launch. Open the link the app printed.');
      }
      try {
        return (await response.json()) as Result<ChannelOutput<C>>;
      } catch {
        return unavailable('Task Assistant sent an answer this page could not read.');
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      listen(event);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}

/**
 * The desktop app (Electron's preload bridge) rather than the browser host: there the main process
 * shows reminders as system notifications, so the page only shows the task one points to.
 */
export const isDesktop = window.api !== undefined;

export const api: Bridge = window.api ?? browserHostBridge();
