// One new conversation with the assistant: each line said in turn (changes confirmed), the last
// reply returned.
import type { TempCore } from './temp-profile.ts';

export async function talk(core: TempCore, ...lines: string[]): Promise<string> {
  let conversationId: number | undefined;
  let reply = '';
  for (const text of lines) {
    const turn = await core.chat.say(
      text,
      conversationId
        ? { conversationId, autoConfirm: true }
        : { newConversation: true, autoConfirm: true },
    );
    conversationId = turn.conversationId;
    reply = turn.reply;
  }
  return reply;
}
