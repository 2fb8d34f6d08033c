// Things any view can ask another to do — the command palette's commands, a search result
// opened — without the views knowing about each other. A command sent before its view listens
// (the chat view loads lazily) waits for it.

export type ListName = 'today' | 'upcoming' | 'all' | 'pending' | 'completed';

export type AppCommand =
  | { kind: 'open-message'; conversationId: number; messageId: number }
  | { kind: 'new-conversation' }
  | { kind: 'new-task' }
  | { kind: 'show-list'; list: ListName }
  | { kind: 'open-settings' }
  | { kind: 'open-backups' }
  | { kind: 'open-exchange'; tab: 'export' | 'import' }
  | { kind: 'show-shortcuts' };

type Kind = AppCommand['kind'];
type Listener<K extends Kind> = (command: Extract<AppCommand, { kind: K }>) => void;
interface Entry {
  listener: Listener<Kind>;
  /** Only watches (a narrow window shows the side a command is for): the command still waits
   * for the view that carries it out. */
  observe: boolean;
}

const listeners = new Map<Kind, Set<Entry>>();
const waiting = new Map<Kind, AppCommand>();

export function runCommand(command: AppCommand): void {
  const entries = [...(listeners.get(command.kind) ?? [])];
  for (const { listener } of entries) listener(command as never);
  if (!entries.some((e) => !e.observe)) waiting.set(command.kind, command);
}

export function onCommand<K extends Kind>(
  kind: K,
  listener: Listener<K>,
  options: { observe?: boolean } = {},
): () => void {
  let set = listeners.get(kind);
  if (!set) listeners.set(kind, (set = new Set()));
  const entry: Entry = {
    listener: listener as unknown as Listener<Kind>,
    observe: options.observe ?? false,
  };
  set.add(entry);
  const held = waiting.get(kind);
  if (held && !entry.observe) {
    waiting.delete(kind);
    queueMicrotask(() => listener(held as never));
  }
  return () => {
    set.delete(entry);
  };
}
