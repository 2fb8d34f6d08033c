import { ChatView } from './components/chat/ChatView.tsx';
import { TaskSidebar } from './components/TaskSidebar.tsx';

export function App() {
  return (
    <div className="app">
      <TaskSidebar />
      <main className="main" aria-label="Assistant">
        <ChatView />
      </main>
    </div>
  );
}
