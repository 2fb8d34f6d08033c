// Words turned back into plain text in the "New task" box stay so as the person goes on typing.
import { describe, expect, it } from 'vitest';
import { shiftSpans } from '../../renderer/src/lib/keep-ranges.ts';

const text = 'Pay rent tomorrow 9am p1';
const tomorrow = { start: 9, end: 17 };

describe('shiftSpans', () => {
  it('leaves a span alone when typing after it', () => {
    expect(shiftSpans([tomorrow], text, `${text} #home`)).toEqual([tomorrow]);
    expect(shiftSpans([tomorrow], text, text.replace('tomorrow', 'tomorrow!'))).toEqual([tomorrow]);
  });

  it('moves a span with its words when typing before it', () => {
    expect(shiftSpans([tomorrow], text, `Now: ${text}`)).toEqual([{ start: 14, end: 22 }]);
    expect(shiftSpans([tomorrow], text, text.replace('Pay rent', 'Pay'))).toEqual([
      { start: 4, end: 12 },
    ]);
  });

  it('drops a span the person edits inside', () => {
    expect(shiftSpans([tomorrow], text, text.replace('tomorrow', 'tomorow'))).toEqual([]);
    expect(shiftSpans([tomorrow], text, '')).toEqual([]);
  });
});
