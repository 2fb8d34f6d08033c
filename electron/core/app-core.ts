// Opens a profile and assembles everything a host needs: the handler table and the event stream.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { watchExternalChanges } from './db/external-changes.ts';
import { openProfileDatabase } from './db/open-database.ts';
import { BackupService } from './db/backup-service.ts';
import type { RecoveryReport } from './db/backups.ts';
import { readMigrations } from './db/migrations.ts';
import { checkpointWhenIdle } from './db/idle-checkpoint.ts';
import { OfflineAssistant } from './agent/offline/offline-assistant.ts';
import { ToolRunner } from './agent/tool-runner.ts';
import { ChatService } from './chat/chat-service.ts';
import { ConversationRepository } from './chat/conversation-repository.ts';
import { ChatKitServer } from './chatkit/chatkit-server.ts';
import { SettingsService } from './settings-service.ts';
import { ModelService, type ModelServiceOptions } from './agent/model/model-service.ts';
import type { ModelProcess } from './agent/model/embedded/local-model.ts';
import { type CatalogModel, ModelFiles } from './agent/model/embedded/model-files.ts';
import { environmentSecrets, type SecretStore } from './secrets.ts';
import type { Settings } from '../shared/settings.ts';
import { CoreEvents } from './events.ts';
import { createHandlerTable, type HandlerTable } from './handlers.ts';
import { fileLogger, type Logger } from './log.ts';
import { currentOsAccount, type OsAccount } from './profile/os-account.ts';
import { claimProfileDir, type ProfilePaths, profilePaths } from './profile/profile-paths.ts';
import { TaskRepository } from './tasks/task-repository.ts';
import { TaskService } from './tasks/task-service.ts';
import { SearchService } from './search/search-service.ts';
import { ExchangeService } from './exchange/exchange-service.ts';
import { TrashRepository } from './tasks/trash-repository.ts';
import { UndoHistory } from './tasks/undo-history.ts';
import { type Reminder, ReminderService, scheduleReminders } from './time/reminders.ts';
import { McpHost } from './mcp/mcp-host.ts';
import { markClosedCleanly } from './db/clean-close.ts';

export interface CoreOptions {
  profileDir: string;
  /** The app's own data folder (the default profile, Electron's userData), rather than a folder
   * someone named: that one is used even when it holds other files. */
  appFolder?: boolean;
  migrationsDir: string;
  appVersion: string;
  account?: OsAccount;
  logger?: Logger;
  /** Where API keys come from: safeStorage in Electron, OPENAI_API_KEY elsewhere. */
  secrets?: SecretStore;
  /** The CLI's --provider/--base-url/--model for this run. */
  modelOverride?: Partial<Pick<Settings, 'provider' | 'baseUrl' | 'model' | 'modelPath'>>;
  /** Where a built-in model runs (Electron: a utility process; elsewhere a worker thread). */
  spawnModel?: () => ModelProcess;
  /** The built-in model's processor and, for tests, its sampling. */
  embeddedModel?: ModelServiceOptions['embedded'];
  /** The models offered for download (tests: a local server's). */
  modelCatalog?: CatalogModel[];
  /** Bytes free for models (tests pretend a small disk). */
  modelsFreeBytes?: (dir: string) => number;
  modelTimeoutMs?: number;
  modelMaxRetries?: number;
  /** Hosts that run for a while checkpoint the write-ahead log between requests, this often. */
  idleCheckpointMs?: number;
  /** Hosts that run for a while back up on this period (only when something changed). */
  backupEveryMs?: number;
  /** False for the CLI: its task commands don't become steps of the shared undo history. */
  undoAppChanges?: boolean;
  /** Hosts that show tasks to people watch for writes by other processes; one-shot tools don't. */
  watchExternalChanges?: boolean;
  /** What time it is (tests set a fixed day for due dates and repeats). */
  clock?: () => Date;
  /**
   * Hosts that show reminders: checked this often, handed to `deliver` (which says whether
   * anyone saw them: a browser host with no page open keeps them for later) and announced to
   * every window as `reminders.due`.
   */
  reminders?: { deliver: (reminders: Reminder[]) => boolean; everyMs?: number };
  /**
   * Hosts with windows: a call to another app's tool set to "ask" waits for Allow or Deny there.
   * Without (the CLI), such a call is declined unless --yes.
   */
  askApprovals?: boolean;
}

