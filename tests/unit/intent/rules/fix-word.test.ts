import { describe, expect, it } from 'vitest';
import { fixWord } from '../../../../electron/core/agent/offline/intent/rules/fix-word.ts';
import { context } from '../rule-context.ts';

describe('rule: fix-word', () => {
  it.each([
    [
      'it should say Jonathan not Jon',
      { type: 'update', ref: { kind: 'words', text: 'Jon' }, replace: ['Jon', 'Jonathan'] },
    ],
    [
      'tomatoes is misspelt',
      { type: 'update', ref: { kind: 'words', text: 'tomatoes' }, fix: 'tomatoes' },
    ],
    [
      'fix the spelling of restaurant in the first one',
      { type: 'update', ref: { kind: 'positions', positions: [1] }, fix: 'restaurant' },
    ],

    [
      "there's a typo in the bread task",
      { type: 'update', ref: { kind: 'words', text: 'the bread task' }, ask: 'title' },
    ],

    [
      "it's spelled Siobhan not Shivon",
      { type: 'update', ref: { kind: 'words', text: 'Shivon' }, replace: ['Shivon', 'Siobhan'] },
    ],
    [
      "can you correct 'Orgainse files' — it's organise",
      { type: 'update', ref: { kind: 'quoted', text: 'Orgainse files' }, fix: 'organise' },
    ],

    [
      'lamintor is spelled wrong, should be laminator',
      {
        type: 'update',
        ref: { kind: 'words', text: 'lamintor' },
        replace: ['lamintor', 'laminator'],
      },
    ],
    [
      'I typed bus pas, it should be bus pass',
      { type: 'update', ref: { kind: 'words', text: 'bus pas' }, replace: ['bus pas', 'bus pass'] },
    ],

    [
      'I misspelled geraniums in the first task',
      { type: 'update', ref: { kind: 'positions', positions: [1] }, fix: 'geraniums' },
    ],
    [
      'I spelled groomer wrong, can you fix it',
      { type: 'update', ref: { kind: 'words', text: 'groomer' }, fix: 'groomer' },
    ],
    [
      'typo in runing, pls fix to running',
      { type: 'update', ref: { kind: 'words', text: 'runing' }, replace: ['runing', 'running'] },
    ],
    [
      'fix regiser, should be register',
      { type: 'update', ref: { kind: 'words', text: 'regiser' }, replace: ['regiser', 'register'] },
    ],
    [
      'There is spelling mistake in car task, it should be serviced',
      { type: 'update', ref: { kind: 'words', text: 'car task' }, fix: 'serviced' },
    ],

    [
      'spelling mistake, gim should be gym',
      { type: 'update', ref: { kind: 'words', text: 'gim' }, replace: ['gim', 'gym'] },
    ],

    ["it's Katie with an ie", { type: 'update', ref: { kind: 'focus' }, fix: 'Katie' }],

    [
      'I meant Lena not Lina, please fix it',
      { type: 'update', ref: { kind: 'words', text: 'Lina' }, replace: ['Lina', 'Lena'] },
    ],
    [
      'the report is actually for March, not May, can you correct the title',
      { type: 'update', ref: { kind: 'words', text: 'May' }, replace: ['May', 'March'] },
    ],

    [
      "fix the typo in the first task, it's plumber",
      { type: 'update', ref: { kind: 'positions', positions: [1] }, fix: 'plumber' },
    ],
    [
      'prescription is spelled wrong in task 1, pls fix',
      { type: 'update', ref: { kind: 'ids', ids: [1] }, fix: 'prescription' },
    ],
    [
      "swap 'plumber' for 'electrician' in task 2",
      { type: 'update', ref: { kind: 'ids', ids: [2] }, replace: ['plumber', 'electrician'] },
    ],
    [
      'in the report task, change the word report to invoice',
      {
        type: 'update',
        ref: { kind: 'words', text: 'the report task' },
        replace: ['report', 'invoice'],
      },
    ],
    [
      'Profesor should be Professor',
      {
        type: 'update',
        ref: { kind: 'words', text: 'Profesor' },
        replace: ['Profesor', 'Professor'],
      },
    ],
    [
      "shampo is spelt wrong, it's shampoo",
      { type: 'update', ref: { kind: 'words', text: 'shampo' }, replace: ['shampo', 'shampoo'] },
    ],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(fixWord.extract(text, context())).toEqual(intent);
  });

  it.each([
    'fix the typo in task 1, it should be Buy groceries',
    'rename task 2 to Call Luigi',
    'fix the sink',
  ])('leaves %s to other rules', (text) => {
    expect(fixWord.extract(text, context())).toBeUndefined();
  });
});

describe('rule: fix word, said as a typo to fix', () => {
  it('"fix typo: pasport -> passport" swaps that word, wherever it is', () => {
    const found = fixWord.extract('fix typo: pasport -> passport', context());
    expect(found).toMatchObject({ type: 'update' });
    expect(JSON.stringify(found)).toContain('passport');
    expect(JSON.stringify(found)).not.toMatch(/"title":"Passport"/);
  });

  it('"fix the typo in the birthday one, it should say cake": the word said', () => {
    expect(
      fixWord.extract('fix the typo in the birthday one, it should say cake', context()),
    ).toMatchObject({ type: 'update', ref: { kind: 'words', text: 'the birthday one' } });
  });
});

describe('rule: fix-word, a typo said with no word', () => {
  it('"fix the typo" right after an add: which word is asked, in the task just added', () => {
    const text = 'fix the typo';
    expect(fixWord.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'update',
      ref: { kind: 'focus' },
      ask: 'title',
      spelling: true,
    });
    expect(fixWord.extract(text, context({}, text))).toBeUndefined();
  });
});

describe('rule: fix-word, not a word put right', () => {
  it.each(['the meeting is 5pm now, not 4', 'the meeting is on Friday now, not Thursday'])(
    '"%s" puts no word right',
    (text) => {
      expect(fixWord.extract(text, context({}, text))).toBeUndefined();
    },
  );
});
