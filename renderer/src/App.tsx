import { ChatPanel } from './components/chat/ChatPanel.tsx';
import { ConnectionBanner } from './components/ConnectionBanner.tsx';
import { RecoveryNotice } from './components/RecoveryNotice.tsx';
import { TaskSidebar } from './components/TaskSidebar.tsx';
import './App.css';

export function App() {
  return (
    <div className="app-shell">
      <ConnectionBanner />
      <RecoveryNotice />
      <div className="app">
        <TaskSidebar />
        <main className="main" aria-label="Assistant">
          <ChatPanel />
        </main>
      </div>
    </div>
  );
}
