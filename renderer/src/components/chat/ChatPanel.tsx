import { lazy, Suspense, useEffect, useState } from 'react';
import type { Settings } from '../../../../electron/shared/settings.ts';
import { api } from '../../lib/api.ts';
import { ChatView } from './ChatView.tsx';

// Loaded when first shown, so they don't delay the first frame.
const ChatKitPanel = lazy(() =>
  import('./ChatKitPanel.tsx').then((m) => ({ default: m.ChatKitPanel })),
);
const ModelSettings = lazy(() =>
  import('./ModelSettings.tsx').then((m) => ({ default: m.ModelSettings })),
);

/** The chat area: our own chat view, or OpenAI's ChatKit view on the same backend. */
export function ChatPanel() {
  const [view, setView] = useState<Settings['chatView'] | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    void api.invoke('settings.get', {}).then((r) => setView(r.ok ? r.value.chatView : 'builtin'));
  }, []);

  const choose = async (chatView: Settings['chatView']) => {
    const result = await api.invoke('settings.update', { chatView });
    if (!result.ok) return;
    // The page's security policy only lets OpenAI's script in when ChatKit is on: reload to apply.
    if (window.api) setView(chatView);
    else window.location.reload();
  };

  if (view === null) return null;
  return (
    <div className="chat-panel">
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
      <Suspense fallback={null}>
        {view === 'chatkit' ? <ChatKitPanel /> : <ChatView />}
        {settingsOpen && <ModelSettings onClose={() => setSettingsOpen(false)} />}
      </Suspense>
    </div>
  );
}
