// Requests and questions said in everyday words (eighteenth pass, held-out sets CJ and VD): each
// is read as the plain request would be, and never as a change nobody asked for.
import { describe, expect, it } from 'vitest';
import { readMessage } from './rule-context.ts';
import { normalizeText } from '../../../electron/core/agent/offline/intent/normalize.ts';
import { parseQuickAdd } from '../../../electron/core/time/quick-add.ts';

const read = readMessage;

describe('questions about the list, in other words', () => {
  it.each([
    ['read back the finished items, please', { type: 'list', status: 'completed' }],
    ['run me through what is left', { type: 'list', status: 'pending' }],
    ['which of my open jobs are high priority?', { type: 'agenda', priority: 1 }],
    ['any urgent jobs?', { type: 'agenda', priority: 1 }],
    ["what's the most urgent thing we've got?", { type: 'agenda', priority: 1 }],
    ["which garden things haven't I done?", { type: 'agenda', label: 'garden', listNamed: true }],
    ["what's high priority that I haven't done yet?", { type: 'agenda', priority: 1 }],
    ['who am I seeing tomorrow?', { type: 'agenda', on: 'tomorrow' }],
    ['which ones have a time?', { type: 'agenda', has: 'time' }],
    ['which have no time?', { type: 'agenda', without: 'time' }],
    ['what have I got on friday morning?', { type: 'agenda', on: 'friday', part: 'morning' }],
    ['due today -> ?', { type: 'agenda', due: 'today' }],
    ['- open items?', { type: 'list', status: 'pending' }],
  ])('%s', (text, intent) => {
    expect(read(text)).toEqual([intent]);
  });

  it('"this afternoon" is still all of today; "read back the contract" is a task', () => {
    expect(read("what's on this afternoon?")).toEqual([{ type: 'agenda', due: 'today' }]);
    expect(read('read back the contract')[0]).toMatchObject({ type: 'add' });
    expect(read('go through the contracts')[0]).toMatchObject({ type: 'add' });
  });
});

describe('moves said with the distance first or the verb split', () => {
  it.each([
    ['move it earlier by a day', -1],
    ['move it later by 2 days', 2],
    ['pull it in a day', -1],
  ])('%s', (text, shift) => {
    expect(read(text, { lastAction: 'update', lastTimed: true })).toEqual([
      { type: 'schedule', ref: { kind: 'focus' }, shift },
    ]);
  });

  it('"earlier by" never moves it later (it used to)', () => {
    expect(read('move the dentist earlier by 2 days')).toEqual([
      { type: 'schedule', ref: { kind: 'words', text: 'the dentist' }, shift: -2 },
    ]);
  });

  it('rewrites the words, not the meaning', () => {
    expect(normalizeText('roll it over to tomorrow')).toBe('move it to tomorrow');
    expect(normalizeText('pull the HR call in by a day')).toBe('bring the HR call forward a day');
    expect(normalizeText('move it to the same day the week after')).toBe('move it a week later');
    expect(normalizeText('the swim got moved because of the storm, two days later')).toBe(
      'the swim got moved, two days later',
    );
    expect(normalizeText('make it 9pm instead of 8')).toBe('make it 9pm instead');
  });

  it('"the day after at 09:30" is that day at that time, not the day after a task', () => {
    expect(read('push the refresher to the day after at 9:30')).toEqual([
      {
        type: 'schedule',
        ref: { kind: 'words', text: 'the refresher' },
        shift: 1,
        when: 'at 9:30',
        later: true,
      },
    ]);
  });
});

describe('news of a move is a move, never a task done', () => {
  it.each([
    ['the hearing has been adjourned a week', 'move the hearing a week later'],
    [
      'the Clarke mention has been re-listed two days later',
      'move the Clarke mention two days later',
    ],
    ['the demo has been brought forward a day', 'move the demo a day earlier'],
    ['the interview is three days earlier, not that day', 'move the interview three days earlier'],
    ['actually leave the permit one on today', 'actually move the permit one to today'],
  ])('%s', (said, plain) => {
    expect(normalizeText(said)).toBe(plain);
    expect(read(said)[0]).toMatchObject({ type: 'schedule' });
  });

  it('"the report has been reviewed" is still news of it done', () => {
    expect(read('the report has been reviewed')[0]).toMatchObject({ type: 'complete' });
  });
});

