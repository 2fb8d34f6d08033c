// OpenAI's ChatKit web component on our own backend. It can only appear when OpenAI's CDN is
// reachable (the component is loaded from there and checks its domain key online); otherwise we
// say so and keep the built-in chat, which does the same work offline.
import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useMemo, useState } from 'react';
import { CHATKIT_SCRIPT } from '../../../../electron/shared/content-security-policy.ts';
import { api } from '../../lib/api.ts';
import { chatKitOptions } from '../../lib/chatkit-bridge.ts';
import { ChatView } from './ChatView.tsx';

const LOAD_TIMEOUT_MS = 8000;

type LoadState = 'loading' | 'ready' | 'unavailable';

function loadChatKitScript(): Promise<void> {
  if (customElements.get('openai-chatkit')) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), LOAD_TIMEOUT_MS);
    const script = document.createElement('script');
    script.src = CHATKIT_SCRIPT;
    script.async = true;
    script.onerror = () => reject(new Error('failed'));
    document.head.append(script);
    void customElements.whenDefined('openai-chatkit').then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function ChatKitMounted() {
  const options = useMemo(
    () => chatKitOptions((input) => api.invoke('chatkit.request', input)),
    [],
  );
  const { control } = useChatKit(options);
  return <ChatKit control={control} className="chatkit" />;
}

export function ChatKitPanel() {
  const [state, setState] = useState<LoadState>(() =>
    navigator.onLine ? 'loading' : 'unavailable',
  );

  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    loadChatKitScript().then(
      () => live && setState('ready'),
      () => live && setState('unavailable'),
    );
    return () => {
      live = false;
    };
  }, [state]);

  if (state === 'ready') return <ChatKitMounted />;
  return (
    <div className="chatkit-fallback">
      <div className="notice" role="status">
        {state === 'loading'
          ? 'Loading the ChatKit view from OpenAI…'
          : "The ChatKit view can't load: it is fetched from OpenAI's servers, which also check this app's key, and they can't be reached right now. The built-in chat below works the same way, offline."}
      </div>
      <ChatView />
    </div>
  );
}
