// The API: one function per contract channel. Electron main, the browser host, the CLI and the
// tests all call this same table; only the transport around it differs.
import type { Result } from '../shared/errors.ts';
import {
  type Channel,
  type ChannelOutput,
  contract,
  type ParsedInput,
} from '../shared/ipc/contract.ts';
import { APP_NAME } from '../shared/limits.ts';
import { toErrorInfo, validationMessage } from './errors-to-user.ts';
import type { Logger } from './log.ts';
import type { ChatService } from './chat/chat-service.ts';
import type { CoreEvents } from './events.ts';
import type { BackupService } from './db/backup-service.ts';
import type { ChatKitServer } from './chatkit/chatkit-server.ts';
import type { SettingsService } from './settings-service.ts';
import type { ModelService } from './agent/model/model-service.ts';
import { DEFAULT_MODEL_ID, type ModelFiles } from './agent/model/embedded/model-files.ts';
import path from 'node:path';
import type { SearchService } from './search/search-service.ts';
import type { ExchangeService } from './exchange/exchange-service.ts';
import type { TaskService } from './tasks/task-service.ts';
import type { ReminderService } from './time/reminders.ts';
import type { McpHost } from './mcp/mcp-host.ts';

export type HandlerTable = {
  [C in Channel]: (input: unknown) => Promise<Result<ChannelOutput<C>>>;
};

