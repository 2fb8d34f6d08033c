import { describe, expect, it } from 'vitest';
import {
  parseState,
  STATE_CANDIDATES_MAX,
  STATE_SHOWN_MAX,
  storedState,
} from '../../electron/core/agent/conversation-state.ts';

describe('conversation state as stored', () => {
  it('stays small after a huge list, and keeps what a person can still point at', () => {
    const state = parseState(null);
    const ids = Array.from({ length: 100_000 }, (_, i) => i + 1);
    state.shown = ids;
    state.lastCandidates = ids;
    state.focus = [7];
    const stored = storedState(state);
    expect(stored.length).toBeLessThan(5_000);
    const back = parseState(stored);
    expect(back.shown).toEqual(ids.slice(0, STATE_SHOWN_MAX));
    expect(back.lastCandidates).toEqual([]); // "any of them"
    expect(back.focus).toEqual([7]);
  });

  it('keeps a short list of candidates as it is', () => {
    const state = parseState(null);
    state.lastCandidates = Array.from({ length: STATE_CANDIDATES_MAX }, (_, i) => i + 1);
    expect(parseState(storedState(state)).lastCandidates).toHaveLength(STATE_CANDIDATES_MAX);
  });
});