describe('labels and priorities said another way', () => {
  it('"take the X tag off" takes the label off; it never deletes the task', () => {
    expect(read('actually take the regulars tag off, she is new')).toEqual([
      { type: 'tag', ref: { kind: 'focus' }, add: [], remove: ['regulars'] },
    ]);
    expect(read('take events off the jazz trio, it is regular now', { lastTagged: true })).toEqual([
      { type: 'tag', ref: { kind: 'words', text: 'the jazz trio' }, add: [], remove: ['events'] },
    ]);
    // ("take milk off the list" still removes the task)
    expect(read('take milk off the list', { lastTagged: true })[0]).toMatchObject({
      type: 'delete',
    });
  });

  it('after a label: "and X on the Y one", "and the Y one as X"', () => {
    const after = { lastAction: 'update', lastTagged: true };
    expect(read('and berlin on the contract one', after)).toEqual([
      {
        type: 'tag',
        ref: { kind: 'words', text: 'the contract one' },
        add: ['berlin'],
        remove: [],
      },
    ]);
    expect(read('and the display one as events', after)).toEqual([
      { type: 'tag', ref: { kind: 'words', text: 'the display one' }, add: ['events'], remove: [] },
    ]);
    expect(read('and the display one as well', after)[0]).not.toMatchObject({ type: 'tag' });
  });

  it.each([
    ['please make the priority of the heating task high', 1],
    ['I would like the heating task to be medium priority', 2],
    ['make the heating task a little less urgent, maybe low', 3],
  ])('%s', (text, priority) => {
    expect(read(text)).toEqual([
      { type: 'prioritize', ref: { kind: 'words', text: 'the heating task' }, priority },
    ]);
  });

  it('"on the X task, swap its A label for B"; "don\'t use a label, just make it p1"', () => {
    expect(read('on the otter task, swap its otters label for aquatic')).toEqual([
      {
        type: 'tag',
        ref: { kind: 'words', text: 'the otter task' },
        add: ['aquatic'],
        remove: ['otters'],
      },
    ]);
    expect(
      read("no wait, don't use a label for that, just make it high priority", {
        lastAction: 'update',
        lastTagged: true,
      }),
    ).toEqual([{ type: 'undo' }, { type: 'prioritize', ref: { kind: 'focus' }, priority: 1 }]);
  });

  it('"bump the CV up to high" is not read as "make the CV high"', () => {
    expect(normalizeText('bump the CV up to high')).toBe('bump the CV up to high');
    expect(normalizeText('knock it down to low priority')).toBe('make it low priority');
  });
});

describe('quick add', () => {
  it.each([
    ['fix the boiler, critical', 'fix the boiler', 1],
    ['rotate the certs, critical, due tomorrow 09:00', 'rotate the certs', 1],
    ['fix the critical bug', 'fix the critical bug', null],
  ])('%s', (line, title, priority) => {
    const read = parseQuickAdd(line, { now: new Date(2026, 0, 5, 12) });
    expect(read.title).toBe(title);
    expect(read.priority).toBe(priority);
  });

  it('the words that led to labels or a date go with them, and only those', () => {
    const at = { now: new Date(2026, 0, 5, 12) };
    expect(parseQuickAdd('sweep the flue on 3 March, tag #sweeps', at).title).toBe(
      'sweep the flue',
    );
    expect(parseQuickAdd('weed the section, tag as #stock and #access', at).title).toBe(
      'weed the section',
    );
    expect(parseQuickAdd('book tickets, deadline the 20th of June', at).title).toBe('book tickets');
    expect(parseQuickAdd('ask about the deadline by friday', at).title).toBe(
      'ask about the deadline',
    );
  });

  it('"name" and "make it" inside a title stay in it', () => {
    expect(read('add task buy flowers for the name day of Ania')).toEqual([
      { type: 'add', title: 'Buy flowers for the name day of Ania' },
    ]);
    expect(read('add tell Bob I cannot make it')).toEqual([
      { type: 'add', title: 'Tell Bob I cannot make it' },
    ]);
    expect(read('call the bank, add it')).toEqual([{ type: 'add', title: 'Call the bank' }]);
  });
});

describe('changes of mind after a delete', () => {
  it('"not the X, I want it back", "I still need the X one" put that one back', () => {
    expect(read('sorry, not the landlord, I want it back', { lastAction: 'delete' })).toEqual([
      { type: 'put-back', ref: { kind: 'words', text: 'the landlord' } },
    ]);
    expect(
      read('wait, I still need the furnace one. put it back', { lastAction: 'delete' }),
    ).toEqual([{ type: 'put-back', ref: { kind: 'words', text: 'the furnace one' } }]);
    // ("… not till next month": when, not which)
    expect(
      read('fire certificate — not till next month', { lastAction: 'complete' }).some(
        (i) => i.type === 'put-back',
      ),
    ).toBe(false);
  });
});

