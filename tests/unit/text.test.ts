import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, codePointLength, truncate } from '../../electron/shared/text.ts';

describe('text is counted in code points', () => {
  it('an emoji is one character', () => {
    expect(codePointLength('😀☕a')).toBe(3);
    expect(clip('😀😀😀', 2)).toBe('😀😀');
    expect(truncate('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
  });

  it('cutting never splits a surrogate pair and never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(100), (s, max) => {
        const c = clip(s, max);
        expect(c.isWellFormed()).toBe(true);
        expect(codePointLength(c)).toBe(Math.min(max, codePointLength(s)));
        expect(s.startsWith(c)).toBe(true);
        if (max > 0) {
          const t = truncate(s, max);
          expect(t.isWellFormed()).toBe(true);
          expect(codePointLength(t)).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});
