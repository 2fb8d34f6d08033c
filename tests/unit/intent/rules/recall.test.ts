import { describe, expect, it } from 'vitest';
import {
  recall,
  searchWords,
} from '../../../../electron/core/agent/offline/intent/rules/recall.ts';
import { context } from '../rule-context.ts';

describe('rule: recall', () => {
  it.each([
    ['what did I say about the landlord', 'the landlord'],
    ['what did we talk about regarding Lisbon', 'Lisbon'],
    ['remind me what I said about the gate code', 'the gate code'],
    ['when did I mention the plumber', 'the plumber'],
    ['did I ever bring up the vet', 'the vet'],
    ['have I said anything about the deposit before', 'the deposit'],
    ["what's been said about the keys", 'the keys'],
    ['search my chats for "gate code"', 'gate code'],
    ['look through our old messages for the invoice number', 'the invoice number'],
    ['find the message about the keys', 'the keys'],
    ['show me the conversation where I mentioned Ana', 'Ana'],
    ['what did you say about the dentist earlier', 'the dentist'],
  ])('reads %s', (text, words) => {
    expect(recall.extract(text, context())).toEqual({ type: 'recall', text: words });
  });

  it.each([
    'find my tasks about the trip',
    'what did I say',
    'what did you do',
    'what did I say about it',
    'anything about the car',
    'add a task to say hi to Ana',
  ])('leaves %s to other rules', (text) => {
    expect(recall.extract(text, context())).toBeUndefined();
  });

  it('searches for the words that carry meaning', () => {
    expect(searchWords('the keys to the flat')).toBe('keys flat');
    expect(searchWords('"the keys"')).toBe('"the keys"');
    expect(searchWords('the')).toBe('the');
  });
});