describe('said another way (held-out sets CK and VE)', () => {
  it.each([
    ['at 14 Uhr', 'at 14:00'],
    ['punt the dry cleaning to tomorrow', 'push the dry cleaning to tomorrow'],
    ['and throw on order more propane', 'and add order more propane'],
    ['#done gym', 'mark gym done'],
    ['#undone meal prep', 'reopen meal prep'],
    ['#todo?', "what's left to do?"],
    ['would it be ok to mark the cat one as done?', 'mark the cat one as done.'],
    ['Please expunge the club item.', 'Please delete the club item.'],
    ['I need to know what is due today', 'what is due today'],
    ['the same one as before', 'it'],
    ['thx, & mark parcel done', 'mark parcel done'],
    ['add chase Raj asap', 'add chase Raj urgent'],
    ['delete the milk asap', 'delete the milk asap'],
    ['second one I not need, delete', 'delete the second one'],
    ['first two are done after last night', 'the first two are done'],
    ['add phone Taid yfory', 'add phone Taid tomorrow'],
    ['Buy task delete please', 'delete the Buy task'],
    ['wash the car and then polish it', 'wash the car and then polish it'],
    ['rename it to X and then make it p1', 'rename it to X. make it p1'],
    ['actually make the priority medium again', 'actually make it medium priority'],
    ['the get-out is a day earlier now, move the briefing', 'move the briefing a day earlier'],
    ['move the waxing to after my lessons, half past five', 'move the waxing to half past five'],
    ['Dario wants to go an hour later', 'move the Dario one an hour later'],
  ])('%s', (said, plain) => {
    expect(normalizeText(said)).toBe(plain);
  });

  it('one step of priority, and "again" for one more', () => {
    expect(read('bump the wheelhouse painting up a notch')).toEqual([
      {
        type: 'prioritize',
        ref: { kind: 'words', text: 'the wheelhouse painting' },
        priority: null,
        step: -1,
      },
    ]);
    expect(read('drop its priority a level', { lastAction: 'update' })).toEqual([
      { type: 'prioritize', ref: { kind: 'focus' }, priority: null, step: 1 },
    ]);
    expect(read('actually another notch', { lastAction: 'update', lastStep: 1 })).toEqual([
      { type: 'prioritize', ref: { kind: 'focus' }, priority: null, step: 1 },
    ]);
    // (without a step just taken, "another notch" is no task called "Notch")
    expect(read('and again', { lastAction: 'update', lastStep: -1 })).toEqual([
      { type: 'prioritize', ref: { kind: 'focus' }, priority: null, step: -1 },
    ]);
  });

  it('a go-ahead with nothing waiting for one is no new task', () => {
    for (const said of ['yep go ahead', 'great, do it', 'yes please', "and then that's it thanks"])
      expect(read(said, { lastAction: 'complete' })).toEqual([{ type: 'dismiss' }]);
  });

  it('"I bought the wrong cartridge" is no news of a task done', () => {
    expect(read('I bought the wrong cartridge').some((i) => i.type === 'complete')).toBe(false);
  });

  it('"no, 18 not 17" right after a time is the hour, not task 18', () => {
    expect(read('no, 18 not 17', { lastAction: 'add', lastTimed: true })).toEqual([
      { type: 'details', ref: { kind: 'focus' }, text: 'at 18' },
    ]);
  });

  it('the number of a rack, shelf or bin is not a time; "every 4 weeks on a Sunday"', () => {
    const at = { now: new Date(2026, 0, 5, 12) };
    const rack = parseQuickAdd('swap the PSU in rack 12 today', at);
    expect([rack.title, rack.dueTime]).toEqual(['swap the PSU in rack 12', null]);
    const test = parseQuickAdd('generator test every 4 weeks on a Sunday at 06:00', at);
    expect([test.title, test.repeat]).toEqual([
      'generator test',
      'FREQ=WEEKLY;INTERVAL=4;BYDAY=SU',
    ]);
  });

  it('after a date or label came off, "and the admin tag too" takes that label off', () => {
    expect(read('and the admin tag too', { lastAction: 'update', lastCleared: true })).toEqual([
      { type: 'tag', ref: { kind: 'focus' }, add: [], remove: ['admin'] },
    ]);
  });

  it.each([
    ["what's the soonest thing I've got?", { type: 'agenda', next: true }],
    ['which jobs have I got over the next couple of days?', { type: 'agenda', within: 2 }],
    ["wha' repeat every week?", { type: 'agenda', repeating: true, every: 'WEEKLY' }],
    [
      'show me just the viola task',
      { type: 'show', ref: { kind: 'words', text: 'the viola task' } },
    ],
    ['pull up task 2 for me', { type: 'show', ref: { kind: 'ids', ids: [2] } }],
  ])('%s', (text, intent) => {
    expect(read(text)).toEqual([intent]);
  });
});
