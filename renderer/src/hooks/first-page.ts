// The first page of the task list is asked for before anything else on the page runs (main.tsx
// imports this module first, ahead of React), so it travels while React loads and starts. When it
// is back before the list first renders, that render shows it: no empty frame, no second request.
import type { ChannelOutput } from '../../../electron/shared/ipc/contract.ts';
import { api } from '../lib/api.ts';
import { PAGE_SIZE } from './task-pages-state.ts';

type Request = ReturnType<typeof api.invoke<'tasks.page'>>;

let request: Request | null = api.invoke('tasks.page', {
  status: 'all',
  offset: 0,
  limit: PAGE_SIZE,
});
let arrived: ChannelOutput<'tasks.page'> | null = null;
void request.then((result) => {
  if (result.ok && request) arrived = result.value;
});

/** The first page of all tasks if it has already arrived; it is handed out once. */
export function takeArrivedFirstPage(): ChannelOutput<'tasks.page'> | null {
  const page = arrived;
  if (page) request = arrived = null;
  return page;
}

/** The request for the first page of all tasks while it is on its way; handed out once. */
export function takeFirstPageRequest(): Request | null {
  const pending = request;
  request = arrived = null;
  return pending;
}
