import { lazy, Suspense, useEffect, useState } from 'react';
import { ChatPanel } from './components/chat/ChatPanel.tsx';
import { ConnectionBanner } from './components/ConnectionBanner.tsx';
import { RecoveryNotice } from './components/RecoveryNotice.tsx';
import { ReminderToast } from './components/ReminderToast.tsx';
import { TaskSidebar } from './components/TaskSidebar.tsx';
import { useMediaQuery } from './hooks/use-media-query.ts';
import { isTyping } from './lib/keys.ts';
import { onReveal } from './lib/reveal.ts';
import { onCommand } from './lib/commands.ts';
import './App.css';

const CommandPalette = lazy(() =>
  import('./components/CommandPalette.tsx').then((m) => ({ default: m.CommandPalette })),
);
const ShortcutSheet = lazy(() =>
  import('./components/ShortcutSheet.tsx').then((m) => ({ default: m.ShortcutSheet })),
);

/** Narrow windows (phones, a window snapped to a third of the screen): tasks and chat as tabs. */
const NARROW = '(max-width: 699px)';

export function App() {
  const narrow = useMediaQuery(NARROW);
  const [tab, setTab] = useState<'tasks' | 'chat'>('tasks');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);

  useEffect(() => {
    const focus = (label: string) =>
      setTimeout(() => document.querySelector<HTMLElement>(`[aria-label="${label}"]`)?.focus());
    const onKey = (e: KeyboardEvent) => {
      // Ctrl/Cmd+K: search and commands, from anywhere (even while typing).
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        if (document.querySelector('dialog[open]:not(.palette)')) return;
        e.preventDefault();
        setPaletteOpen((open) => !open);
        return;
      }
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
  useEffect(() => {
    const offs = [
      onCommand('show-shortcuts', () => setShortcutsOpen(true)),
      // Commands for one side show that side in a narrow window.
      ...(['new-task', 'show-list', 'open-backups', 'open-exchange'] as const).map((kind) =>
        onCommand(kind, () => setTab('tasks'), { observe: true }),
      ),
      ...(['new-conversation', 'open-message'] as const).map((kind) =>
        onCommand(kind, () => setTab('chat'), { observe: true }),
      ),
    ];
    return () => offs.forEach((off) => off());
  }, []);

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
      {paletteOpen && (
        <Suspense fallback={null}>
          <CommandPalette onClose={() => setPaletteOpen(false)} />
        </Suspense>
      )}
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutSheet onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