export interface Core {
  handlers: HandlerTable;
  events: CoreEvents;
  tasks: TaskService;
  reminders: ReminderService;
  chat: ChatService;
  chatkit: ChatKitServer;
  settings: SettingsService;
  model: ModelService;
  models: ModelFiles;
  backups: BackupService;
  search: SearchService;
  exchange: ExchangeService;
  mcp: McpHost;
  /** Set when the database was found damaged at start and a backup was put in its place. */
  recovery: RecoveryReport | null;
  paths: ProfilePaths;
  account: OsAccount;
  db: Database.Database;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  // A folder that isn't a profile is refused before anything in it is touched (even a log).
  claimProfileDir(options.profileDir, { appFolder: options.appFolder ?? false });
  const paths = profilePaths(options.profileDir);
  const account = options.account ?? currentOsAccount();
  const logger = options.logger ?? fileLogger(paths.logs);
  const { db, schemaVersion, recovery } = openProfileDatabase(
    paths,
    options.migrationsDir,
    account,
    logger,
  );
  const events = new CoreEvents();
  const conversations = new ConversationRepository(db, account.userId);
  const tasks = new TaskService({
    conversations,
    repo: new TaskRepository(db, account.userId),
    trash: new TrashRepository(db, account.userId),
    history: new UndoHistory(db, account.userId),
    events,
    undoAppChanges: options.undoAppChanges ?? true,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  try {
    const expired = tasks.expireOld();
    if (expired.trash) logger.info(`emptied ${expired.trash} tasks kept in the Trash 30 days`);
  } catch (err) {
    logger.error('could not empty the old Trash', err); // tried again at the next start
  }
  const search = new SearchService(db, account.userId, options.clock);
  const settings = new SettingsService(db);
  const model = new ModelService({
    settings,
    secrets: options.secrets ?? environmentSecrets(),
    offline: new OfflineAssistant(),
    logger,
    ...(options.modelOverride ? { override: options.modelOverride } : {}),
    ...(options.modelTimeoutMs ? { timeoutMs: options.modelTimeoutMs } : {}),
    ...(options.modelMaxRetries !== undefined ? { maxRetries: options.modelMaxRetries } : {}),
    ...(options.spawnModel ? { spawnModel: options.spawnModel } : {}),
    ...(options.embeddedModel ? { embedded: options.embeddedModel } : {}),
  });
  const models = new ModelFiles({
    dir: paths.models,
    events,
    logger,
    ...(options.modelCatalog ? { catalog: options.modelCatalog } : {}),
    ...(options.modelsFreeBytes ? { freeBytes: options.modelsFreeBytes } : {}),
  });
  const mcp = new McpHost(db, events, logger);
  const chat = new ChatService({
    mcp,
    askApprovals: options.askApprovals ?? false,
    repo: conversations,
    tasks,
    tools: new ToolRunner(tasks, logger, search),
    search,
    engine: () => model.engine(),
    events,
    logger,
    dayFirst: () => settings.get().dateOrder === 'day-first',
    dateOrderChosen: () => settings.chosen('dateOrder'),
  });
  try {
    const interrupted = chat.markInterruptedTurns();
    if (interrupted.length) logger.info(`marked ${interrupted.length} interrupted replies`);
  } catch (err) {
    logger.error('could not mark interrupted replies', err); // tried again at the next start
  }
  const chatkit = new ChatKitServer(chat, events);
  const backups = new BackupService({
    db,
    dir: paths.backups,
    migrations: readMigrations(options.migrationsDir),
    userId: account.userId,
    events,
    logger,
  });
  const stopBackups = options.backupEveryMs ? backups.schedule(options.backupEveryMs) : () => {};
  const stopCheckpoints = options.idleCheckpointMs
    ? checkpointWhenIdle(db, options.idleCheckpointMs)
    : () => {};
  const clock = options.clock ?? (() => new Date());
  const reminders = new ReminderService(db, account.userId, () => settings.get().reminderTime);
  const stopReminders = options.reminders
    ? scheduleReminders(
        reminders,
        (due) => {
          if (!options.reminders!.deliver(due)) return false;
          events.emit('reminders.due', { reminders: due });
          return true;
        },
        {
          clock,
          ...(options.reminders.everyMs ? { everyMs: options.reminders.everyMs } : {}),
          onError: (err) => logger.error('could not check reminders', err),
        },
      ).stop
    : () => {};
  const exchange = new ExchangeService({
    db,
    file: paths.database,
    userId: account.userId,
    tasks,
    events,
    clock,
  });
  const handlers = createHandlerTable({
    search,
    exchange,
    mcp,
    reminders,
    clock,
    settings,
    model,
    models,
    backups,
    events,
    tasks,
    chat,
    chatkit,
    logger,
    info: {
      version: options.appVersion,
      userName: account.username,
      schemaVersion,
      // The backup's id (its file name), never a path.
      recovery: recovery && {
        restoredBackupFrom: recovery.restoredBackupFrom,
        damagedCopy: path.basename(recovery.damagedCopy),
      },
    },
  });
  const stopWatching = options.watchExternalChanges ? watchExternalChanges(db, events) : () => {};
  return {
    handlers,
    events,
    tasks,
    reminders,
    chat,
    chatkit,
    settings,
    model,
    models,
    paths,
    account,
    db,
    recovery,
    backups,
    search,
    exchange,
    mcp,
    close: () => {
      void mcp.close();
      stopWatching();
      stopBackups();
      stopReminders();
      stopCheckpoints();
      model.close();
      models.close();
      if (db.open) {
        db.close();
        markClosedCleanly(paths.database);
      }
    },
  };
}
