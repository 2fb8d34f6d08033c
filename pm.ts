import { parseMessage } from './electron/core/agent/offline/intent/parse.ts';
const [text, lastAction, lastAsked] = process.argv.slice(2);
const dialogue: any = { awaitingChoice: false, lastAction: lastAction || null, lastAsked: lastAsked || null, awaitingValue: null, lastTimed: process.env.T === '1' };
console.log(JSON.stringify(parseMessage(text!, dialogue), null, 1));
