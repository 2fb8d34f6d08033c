import { lazy, Suspense, useEffect, useState } from 'react';
import { ChatPanel } from './components/chat/ChatPanel.tsx';
import { ConnectionBanner } from './components/ConnectionBanner.tsx';
import { RecoveryNotice } from './components/RecoveryNotice.tsx';
import { ReminderToast } from './components/ReminderToast.tsx';
import { TaskSidebar } from './components/TaskSidebar.tsx';
import { useMediaQuery } from './hooks/use-media-query.ts';
import { isTyping } from './lib/keys.ts';
import { onReveal } from './lib/reveal.ts';
import './App.css';

const ShortcutSheet = lazy(() =>
  import('./components/ShortcutSheet.tsx').then((m) => ({ default: m.ShortcutSheet })),
);

/** Narrow windows (phones, a window snapped to a third of the screen): tasks and chat as tabs. */
const NARROW = '(max-width: 699px)';

export function App() {
  const narrow = useMediaQuery(NARROW);
  const [tab, setTab] = useState<'tasks' | 'chat'>('tasks');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  useEffect(() => {
    const focus = (label: string) =>
      setTimeout(() => document.querySelector<HTMLElement>(`[aria-label="${label}"]`)?.focus());
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (isTyping(document.activeElement) || document.querySelector('dialog[open]')) return;
      if (e.key === '?') {
        e.preventDefault();
        setShortcutsOpen(true);
      } else if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        setTab('tasks');
        focus('New task');
      } else if (e.key === '/') {
        e.preventDefault();
        setTab('chat');
        focus('Message');
      } else if (e.key === 'r' || e.key === 'R') {
        const reminder = document.querySelector<HTMLElement>('.reminder-toast .reminder button');
        if (!reminder) return;
        e.preventDefault();
        reminder.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // A task asked for is shown in the task list, which a narrow window may have hidden.
  useEffect(() => onReveal(() => setTab('tasks')), []);

  const shown = narrow ? tab : null;
  return (
    <div className="app-shell">
      <ConnectionBanner />
      <RecoveryNotice />
      {narrow && (
        <div className="view-tabs" role="tablist" aria-label="Show">
          {(['tasks', 'chat'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={tab === t}
              aria-controls={t === 'tasks' ? 'panel-tasks' : 'panel-chat'}
              title={t === 'tasks' ? 'Tasks (N)' : 'Chat (/)'}
              onClick={() => setTab(t)}
            >
              {t === 'tasks' ? 'Tasks' : 'Chat'}
            </button>
          ))}
        </div>
      )}
      <div className={`app${shown ? ` narrow show-${shown}` : ''}`}>
        <TaskSidebar onShowShortcuts={() => setShortcutsOpen(true)} />
        <main className="main" id="panel-chat" aria-label="Assistant">
          <ChatPanel />
        </main>
      </div>
      <ReminderToast />
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutSheet onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
