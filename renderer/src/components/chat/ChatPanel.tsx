import { lazy, Suspense, useEffect, useState } from 'react';
import type { Settings } from '../../../../electron/shared/settings.ts';
import { useQuery } from '../../hooks/use-query.ts';
import { api } from '../../lib/api.ts';
import { onCommand } from '../../lib/commands.ts';
import { ErrorBanner } from '../ErrorBanner.tsx';
import './ChatPanel.css';

// Loaded when first shown, so they don't delay the task list's first frame (the chat view brings
// the receipt schemas, and with them zod).
const ChatView = lazy(() => import('./ChatView.tsx').then((m) => ({ default: m.ChatView })));
const ChatKitPanel = lazy(() =>
  import('./ChatKitPanel.tsx').then((m) => ({ default: m.ChatKitPanel })),
);
const ModelSettings = lazy(() =>
  import('./ModelSettings.tsx').then((m) => ({ default: m.ModelSettings })),
);

/** The chat area: our own chat view, or OpenAI's ChatKit view on the same backend. */
export function ChatPanel() {
  const settings = useQuery('settings.get', {});
  const [chosen, setView] = useState<Settings['chatView'] | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => onCommand('open-settings', () => setSettingsOpen(true)), []);
  // Settings that can't be read still leave the built-in chat usable.
  const view = chosen ?? settings.value?.chatView ?? (settings.error ? 'builtin' : null);

  const choose = async (chatView: Settings['chatView']) => {
    const result = await api.invoke('settings.update', { chatView });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    // The page's security policy only lets OpenAI's script in when ChatKit is on: reload to apply.
    if (window.api) setView(chatView);
    else window.location.reload();
  };

  if (view === null) return null;
  return (
    <div className="chat-panel">
      <ErrorBanner
        message={error ?? settings.error}
        onDismiss={() => {
          setError(null);
          settings.dismissError();
        }}
      />
      <div className="chat-toolbar">
        <fieldset className="view-switch">
          <legend className="visually-hidden">Chat view</legend>
          {(['builtin', 'chatkit'] as const).map((v) => (
            <label key={v} className={view === v ? 'selected' : undefined}>
              <input
                type="radio"
                name="chat-view"
                checked={view === v}
                onChange={() => void choose(v)}
              />
              {v === 'builtin' ? 'Built-in chat' : 'ChatKit (online)'}
            </label>
          ))}
        </fieldset>
        <button type="button" className="settings-button" onClick={() => setSettingsOpen(true)}>
          Assistant settings
        </button>
      </div>
      <Suspense fallback={null}>{view === 'chatkit' ? <ChatKitPanel /> : <ChatView />}</Suspense>
      {settingsOpen && (
        <Suspense fallback={null}>
          <ModelSettings onClose={() => setSettingsOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
