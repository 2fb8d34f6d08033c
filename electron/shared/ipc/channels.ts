// Channel and event names alone, with no runtime dependencies, so the sandboxed preload can check
// names without bundling the schemas. contract.ts must define exactly these (the types enforce it).
export const CHANNELS = [
  'app.info',
  'app.ping',
  'tasks.list',
  'tasks.page',
  'tasks.counts',
  'labels.list',
  'tasks.get',
  'tasks.create',
  'tasks.update',
  'tasks.setCompleted',
  'tasks.skip',
  'tasks.parseQuick',
  'tasks.quickAdd',
  'tasks.delete',
  'tasks.restore',
  'trash.page',
  'trash.purge',
  'trash.empty',
  'history.undo',
  'conversations.list',
  'conversations.create',
  'conversations.rename',
  'conversations.delete',
  'conversations.messages',
  'conversations.pending',
  'chat.send',
  'chat.answer',
  'chat.undo',
  'chat.cancel',
  'chatkit.request',
  'settings.get',
  'settings.update',
  'model.status',
  'model.setApiKey',
  'model.listModels',
  'model.test',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.salvage',
] as const;

export const EVENTS = ['tasks.changed', 'chat.changed', 'chat.delta', 'chatkit.event'] as const;

export type Channel = (typeof CHANNELS)[number];
export type EventName = (typeof EVENTS)[number];
