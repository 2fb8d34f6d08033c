// Requests and questions said in everyday words the rules read through normalisation: each is
// read as the plain request would be (seventeenth pass, held-out sets CI and VC).
import { describe, expect, it } from 'vitest';
import { readMessage } from './rule-context.ts';
import { pastToBase } from '../../../electron/core/agent/offline/intent/rules/statement.ts';
import { parseQuickAdd } from '../../../electron/core/time/quick-add.ts';

const read = readMessage;

describe('questions about the list, in other words', () => {
  it.each([
    ['has anything gone past its due date?', { type: 'agenda', due: 'overdue' }],
    ['which of my tasks have passed their deadline?', { type: 'agenda', due: 'overdue' }],
    ["I'm late for something?", { type: 'agenda', due: 'overdue' }],
    ["what's my next deadline?", { type: 'agenda', next: true }],
    ['which ones are on a repeat?', { type: 'agenda', repeating: true }],
    ["what's on for us today?", { type: 'agenda', due: 'today' }],
    ["what's marked urgent overall?", { type: 'agenda', priority: 1 }],
    ['show me all the tasks on the van tag', { type: 'agenda', label: 'van' }],
    ['what garden stuff is still open?', { type: 'agenda', label: 'garden', listNamed: true }],
  ])('%s', (text, intent) => {
    expect(read(text)).toEqual([intent]);
  });

  it('"priority of the X task?" asks its priority; "the flight date?" still asks its date', () => {
    expect(read('priority of the van task?')).toEqual([
      { type: 'when', ref: { kind: 'words', text: 'the van task' }, about: 'priority' },
    ]);
    expect(read('flight date?')).toEqual([
      { type: 'when', ref: { kind: 'words', text: 'flight' } },
    ]);
    // ("has anything …": a question about all of them, never a task called "has anything")
    expect(read('has anything gone past its date?')[0]).toMatchObject({ type: 'agenda' });
  });
});

describe('changes said in other words', () => {
  it.each([
    // a label by "file under", "as a tag", "put tag", "… instead"
    ['file under research', 'add', { type: 'tag', add: ['research'] }],
    ['and add supervisor as a tag', 'add', { type: 'details', text: '#supervisor' }],
    ['put tag #uni', 'add', { type: 'details', text: '#uni' }],
    ['tag the jump one #release instead', null, { type: 'tag', add: ['release'] }],
    // a move without a verb, by how much
    ['standup 30 minutes earlier please', null, { type: 'schedule', shiftMinutes: -30 }],
    ['night shift rota earlier by 2 hours', null, { type: 'schedule', shiftMinutes: -120 }],
    ['and an hour later than before', 'update', { type: 'schedule', shiftMinutes: 60 }],
    ['oh and start it an hour earlier', 'update', { type: 'schedule', shiftMinutes: -60 }],
    ['she wants the day after instead, same time', 'add', { type: 'schedule', shift: 1 }],
    // news of a change made by someone else: the change
    ['the council has moved it to Thursdays', 'add', { type: 'details', text: 'every Thursday' }],
    // a priority said the long way
    ['and it’s a priority 2', 'add', { type: 'details', text: 'p2' }],
    ['priority of 2 -> p2', null, { type: 'prioritize', ref: { kind: 'ids', ids: [2] } }],
    // undone, then what was meant
    ['oops, restore it please, I meant to delete the third', 'delete', { type: 'undo' }],
    // a note by "in its description:"
    [
      'record the following in its description: party of ten',
      'add',
      { type: 'update', description: 'party of ten' },
    ],
    // repeat days kept only
    [
      'Saturdays are off now, only Fridays and Sundays',
      'add',
      { type: 'details', text: 'every Fridays and Sundays' },
    ],
    ['only friday', 'add', { type: 'details', text: 'friday' }],
    // "once a year", "a repeating thing, every 28 days"
    ['the boiler service only needs doing once a year now', null, { type: 'set-repeat' }],
    ['make it a repeating thing, every 28 days', 'add', { type: 'details', text: 'every 28 days' }],
  ] as [string, string | null, Record<string, unknown>][])('%s', (text, lastAction, first) => {
    expect(read(text, { lastAction, lastTimed: !!lastAction })[0]).toMatchObject(first);
  });

  it('"restore it … I meant to delete the third" undoes, then deletes the third', () => {
    expect(
      read('oops, restore it please, I meant to delete the third', { lastAction: 'delete' }),
    ).toEqual([{ type: 'undo' }, { type: 'delete', ref: { kind: 'positions', positions: [3] } }]);
  });

  it('a correction then "fix the title" is the correction alone', () => {
    const intents = read('it should say 12, not 10. fix the title');
    expect(intents.map((i) => i.type)).not.toContain('add');
  });

  it('leaves titles that only look alike', () => {
    expect(read('fix priority 2 issues')).toMatchObject([
      { type: 'add', title: 'Fix priority 2 issues' },
    ]);
    expect(read('remind me to call mum 2 days later')[0]).toMatchObject({ type: 'add' });
    expect(read('note: buy milk and make it quick')).toMatchObject([
      { type: 'add', title: 'Buy milk' },
      { type: 'add', title: 'Make it quick' },
    ]);
  });
});