type Implementations = {
  [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface HandlerDeps {
  tasks: TaskService;
  reminders: ReminderService;
  clock: () => Date;
  chat: ChatService;
  chatkit: ChatKitServer;
  settings: SettingsService;
  model: ModelService;
  models: ModelFiles;
  backups: BackupService;
  search: SearchService;
  exchange: ExchangeService;
  mcp: McpHost;
  events: CoreEvents;
  logger: Logger;
  info: {
    version: string;
    userName: string;
    schemaVersion: number;
    recovery: { restoredBackupFrom: string | null; damagedCopy: string } | null;
  };
}

export function createHandlerTable({
  tasks,
  reminders,
  clock,
  chat,
  chatkit,
  settings,
  model,
  models,
  backups,
  search,
  exchange,
  mcp,
  events,
  logger,
  info,
}: HandlerDeps): HandlerTable {
  const quickOptions = (keep?: { start: number; end: number }[]) => {
    const { quickAddDates, dateOrder } = settings.get();
    return { dates: quickAddDates, dayFirst: dateOrder === 'day-first', ...(keep ? { keep } : {}) };
  };
  const impl: Implementations = {
    'app.info': () => ({ appName: APP_NAME, ...info }),
    'app.ping': () => ({}),
    'tasks.list': ({ status, ...more }) => tasks.list(status, more),
    'tasks.page': ({ status, offset, limit, ...more }) => tasks.page(status, offset, limit, more),
    'tasks.skip': ({ id }) => tasks.skip(id),
    'reminders.snooze': ({ id, for: span }) => reminders.snooze(id, span, clock()),
    'tasks.parseQuick': ({ text, keep }) => tasks.parseQuick(text, quickOptions(keep)),
    'tasks.quickAdd': ({ text, keep }) => tasks.quickAdd(text, quickOptions(keep)),
    'tasks.counts': () => tasks.counts(),
    'labels.list': () => tasks.labels(),
    'tasks.get': ({ id }) => tasks.get(id),
    'tasks.create': (input) => tasks.create(input),
    'tasks.update': (patch) => tasks.update(patch),
    'tasks.setCompleted': ({ id, completed }) => tasks.setCompleted(id, completed),
    'tasks.delete': ({ id }) => tasks.delete(id),
    'tasks.restore': ({ id }) => tasks.restore(id),
    'trash.page': ({ offset, limit }) => tasks.trashPage(offset, limit),
    'trash.purge': ({ id }) => tasks.purge(id),
    'trash.empty': () => tasks.emptyTrash(),
    'history.undo': () => tasks.undo(),
    'conversations.list': ({ limit, offset }) => chat.list(limit, offset),
    'conversations.create': ({ title }) => chat.create(title),
    'conversations.rename': ({ id, title }) => chat.rename(id, title),
    'conversations.delete': ({ id }) => chat.delete(id),
    'conversations.messages': ({ conversationId, beforeId, afterId, limit }) =>
      chat.messages(conversationId, { beforeId, afterId, limit }),
    'conversations.pending': ({ conversationId }) => chat.pending(conversationId),
    'chat.send': ({ conversationId, text, autoConfirm }) =>
      chat.say(text, { conversationId, autoConfirm: autoConfirm ?? false }),
    'chat.answer': ({ conversationId, accept }) => chat.answer(conversationId, accept),
    'chat.undo': ({ conversationId }) => chat.undo(conversationId),
    'chat.cancel': ({ conversationId }) => chat.cancel(conversationId),
    'chatkit.request': ({ body, requestId }) =>
      chatkit.handle(
        body,
        requestId ? (event) => events.emit('chatkit.event', { requestId, event }) : undefined,
      ),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'model.status': () => model.status(),
    'model.setApiKey': ({ apiKey }) => model.setApiKey(apiKey),
    'model.listModels': async () => ({ models: await model.listModels() }),
    'model.test': () => model.test(),
    'models.list': () => {
      const s = settings.get();
      const inUse = (fileName: string) =>
        s.provider === 'embedded' && s.modelPath === path.join(models.dir, fileName);
      const installed = models.installed().map((m) => ({ ...m, inUse: inUse(m.fileName) }));
      return {
        installed,
        downloads: models.downloads(),
        recommended: models.catalog().map((c) => ({
          id: c.id,
          label: c.label,
          fileName: c.fileName,
          sizeBytes: c.sizeBytes,
          note: c.note,
          isDefault: c.id === DEFAULT_MODEL_ID,
          installed: installed.some((m) => m.fileName === c.fileName),
        })),
      };
    },
    'models.download': (input) => models.start(models.spec(input)),
    'models.pause': ({ fileName }) => models.pause(fileName),
    'models.cancel': ({ fileName }) => models.cancel(fileName),
    'models.remove': ({ fileName }) => {
      const file = models.pathOf(fileName);
      if (settings.get().modelPath === file) {
        // Not answered by a file that is gone: the built-in assistant takes over.
        model.close();
        settings.update({ modelPath: '', provider: 'builtin' });
      }
      return models.remove(fileName);
    },
    'models.use': ({ fileName }) =>
      settings.update({ provider: 'embedded', modelPath: models.pathOf(fileName) }),
    'backups.list': () => ({ items: backups.list() }),
    'backups.create': () => backups.create(),
    'backups.restore': ({ id }) => backups.restore(id),
    'backups.salvage': ({ id }) => backups.salvage(id),
    search: ({ query, scope, limit }) => search.search(query, scope, limit),
    'exchange.export': (request) => exchange.deliver(request),
    'exchange.preview': ({ text, format, duplicates }) =>
      exchange.preview(text, format, duplicates),
    'exchange.import': ({ text, ...options }) => exchange.import(text, options),
    'mcp.list': () => ({ servers: mcp.list() }),
    'mcp.save': (input) => mcp.save(input),
    'mcp.remove': ({ id }) => mcp.remove(id),
    'mcp.import': ({ text }) => mcp.importClaude(text),
    'mcp.refresh': ({ id }) => mcp.refresh(id),
    'mcp.setTool': ({ serverId, tool, ...change }) => mcp.setTool(serverId, tool, change),
    'chat.approvals': ({ conversationId }) => ({ items: chat.approvals(conversationId) }),
    'chat.approve': ({ id, decision }) => chat.decide(id, decision),
  };

  const wrap = <C extends Channel>(channel: C) => {
    const schema = contract[channel].input;
    const run = impl[channel] as (input: unknown) => unknown;
    const failed = (err: unknown): Result<ChannelOutput<C>> => ({
      ok: false,
      error: toErrorInfo(err, logger, channel),
    });
    const succeeded = (value: unknown): Result<ChannelOutput<C>> => ({
      ok: true,
      value: value as ChannelOutput<C>,
    });
    // Not an async function: a synchronous handler's answer is ready without extra turns of the
    // event loop (most channels are synchronous SQLite calls).
    return (raw: unknown): Promise<Result<ChannelOutput<C>>> => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return Promise.resolve({
          ok: false,
          error: { code: 'VALIDATION', message: validationMessage(parsed.error) },
        });
      }
      try {
        const value = run(parsed.data);
        return value instanceof Promise
          ? value.then(succeeded, failed)
          : Promise.resolve(succeeded(value));
      } catch (err) {
        return Promise.resolve(failed(err));
      }
    };
  };

  return Object.fromEntries(
    (Object.keys(impl) as Channel[]).map((c) => [c, wrap(c)]),
  ) as HandlerTable;
}
