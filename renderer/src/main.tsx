import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { firstPageArrived } from './hooks/use-task-pages.ts';
import './styles.css';

// The first page of tasks is already on its way (asked for when its module loaded); rendering once
// it is here shows the list in the first frame instead of an empty one. A slow answer doesn't hold
// the app back for long.
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
const firstPageOrTimeout = Promise.race([firstPageArrived, new Promise((r) => setTimeout(r, 150))]);
void firstPageOrTimeout.then(render);