describe('a task named with more said around it', () => {
  it.each([
    ['drill went back to Tom, also remove the card one, my sister got it', ['complete', 'delete']],
    ['the kennels don’t need cleaning at weekends, make it weekdays only', ['set-repeat']],
    ['the doctor says I should take the tablet at half past nine from now on, not eight', ['add']],
    ['the headcount needs a time, 17:00', ['schedule']],
    ['take the humidity check out of the daily label', ['tag']],
    ['remove the van one from the work tag', ['tag']],
    // ("the shopping list" is the list: the task goes)
    ['remove milk from the shopping list', ['delete']],
    // (no date wanted, said otherwise: not "needs a date")
    ["sort the loft doesn't need a date, get rid of it", ['schedule']],
  ])('%s', (text, types) => {
    expect(read(text).map((i) => i.type)).toEqual(types);
  });

  it('"the X one, make it for Thursday" moves it; "make it <words>" after it renames it', () => {
    expect(read('the bins one, make it for Thursday', { lastAsked: 'list' })[0]).toMatchObject({
      type: 'details',
      text: 'Thursday',
    });
    expect(read('the bins one, make it Put the green bin out')[0]).toMatchObject({
      type: 'update',
      title: 'Put the green bin out',
    });
  });

  it('"set that as the deadline on the X job" is never a new title', () => {
    const intents = read('set that as the deadline on the kiln job', {
      lastAction: 'update',
      lastTimed: true,
    });
    expect(intents.map((i) => i.type)).not.toContain('correct');
    expect(intents.map((i) => i.type)).not.toContain('update');
  });

  it('"no rush, make it p4 and whenever": no priority and no date', () => {
    expect(
      read('no rush, make it p4 and whenever', { lastAction: 'add', lastTimed: true }),
    ).toEqual([{ type: 'details', ref: { kind: 'focus' }, text: 'p4 and', clear: ['date'] }]);
  });

  it('"one more for Priya: \'…\'" adds the title quoted', () => {
    expect(read("and one more for Priya: 'Send Priya the slides'", { lastAction: 'add' })).toEqual([
      { type: 'add', title: 'Send Priya the slides' },
    ]);
  });
});

describe('a remark before the request', () => {
  it('a plural\'s apostrophe is no quote: "the Lees\' monstera is root-bound, bump it up"', () => {
    expect(read("The Lees' monstera is root-bound, bump it to high priority")).toEqual([
      {
        type: 'prioritize',
        ref: { kind: 'focus', context: "The Lees' monstera is root-bound" },
        priority: 1,
      },
    ]);
  });

  it('"X don\'t need to repeat any more" stops the repeat', () => {
    expect(read("the show notes don't need to repeat any more")).toEqual([
      { type: 'set-repeat', ref: { kind: 'words', text: 'the show notes' }, repeat: null },
    ]);
  });
});

describe('deeds done, told in the passive', () => {
  it.each([
    ['proofread', 'proofread'],
    ['preset', 'preset'],
    ['misread', 'misread'],
    ['invoiced', 'invoiced'],
  ])('%s is the past of %s', (past, base) => {
    expect(pastToBase(past)).toBe(base);
  });

  it('"present" is no past ("pre-sent"), nor "upset" a deed', () => {
    expect(pastToBase('present')).toBeUndefined();
    expect(pastToBase('upset')).toBeUndefined();
  });

  it('"the X has been proofread" and "that one can be closed" finish it', () => {
    expect(read('the Dawson transcript has been proofread')[0]).toMatchObject({
      type: 'complete',
      ref: { kind: 'statement', text: 'proofread the Dawson transcript' },
    });
    expect(read('the parcel came, so that one can be closed')[0]).toMatchObject({
      type: 'complete',
    });
  });
});

describe('quick add: "first thing" beside an hour', () => {
  const now = new Date(2026, 11, 3, 9, 0);
  it.each([
    ['open the shop Tuesday, first thing, 8am', 'open the shop', '08:00'],
    ['call mum at 8am first thing', 'call mum', '08:00'],
    // the 24-hour clock's "h": 04:00, never 16:00
    ['laminate the dough every day at 4h', 'laminate the dough', '04:00'],
    ['call at 7h15 tomorrow', 'call', '07:15'],
  ])('%s', (text, title, dueTime) => {
    expect(parseQuickAdd(text, { now })).toMatchObject({ title, dueTime });
  });
});
