import type { Engine } from '../../electron/core/agent/engine.ts';
import { ToolRunner } from '../../electron/core/agent/tool-runner.ts';
import { ChatService } from '../../electron/core/chat/chat-service.ts';
import { ConversationRepository } from '../../electron/core/chat/conversation-repository.ts';
import { silentLogger } from '../../electron/core/log.ts';
import type { TempCore } from './temp-profile.ts';

/** The real chat runtime on a profile, answered by the engine a test chooses. */
export function chatWithEngine(core: TempCore, engine: Engine): ChatService {
  const repo = new ConversationRepository(core.db, core.account.userId);
  return new ChatService({
    repo,
    tasks: core.tasks,
    tools: new ToolRunner(core.tasks, silentLogger, core.search),
    search: core.search,
    engine,
    events: core.events,
    logger: silentLogger,
  });
}
