import { TaskSidebar } from './components/TaskSidebar.tsx';

export function App() {
  return (
    <div className="app">
      <TaskSidebar />
      <main className="main" aria-label="Assistant">
        <h2>Assistant</h2>
        <p className="muted">
          Chat with your tasks will live here. For now, manage them in the sidebar.
        </p>
      </main>
    </div>
  );
}
