import { describe, expect, it } from 'vitest';
import {
  greeting,
  help,
  nothingAsked,
  thanks,
} from '../../../../electron/core/agent/offline/intent/rules/small-talk.ts';
import { context } from '../rule-context.ts';

describe('rule: small talk', () => {
  it('greets, thanks and helps', () => {
    expect(greeting.extract('good morning', context())).toEqual({ type: 'greeting' });
    expect(thanks.extract("you're a lifesaver", context())).toEqual({ type: 'thanks' });
    expect(thanks.extract('thanks so much for your help earlier', context())).toEqual({
      type: 'thanks',
    });
    expect(help.extract('what can you do', context())).toEqual({ type: 'help' });
  });

  it.each(["Thank you, that's all for now", "no that's everything, cheers", "I'm done for today"])(
    'signs off: %s',
    (text) => {
      expect(thanks.extract(text, context())).toEqual({ type: 'thanks' });
    },
  );

  it('never swallows a request', () => {
    // ("that's it" alone may answer "which one?")
    expect(thanks.extract("that's it", context())).toBeUndefined();
    expect(thanks.extract('thanks, add milk', context())).toBeUndefined();
    expect(greeting.extract('hi, delete task 2', context())).toBeUndefined();
  });
});

describe('rule: nothing asked', () => {
  it.each([
    'just checking in really, nothing to change',
    'anyway, ignore me',
    'ok leave it for now',
    'no rush',
    "I'll get to it at some point",
  ])('%s changes nothing', (text) => {
    expect(nothingAsked.extract(text, context())).toEqual({ type: 'dismiss' });
  });

  it.each(['leave it as it is', 'leave it open', 'add no rush tickets'])(
    'leaves %s to others',
    (text) => {
      expect(nothingAsked.extract(text, context())).toBeUndefined();
    },
  );
});

describe('rule: nothing asked, a detail kept as it is', () => {
  it.each(['keep the tag', 'but leave the date as it is'])('%s', (text) => {
    expect(nothingAsked.extract(text, context({ lastAction: 'update' }, text))).toEqual({
      type: 'dismiss',
    });
  });
});
