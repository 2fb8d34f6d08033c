// Details for the task just talked about (details.ts) and the changes of priority, repeat,
// labels and skipping (prioritize.ts, set-repeat.ts, tag.ts, skip.ts).
import { describe, expect, it } from 'vitest';
import { details } from '../../../../electron/core/agent/offline/intent/rules/details.ts';
import { prioritize } from '../../../../electron/core/agent/offline/intent/rules/prioritize.ts';
import { setRepeat } from '../../../../electron/core/agent/offline/intent/rules/set-repeat.ts';
import { skip } from '../../../../electron/core/agent/offline/intent/rules/skip.ts';
import { tag } from '../../../../electron/core/agent/offline/intent/rules/tag.ts';
import { context } from '../rule-context.ts';

const afterAdd = (text: string) => context({ lastAction: 'add' }, text);

describe('rule: details', () => {
  it.each([
    ['due in 4 days', 'in 4 days'],
    ['and give it low priority', 'low priority'],
    ['no wait, tuesday', 'tuesday'],
    ['actually 7pm', 'at 7pm'],
    ['sorry i meant p3', 'p3'],
    ['tag it work', '#work'],
    ['every friday', 'every friday'],
  ])('reads %s after an add', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: said,
    });
  });

  it.each([
    ['make it 6 instead', 'at 6'],
    ['change that to eleven thirty', 'eleven thirty'],
    ['-> 7:30', 'at 7:30'],
    ['make it nine', 'at nine'],
    ['no, is better thursday morning at 9', 'thursday morning at 9'],
  ])('after a date or time was set, reads %s as the time', (text, said) => {
    const timed = context({ lastAction: 'add', lastTimed: true }, text);
    expect(details.extract(text, timed)).toMatchObject({ text: said });
    // (without a date just set, "make it 6" may be a count: not a time)
    if (/^make it \d/.test(text)) expect(details.extract(text, afterAdd(text))).toBeUndefined();
  });

  it('"no, the morning" keeps the hour when it is a morning one, else 9', () => {
    const text = 'No, the morning';
    expect(details.extract(text, context({ lastAction: 'add', lastTimed: true }, text))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: '',
      dayPart: 'morning',
    });
  });

  it('needs a task just talked about, and words that are all details', () => {
    expect(details.extract('due in 4 days', context({}, 'due in 4 days'))).toBeUndefined();
    expect(details.extract('buy milk tomorrow', afterAdd('buy milk tomorrow'))).toBeUndefined();
  });
});

describe('rules: priority, repeat, labels, skip', () => {
  it('sets and clears a priority', () => {
    expect(prioritize.extract('make the rent one urgent', context())).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: 'the rent one' },
      priority: 1,
    });
    expect(prioritize.extract('remove the urgent flag from task 2', context())).toEqual({
      type: 'prioritize',
      ref: { kind: 'ids', ids: [2] },
      priority: null,
    });
  });

  it('sets and stops a repeat', () => {
    expect(setRepeat.extract('make the bins repeat every Monday', context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'the bins' },
      repeat: 'every Monday',
    });
    expect(setRepeat.extract('stop repeating the bins', context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'the bins' },
      repeat: null,
    });
  });

  it('adds, swaps and takes off labels', () => {
    expect(tag.extract('tag the dentist #health', context())).toMatchObject({
      add: ['health'],
      remove: [],
    });
    expect(tag.extract('take the diy label off buy paint', context())).toMatchObject({
      ref: { kind: 'words', text: 'buy paint' },
      remove: ['diy'],
    });
    expect(
      tag.extract('change the label on print tickets from travel to work', context()),
    ).toMatchObject({ add: ['work'], remove: ['travel'] });
    expect(tag.extract('label the boxes', context())).toBeUndefined();
  });

  it('skips one occurrence', () => {
    expect(skip.extract('skip the gym this week', context())).toEqual({
      type: 'skip',
      ref: { kind: 'words', text: 'the gym' },
    });
  });
});

describe('rule: details, put right and said again', () => {
  it.each([
    ['sorry i meant the day after tomorrow', 'the day after tomorrow'],
    ['oh wait its the 12th not the 5th', 'the 12th'],
    ['due on the 20th', 'the 20th'],
    ['put it in 4 days', 'in 4 days'],
    ['set the time to 14:30', 'at 14:30'],
    ['hmm no, low priority is fine', 'low priority'],
    ['no — every 2 days', 'every 2 days'],
  ])('reads %s after an add', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({ type: 'details', text: said });
  });

  it('clears labels said as "no tag", and a label said as a correction replaces the others', () => {
    const t = 'no tag on that one actually';
    expect(details.extract(t, afterAdd(t))).toMatchObject({ text: '', clear: ['labels'] });
    const r = 'actually label it personal instead';
    expect(details.extract(r, afterAdd(r))).toMatchObject({ text: '#personal', clear: ['labels'] });
  });

  it('follows a change of date ("at 5pm" after a move), not a change of words', () => {
    const timed = context({ lastAction: 'update', lastTimed: true }, 'at 5pm');
    expect(details.extract('at 5pm', timed)).toMatchObject({ text: 'at 5pm' });
    const renamed = context({ lastAction: 'update', lastTimed: false }, 'at 5pm');
    expect(details.extract('at 5pm', renamed)).toBeUndefined();
  });

  it('after ticking off, only what says "from now on"', () => {
    const done = (t: string) => context({ lastAction: 'complete' }, t);
    expect(
      details.extract('and make it 7pm from now on', done('and make it 7pm from now on')),
    ).toMatchObject({ text: 'at 7pm' });
    expect(details.extract('at 7pm', done('at 7pm'))).toBeUndefined();
  });

  it('marks one more day said with "too" (for a weekly repeat or a skip)', () => {
    expect(details.extract('and thursday too', afterAdd('and thursday too'))).toMatchObject({
      text: 'thursday',
      also: true,
    });
  });
});

describe('rules: repeat, priority and labels said other ways', () => {
  it.each([
    ['make standup only on mondays', 'standup', 'on mondays'],
    ['change renew subscription to yearly', 'renew subscription', 'yearly'],
    ['the boiler service is every year, set that', 'the boiler service', 'every year'],
    ['the tomatoes task, make it daily', 'the tomatoes task', 'daily'],
  ])('set-repeat reads %s', (text, ref, repeat) => {
    expect(setRepeat.extract(text, context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: ref },
      repeat,
    });
  });

  it('prioritize reads "bump it to high" and "X isn\'t urgent any more"', () => {
    expect(prioritize.extract('bump it to high', context())).toMatchObject({ priority: 1 });
    expect(prioritize.extract("clean oven isn't urgent any more", context())).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: 'clean oven' },
      priority: null,
    });
  });

  it('set-repeat reads "X should be every Wednesday and Saturday"', () => {
    expect(
      setRepeat.extract('water plants should be every Wednesday and Saturday', context()),
    ).toMatchObject({ ref: { text: 'water plants' }, repeat: 'every Wednesday and Saturday' });
  });

  it('tag takes a label off the task just labelled ("actually take home off it")', () => {
    const after = context({ lastAction: 'update', lastTimed: true });
    expect(tag.extract('actually take home off it', after)).toEqual({
      type: 'tag',
      ref: { kind: 'focus' },
      add: [],
      remove: ['home'],
    });
    expect(tag.extract('actually take home off it', context())).toBeUndefined();
  });

  it.each([
    ['remove the tag from fix bike', { kind: 'words', text: 'fix bike' }, [], ['*']],
    ['take the tag off the email one', { kind: 'words', text: 'the email one' }, [], ['*']],
    ['label it errands and home', { kind: 'focus' }, ['errands', 'home'], []],
    ['actually tag it personal instead', { kind: 'focus' }, ['personal'], ['*']],
    ['also tag call priya personal', { kind: 'words', text: 'call priya' }, ['personal'], []],
    ['tag buy milk groceries', { kind: 'words', text: 'buy milk' }, ['groceries'], []],
  ])('tag reads %s', (text, ref, add, remove) => {
    expect(tag.extract(text, context())).toEqual({ type: 'tag', ref, add, remove });
  });
});

describe('rule: details, in more of the ways people put it', () => {
  it.each([
    ['and add a 9am time to it', 'at 9am'],
    ['And mark it as important, high priority', 'p1 high priority'],
    ['repeat monthly', 'monthly'],
    ['move it to 8', 'at 8'],
    ['make it 10am, sorry, and high priority', 'at 10am high priority'],
    ['load in is at 7pm, make it 7pm', 'at 7pm'],
    ['no, sorry, not monday, tuesday', 'tuesday'],
    ['no actually 2 weeks', 'in 2 weeks'],
    ["make it urgent, tenant's complaining", 'urgent'],
    ['and make it medium not high', 'medium priority'],
  ])('reads %s after an add', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({ type: 'details', text: said });
  });

  it('clears with "drop its …" and "remove the date, no rush"', () => {
    const a = 'and drop its priority too';
    expect(details.extract(a, afterAdd(a))).toMatchObject({ text: '', clear: ['priority'] });
    const b = 'actually remove the date, no rush';
    expect(details.extract(b, afterAdd(b))).toMatchObject({ text: '', clear: ['date'] });
  });

  it('reads a polite question as the request it is, and "how about the 4th"', () => {
    const asked = (t: string) => ({ ...afterAdd(t), question: true });
    const p = 'is it possible to make it 9 in the evening?';
    expect(details.extract(p, asked(p))).toMatchObject({ text: '9 in the evening' });
    expect(details.extract('how about the 4th', asked('how about the 4th?'))).toMatchObject({
      text: 'the 4th',
    });
    // a real question is no change
    expect(details.extract('is it at 9', asked('is it at 9?'))).toBeUndefined();
  });

  it('leaves other things to other rules', () => {
    // a new item and a day: not a change to the task just added
    expect(details.extract('eggs, tomorrow', afterAdd('eggs, tomorrow'))).toBeUndefined();
    // the count in "buy 2 loaves", put right
    expect(
      details.extract('actually make that 3', afterAdd('actually make that 3')),
    ).toBeUndefined();
    // a move from its own time (schedule.ts)
    expect(
      details.extract('make it an hour later', afterAdd('make it an hour later')),
    ).toBeUndefined();
  });

  it('after "when is …?", reads "it\'s been moved to 14:00"', () => {
    const t = "it's been moved to 14:00";
    expect(details.extract(t, context({ lastAsked: 'when' }, t))).toMatchObject({
      text: 'at 14:00',
    });
  });
});

describe('rules: after "what labels / what priority does it have?"', () => {
  it('"remove them" takes the labels off, "remove it" the priority, never the task', () => {
    expect(tag.extract('remove them', context({ askedAbout: 'labels' }))).toEqual({
      type: 'tag',
      ref: { kind: 'focus' },
      add: [],
      remove: ['*'],
    });
    expect(prioritize.extract('remove it', context({ askedAbout: 'priority' }))).toEqual({
      type: 'prioritize',
      ref: { kind: 'focus' },
      priority: null,
    });
    expect(tag.extract('remove them', context())).toBeUndefined();
  });

  it.each([
    ['make leg day monday wednesday friday', 'leg day', 'monday wednesday friday'],
    ['change stretch break to weekdays only', 'stretch break', 'weekdays'],
    ["Aiko's lessons are moving to wednesdays", "Aiko's lessons", 'wednesdays'],
  ])('set-repeat reads %s', (text, ref, repeat) => {
    expect(setRepeat.extract(text, context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: ref },
      repeat,
    });
  });
});

describe('details said of the task just added, in more ways', () => {
  it.each([
    ["that one's low priority", 'low priority'],
    ["it's urgent btw", 'urgent'],
    ['time is 7:45pm', '7:45pm'],
    ['give it the labels garden and home', '#garden #home'],
    ['it should repeat on the 15th of every month', 'the 15th of every month'],
    ['it should come back every year', 'every year'],
    ['due friday by 3pm', 'friday at 3pm'],
    ['nvm make it fri', 'fri'],
    ["let's say next tue", 'next tue'],
    ['low priority', 'low priority'],
  ])('%s', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({ text: said });
  });

  it('a word that only ends like a filler keeps its letters ("priority" is not "priori" + "ty")', () => {
    expect(details.extract('high priority', afterAdd('high priority'))).toMatchObject({
      text: 'high priority',
    });
  });
});

describe('labels taken off, or given to a task by position', () => {
  it('"get rid of all the labels on buy snacks" clears its labels (it never deletes the task)', () => {
    expect(tag.extract('get rid of all the labels on buy snacks', context())).toMatchObject({
      type: 'tag',
      ref: { kind: 'words', text: 'buy snacks' },
      remove: ['*'],
    });
  });
  it('"remove the urgent label from fix the sink" is about a label, "the urgent flag" the priority', () => {
    expect(tag.extract('remove the urgent label from fix the sink', context())).toMatchObject({
      type: 'tag',
      remove: ['urgent'],
    });
    expect(prioritize.extract('remove the urgent flag from fix the sink', context())).toMatchObject(
      {
        type: 'prioritize',
        priority: null,
      },
    );
  });
  it('"give the second one the label finance"; "add task X with the tag Y" stays an add', () => {
    expect(tag.extract('give the second one the label finance', context())).toMatchObject({
      ref: { kind: 'positions', positions: [2] },
      add: ['finance'],
    });
    expect(tag.extract("add task 'buy milk' with the tag shopping", context())).toBeUndefined();
  });
});

it('after "what labels does it have?", "change work to travel" swaps one label', () => {
  const text = 'change work to travel';
  expect(tag.extract(text, context({ askedAbout: 'labels' }, text))).toEqual({
    type: 'tag',
    ref: { kind: 'focus' },
    add: ['travel'],
    remove: ['work'],
  });
});

it('"meal prep should be on saturdays, not sundays" moves its repeat to Saturdays', () => {
  const text = 'meal prep should be on saturdays, not sundays';
  expect(setRepeat.extract(text, context({}, text))).toMatchObject({
    type: 'set-repeat',
    ref: { text: 'meal prep' },
    repeat: 'on saturdays',
  });
});

describe('more said right after a change', () => {
  const afterChange = (text: string) => context({ lastAction: 'update' }, text);
  it('"and add the wedding tag"', () => {
    expect(tag.extract('and add the wedding tag', afterChange('and add the wedding tag'))).toEqual({
      type: 'tag',
      ref: { kind: 'focus' },
      add: ['wedding'],
      remove: [],
    });
  });
  it.each([
    ['and give it the admin label instead', '#admin'],
    ['and set p3', 'p3'],
  ])('%s', (text, said) => {
    expect(details.extract(text, afterChange(text))).toMatchObject({ text: said });
  });
  it('"it starts at 5pm" after an add', () => {
    expect(details.extract('it starts at 5pm', afterAdd('it starts at 5pm'))).toMatchObject({
      text: 'at 5pm',
    });
  });
});

describe('repeats changed from one rule to another', () => {
  it.each([
    ['make the adobe renewal yearly instead of monthly', 'the adobe renewal', 'yearly'],
    ['make standup notes daily not just weekdays', 'standup notes', 'daily'],
    [
      'change the expense report to repeat on the 1st of every month',
      'the expense report',
      'on the 1st of every month',
    ],
    [
      'change the newsletter from weekly to monthly on the 15th',
      'the newsletter',
      'monthly on the 15th',
    ],
  ])('%s', (text, ref, repeat) => {
    expect(setRepeat.extract(text, context({}, text))).toMatchObject({
      type: 'set-repeat',
      ref: { text: ref },
      repeat,
    });
  });
  it('"stop the daily weigh-in from repeating"', () => {
    const text = 'stop the daily weigh-in from repeating';
    expect(setRepeat.extract(text, context({}, text))).toMatchObject({ repeat: null });
  });
  it('"please make priority high for task 2"', () => {
    const text = 'make priority high for task 2';
    expect(prioritize.extract(text, context({}, text))).toEqual({
      type: 'prioritize',
      ref: { kind: 'ids', ids: [2] },
      priority: 1,
    });
  });
  it('"and skip next week\'s as well" skips the task just talked about', () => {
    const text = "skip next week's as well";
    expect(skip.extract(text, context({ lastAction: 'complete' }, text))).toEqual({
      type: 'skip',
      ref: { kind: 'focus' },
    });
  });
  it.each([
    ['not important', 'low priority'],
    ["It's her birthday, so every year please", 'every year'],
  ])('"%s" after an add', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({ text: said });
  });
  it('"time 9:30" right after a date was set', () => {
    const text = 'time 9:30';
    expect(
      details.extract(text, context({ lastAction: 'update', lastTimed: true }, text)),
    ).toMatchObject({
      text: 'at 9:30',
    });
  });
});

describe('priority said in another order', () => {
  it.each([
    ['for the report put the priority medium', { kind: 'words', text: 'the report' }, 2],
    ['put the priority high', { kind: 'focus' }, 1],
    ['set priority of task 2 to low', { kind: 'ids', ids: [2] }, 3],
    ['give it priority high', { kind: 'focus' }, 1],
  ])('%s', (text, ref, priority) => {
    expect(prioritize.extract(text, context({}, text))).toEqual({
      type: 'prioritize',
      ref,
      priority,
    });
  });
});

describe('details said with a remark around them', () => {
  it.each([
    ['actually make it 07:30, right after handover', 'at 07:30'],
    ['make that 6:30, yard opens early', 'at 6:30'],
    ['make it due friday, gotta be done before the gig', 'friday'],
    ["it's not important tho lol", 'low priority'],
    ["they're due thursday", 'thursday'],
    ['It needs doing every 3 months', 'every 3 months'],
    ['low priority for now', 'low priority'],
    ['saturday specifically, 11am', 'saturday at 11am'],
    ['after close, so 11pm', 'at 11pm'],
    ['mum says by sunday', 'by sunday'],
    ['it starts at 4, so set it for 3:30pm', '3:30pm'],
    ['thanks and make it high priority', 'high priority'],
    ["and high priority she's waiting on it", 'high priority'],
    ['put it medium importance', 'medium importance'],
    ["oh wait it's moved to Wednesdays now", 'every Wednesday'],
  ])('%s', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({
      type: 'details',
      ref: { kind: 'focus' },
      text: said,
    });
  });
  it.each([
    'take the date off',
    'nah he said no rush, take the date off',
    "pickle's fine now, take the date off but keep the task",
  ])('%s clears the date and keeps the task', (text) => {
    expect(details.extract(text, afterAdd(text))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: '',
      clear: ['date'],
    });
  });
});

describe('details: fields cleared in short, ends of months, events and why', () => {
  it.each([
    ['and no prio', { text: '', clear: ['priority'] }],
    ['due the end of the month', { text: 'by the end of the month' }],
    ['registration closes in 5 days', { text: 'in 5 days' }],
    [
      'actually only on my days off, make it every Saturday and Sunday',
      { text: 'every Saturday and Sunday' },
    ],
  ])('%s', (text, intent) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({ type: 'details', ...intent });
  });
  it('"X doesn\'t need a priority, clear it" takes the priority off', () => {
    const text = "Sorting Dad's paperwork doesn't need a priority, clear it";
    expect(prioritize.extract(text, context({}, text))).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: "Sorting Dad's paperwork" },
      priority: null,
    });
  });
});

describe('details after an add: more asides and shorthands', () => {
  it.each([
    ['change to Tuesday', 'Tuesday'],
    ['And make that one a high priority, would you?', 'high priority'],
    ['3pm*', '3pm'],
    ['Correction: it is at 15:30', 'at 15:30'],
    ['ugh they want them thursday now, same time', 'thursday'],
    ['nah, 11pm, lower traffic', 'at 11pm'],
  ])('%s', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({ type: 'details', text: said });
  });
  it('"(sorry,) Tuesday and Thursday" for a repeat is every Tuesday and Thursday', () => {
    const text = 'Tuesday and Thursday';
    expect(setRepeat.extract(text, afterAdd(text))).toMatchObject({
      type: 'set-repeat',
      repeat: 'every Tuesday and Thursday',
    });
  });
});

describe('priority told as news', () => {
  it.each([
    ["Jordan's meal plan is the top priority this week", "Jordan's meal plan"],
    ['The Tidy Homes accounts are now top priority', 'The Tidy Homes accounts'],
  ])('%s', (text, ref) => {
    expect(prioritize.extract(text, context({}, text))).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: ref },
      priority: 1,
    });
  });
});

describe('details said around other words', () => {
  it.each([
    ['Lovely, and could you pop a family label on it?', '#family'],
    ['and it should be a low priority thing', 'low priority'],
    ['I want it to be urgent', 'urgent'],
    ["right, and it's urgent, mark it so", 'urgent'],
    ['Please also make it high priority and add the label admin.', 'high priority #admin'],
    ['oh and honestly make it top priority, if I miss it we lose the room', 'top priority'],
    ["and it's a work thing, label it", '#work'],
  ])('reads %s after an add', (text, said) => {
    expect(details.extract(text, afterAdd(text))).toMatchObject({ type: 'details', text: said });
  });

  it('"just make it a normal task, no priority" clears the priority', () => {
    const text = 'just make it a normal task, no priority';
    expect(details.extract(text, afterAdd(text))).toMatchObject({ text: '', clear: ['priority'] });
  });

  it('"tag it family and also party" adds both labels', () => {
    const text = 'tag it family and also party';
    expect(tag.extract(text, afterAdd(text))).toEqual({
      type: 'tag',
      ref: { kind: 'focus' },
      add: ['family', 'party'],
      remove: [],
    });
  });
});

describe('repeats, priorities and labels said as news or as should-be', () => {
  it.each([
    ["team meeting's moved to every tuesday now", 'team meeting', 'every tuesday'],
    [
      'the childminder gets paid on the 15th of each month now, not the 1st',
      'the childminder',
      'on the 15th of each month',
    ],
    ['walk to work should only be on weekdays', 'walk to work', 'on weekdays'],
    ['bins have changed to wednesdays now, update the repeat', 'bins', 'wednesdays'],
  ])('%s', (text, task, rule) => {
    expect(setRepeat.extract(text, context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: task },
      repeat: rule,
    });
  });

  it('"the solicitor one doesn\'t need a priority anymore" clears it; "the van can be low" lowers it', () => {
    expect(
      prioritize.extract("the solicitor one doesn't need a priority anymore", context()),
    ).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: 'the solicitor one' },
      priority: null,
    });
    expect(prioritize.extract('the van can be low', context())).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: 'the van' },
      priority: 3,
    });
    expect(prioritize.extract('it can be low', context())).toBeUndefined();
  });

  it('"the dinner one also tag family" and "… should be tagged family not work"', () => {
    expect(tag.extract('the dinner one also tag family', context())).toEqual({
      type: 'tag',
      ref: { kind: 'words', text: 'the dinner one' },
      add: ['family'],
      remove: [],
    });
    expect(
      tag.extract('the swimming lessons one should be tagged family not work', context()),
    ).toEqual({
      type: 'tag',
      ref: { kind: 'words', text: 'the swimming lessons one' },
      add: ['family'],
      remove: ['work'],
    });
  });
});

describe('rules: how many times, days said twice, and follow-ups of a repeat', () => {
  const timed = (text: string) => context({ lastAction: 'add', lastTimed: true }, text);

  it.each(['only for 6 weeks', 'just 10 times', 'and 12 sessions in all', 'for another 3 months'])(
    'keeps "%s" whole after a repeat was set (so many times, read when done)',
    (text) => {
      expect(details.extract(text, timed(text))).toEqual({
        type: 'details',
        ref: { kind: 'focus' },
        text: text.replace(/^and\s+/, ''),
      });
    },
  );

  it('reads "that\'s a p2", "let\'s do 10" and "no tag needed" as details', () => {
    expect(details.extract("that's a p2", timed("that's a p2"))).toMatchObject({ text: 'p2' });
    expect(details.extract("wait, let's do 10", timed("wait, let's do 10"))).toMatchObject({
      text: 'at 10',
    });
    expect(
      details.extract('actually no tag needed', timed('actually no tag needed')),
    ).toMatchObject({ text: '', clear: ['labels'] });
    const told = 'hmm no he can do tuesday, same time';
    expect(details.extract(told, timed(told))).toMatchObject({ text: 'tuesday' });
  });

  it('skips so many times ("this week and next", "the next two weeks")', () => {
    expect(skip.extract('skip yoga this week and next', context())).toEqual({
      type: 'skip',
      ref: { kind: 'words', text: 'yoga' },
      times: 2,
    });
    expect(skip.extract('skip the bins for the next three weeks', context())).toMatchObject({
      ref: { kind: 'words', text: 'the bins' },
      times: 3,
    });
    expect(skip.extract('skip tomorrow too', context())).toEqual({
      type: 'skip',
      ref: { kind: 'focus' },
    });
  });

  it('"ah and chores too" after a label adds that label', () => {
    const tagged = context({ lastAction: 'update', lastTimed: true, lastTagged: true }, '');
    expect(tag.extract('ah and chores too', tagged)).toMatchObject({ add: ['chores'] });
    expect(tag.extract('and as shopping', tagged)).toMatchObject({ add: ['shopping'] });
    // (nothing was just labelled: not a label)
    expect(tag.extract('ah and chores too', context())).toBeUndefined();
  });

  it('leaves "set up a weekly reminder to …" to the add rule', () => {
    expect(
      setRepeat.extract('set up a weekly reminder to call grandma on Sundays', context()),
    ).toBeUndefined();
  });
});

describe('rules: several fields cleared, a repeat stopped by name', () => {
  it('"drop its label and its priority" clears both', () => {
    const text = 'drop its label and its priority';
    expect(
      details.extract(text, context({ lastAction: 'update', lastTimed: true }, text)),
    ).toMatchObject({ text: '', clear: expect.arrayContaining(['labels', 'priority']) });
  });

  it('"stop the nanny repeat" stops it repeating', () => {
    expect(setRepeat.extract('stop the nanny repeat', context())).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'nanny' },
      repeat: null,
    });
  });
});

describe('rules: days of a repeat put right, and counts said loosely', () => {
  const timed = (text: string) => context({ lastAction: 'add', lastTimed: true }, text);

  it('"and add Saturday" after a change of days: one more day', () => {
    expect(details.extract('and add Saturday', timed('and add Saturday'))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: 'Saturday',
      also: true,
    });
  });

  it('"sorry, not friday, saturday": the one day for the other', () => {
    const text = 'sorry, not friday, saturday';
    expect(details.extract(text, timed(text))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: 'saturday',
      without: ['FR'],
    });
  });

  it.each(['just 8 times though', 'only 6 of them', '4x only'])('keeps "%s" as a count', (text) => {
    expect(details.extract(text, timed(text))).toMatchObject({ type: 'details', text });
  });

  it('"no date either" clears the date', () => {
    expect(details.extract('no date either', timed('no date either'))).toMatchObject({
      text: '',
      clear: ['date'],
    });
  });

  it('"relabel the Crown invoice as invoices only" swaps its labels', () => {
    expect(tag.extract('relabel the Crown invoice as invoices only', context())).toEqual({
      type: 'tag',
      ref: { kind: 'words', text: 'the Crown invoice' },
      add: ['invoices'],
      remove: ['*'],
    });
  });
});

describe('rule: skip, the next few of a task named', () => {
  it('"skip the next three dog training classes"', () => {
    expect(skip.extract('skip the next three dog training classes', context())).toEqual({
      type: 'skip',
      ref: { kind: 'words', text: 'dog training classes' },
      times: 3,
    });
  });
});

describe('rules: priorities said short, limits said after', () => {
  it.each([
    ['give it low', { kind: 'focus' }, 3],
    ['mark those high', { kind: 'shown' }, 1],
    ['make the gutter one medium', { kind: 'words', text: 'the gutter one' }, 2],
    ['p1 the invoices', { kind: 'words', text: 'the invoices' }, 1],
    ['and the grout p3', { kind: 'words', text: 'the grout' }, 3],
  ])('"%s"', (text, ref, priority) => {
    expect(prioritize.extract(text, context({}, text))).toEqual({
      type: 'prioritize',
      ref,
      priority,
    });
  });

  it('"only 6 times, then it stops" and "it\'s a 10 day course" after a repeat', () => {
    const timed = context({ lastTimed: true, lastAction: 'add' });
    expect(details.extract('only 6 times, then it stops', timed)).toMatchObject({
      text: 'only 6 times',
    });
    expect(details.extract("it's a 10 day course", timed)).toMatchObject({ text: 'for 10 days' });
  });

  it('"the labels one too" names a task, not a label', () => {
    const text = 'and the labels one too';
    expect(details.extract(text, context({ lastTimed: true, lastAction: 'update' }, text))).toBe(
      undefined,
    );
  });

  it('"make the bins weekly again" sets the repeat', () => {
    expect(setRepeat.extract('make the bins weekly again', context())).toMatchObject({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'the bins' },
    });
  });
});

describe('rules: details told as news, labels, days in place of days', () => {
  it('"tag the lighting task sfx and cues" adds both', () => {
    expect(tag.extract('tag the lighting task sfx and cues', context())).toEqual({
      type: 'tag',
      ref: { kind: 'words', text: 'the lighting task' },
      add: ['sfx', 'cues'],
      remove: [],
    });
  });

  it('"give Rex the vip label"; "… the vip one" only right after a label change', () => {
    expect(tag.extract('give Rex the vip label', context())).toMatchObject({
      ref: { kind: 'words', text: 'Rex' },
      add: ['vip'],
    });
    expect(tag.extract('give Rex the vip one', context())).toBeUndefined();
    expect(
      tag.extract('and give Rex the vip one instead', context({ lastTagged: true })),
    ).toMatchObject({
      add: ['vip'],
    });
  });

  it('"at 7am before my shift", "early, like 5:45am", "p1 so I don\'t forget": the details, not why', () => {
    const timed = context({ lastTimed: true, lastAction: 'add' });
    expect(details.extract('and at 7am before my shift', timed)).toMatchObject({
      text: 'at 7am',
    });
    expect(details.extract('early, like 5:45am', timed)).toMatchObject({ text: '5:45am' });
    expect(prioritize.extract("make it high priority so I don't forget", context())).toMatchObject({
      priority: 1,
    });
  });

  it('"the compost doesn\'t need a date or a repeat any more" clears both', () => {
    expect(
      details.extract("turning the compost doesn't need a date or a repeat any more", context()),
    ).toEqual({
      type: 'details',
      ref: { kind: 'words', text: 'turning the compost' },
      text: '',
      clear: ['date', 'repeat'],
    });
  });

  it('"change to saturday" after a repeat names the days in place of its days', () => {
    const swap = (text: string) =>
      details.extract(text, context({ lastTimed: true, lastAction: 'add' }, text));
    expect(swap('change to saturday')).toMatchObject({ days: ['SA'] });
    expect(swap('we change to tuesday and friday')).toMatchObject({ days: ['TU', 'FR'] });
  });

  it('"and the back one at 7pm" is that one, at then', () => {
    expect(
      details.extract(
        'and the back one at 7pm',
        context({ lastTimed: true, lastAction: 'update' }),
      ),
    ).toEqual({ type: 'details', ref: { kind: 'words', text: 'the back one' }, text: 'at 7pm' });
  });

  it('"we\'re only on the tea rota every three weeks now" sets its repeat', () => {
    expect(
      setRepeat.extract("we're only on the tea rota every three weeks now", context()),
    ).toMatchObject({ type: 'set-repeat', ref: { kind: 'words', text: 'the tea rota' } });
    expect(
      setRepeat.extract(
        'the choir practice, can you make that every Monday instead of just the once',
        context(),
      ),
    ).toMatchObject({ type: 'set-repeat', ref: { kind: 'words', text: 'the choir practice' } });
  });
});

describe('rules: a day more for a task named, how often asked', () => {
  it('"water the ferns on fridays too" is one more day for that task', () => {
    const text = 'water the ferns on fridays too';
    expect(details.extract(text, context({}, text))).toEqual({
      type: 'details',
      ref: { kind: 'words', text: 'water the ferns' },
      text: 'fridays',
      also: true,
    });
  });

  it('"the bins should repeat", "change how often the feeding repeats" ask how often', () => {
    for (const text of ['the bins should repeat', 'change how often the feeding repeats'])
      expect(setRepeat.extract(text, context({}, text))).toMatchObject({
        type: 'set-repeat',
        repeat: null,
        ask: true,
      });
  });

  it('"the filing is less important now" lowers it', () => {
    expect(prioritize.extract('the filing is less important now', context())).toMatchObject({
      ref: { kind: 'words', text: 'the filing' },
      priority: 3,
    });
  });

  it('"tag the gazebo task" names no label', () => {
    expect(tag.extract('tag the gazebo task', context())).toBeUndefined();
  });

  it('"unschedule the shed" takes its date off', () => {
    expect(details.extract('unschedule the shed', context())).toEqual({
      type: 'details',
      ref: { kind: 'words', text: 'the shed' },
      text: '',
      clear: ['date'],
    });
  });

  it('"so just monday to thursday" after an add is the days it repeats on', () => {
    const text = 'so just monday to thursday';
    expect(
      details.extract(text, context({ lastAction: 'add', lastTimed: true }, text)),
    ).toMatchObject({ ref: { kind: 'focus' }, text: 'every monday to thursday' });
  });

  it('"tag it kids instead of personal" swaps one label for the other', () => {
    const text = 'tag it kids instead of personal';
    expect(tag.extract(text, context({}, text))).toEqual({
      type: 'tag',
      ref: { kind: 'focus' },
      add: ['kids'],
      remove: ['personal'],
    });
  });

  it('"and stick it under #health" labels it', () => {
    const text = 'and stick it under #health';
    expect(tag.extract(text, context({ lastAction: 'add' }, text))).toMatchObject({
      ref: { kind: 'focus' },
      add: ['health'],
    });
  });

  it('"no wait, it shouldn\'t repeat" stops the repeat of the task talked about', () => {
    const text = "no wait, it shouldn't repeat";
    expect(setRepeat.extract(text, context({ lastAction: 'update' }, text))).toEqual({
      type: 'set-repeat',
      ref: { kind: 'focus' },
      repeat: null,
    });
  });

  it('"remove the bills tag and the date from it" takes those off, never the task', () => {
    const text = 'remove the bills tag and the date from it';
    expect(details.extract(text, context({ lastAction: 'update' }, text))).toEqual([
      { type: 'details', ref: { kind: 'focus' }, text: '', clear: ['date'] },
      { type: 'tag', ref: { kind: 'focus' }, add: [], remove: ['bills'] },
    ]);
    // (something that is no field: left to other rules)
    expect(details.extract('remove the milk from the list', context())).toBeUndefined();
  });

  it('"swap #home for #diy on the paint task", "and swap the exams tag for revision"', () => {
    expect(tag.extract('swap #home for #diy on the paint task', context())).toEqual({
      type: 'tag',
      ref: { kind: 'words', text: 'the paint task' },
      add: ['diy'],
      remove: ['home'],
    });
    const text = 'and swap the exams tag for revision';
    expect(tag.extract(text, context({ lastAction: 'update' }, text))).toMatchObject({
      ref: { kind: 'focus' },
      add: ['revision'],
      remove: ['exams'],
    });
  });

  it('"could it be low priority" after an add asks for that priority', () => {
    const text = 'could it be low priority';
    expect(details.extract(text, context({ lastAction: 'add' }, text))).toMatchObject({
      ref: { kind: 'focus' },
      text: 'low priority',
    });
  });
});

describe('details with a remark after them, and labels just cleared', () => {
  it('"2:30pm actually, their lunch runs late": the time, without the remark', () => {
    const text = '2:30pm actually, their lunch runs late';
    expect(
      details.extract('2:30pm', context({ lastAction: 'add', lastTimed: true }, text)),
    ).toEqual({ type: 'details', ref: { kind: 'focus' }, text: '2:30pm' });
  });
  it('"a #ute label", put on it with any verb of putting', () => {
    for (const verb of ['chuck', 'bung', 'stick'])
      expect(
        details.extract(`${verb} a #ute label on it`, afterAdd(`${verb} a #ute label on it`)),
      ).toEqual({
        type: 'details',
        ref: { kind: 'focus' },
        text: '#ute',
      });
  });
  it('"take them all off" right after the labels changed: the labels, not the task', () => {
    const text = 'take them all off';
    expect(tag.extract(text, context({ lastAction: 'update', lastTagged: true }, text))).toEqual({
      type: 'tag',
      ref: { kind: 'focus' },
      add: [],
      remove: ['*'],
    });
  });
});

describe('rules: a level asked for, and "not urgent" said short', () => {
  it('after "what priority should it have?", a bare level is that priority, not a time', () => {
    const asked = context({ lastAction: 'update', lastTimed: true, askedAbout: 'priority' }, '2');
    expect(prioritize.extract('2', asked)).toEqual({
      type: 'prioritize',
      ref: { kind: 'focus' },
      priority: 2,
    });
    expect(details.extract('2', asked)).toBeUndefined();
    expect(prioritize.extract('high', asked)).toMatchObject({ priority: 1 });
    // (with no level asked for, a bare number is no priority)
    expect(prioritize.extract('2', afterAdd('2'))).toBeUndefined();
  });

  it('"X not urgent now" takes the priority off X, or adds X when no task is called so', () => {
    expect(prioritize.extract('doctor visit not urgent now', context())).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: 'doctor visit' },
      priority: null,
      fallback: { type: 'add', title: 'doctor visit', quick: true },
    });
    // ("mark the gutter one as not important": a level said outright, read above)
    expect(prioritize.extract('mark the gutter one as not important', context())).not.toMatchObject(
      { fallback: expect.anything() },
    );
  });
});

describe('rule: tag, a label renamed or swapped after a change of labels', () => {
  it.each([
    ['rename the harper tag to harperlowe', 'harper', 'harperlowe'],
    ['change the label work to office', 'work', 'office'],
    ['rename #gigs to #shows please', undefined, undefined],
  ])('reads %s as that label on every task that has it', (text, from, to) => {
    const read = tag.extract(text, context({}, text));
    if (!from) return expect(read).not.toMatchObject({ ref: { kind: 'all' } });
    expect(read).toEqual({
      type: 'tag',
      ref: { kind: 'all', status: 'all', filter: { label: from } },
      add: [to],
      remove: [from],
    });
  });

  it('leaves "change the label to upkeep" (the task talked about) alone', () => {
    const text = 'and change the label to upkeep';
    expect(tag.extract(text, context({ lastAction: 'update' }, text))).not.toMatchObject({
      ref: { kind: 'all' },
    });
  });

  it.each([
    ['and put herd on it instead', { add: ['herd'], remove: [] }],
    ['and remove kids', { add: [], remove: ['kids'] }],
  ])('after a change of labels, reads %s for the same task', (text, labels) => {
    const tagged = context({ lastAction: 'update', lastTagged: true }, text);
    expect(tag.extract(text, tagged)).toEqual({ type: 'tag', ref: { kind: 'focus' }, ...labels });
    // (with no labels just changed, "and remove kids" is no label)
    expect(tag.extract(text, context({ lastAction: 'update' }, text))).toBeUndefined();
  });
});

describe('rule: prioritize, two tasks swapping', () => {
  it('reads "swap the priorities of A and B"', () => {
    const text = 'swap the priorities of the knives and the fish';
    expect(prioritize.extract(text, context({}, text))).toEqual({
      type: 'prioritize',
      ref: { kind: 'words', text: 'the knives' },
      priority: null,
      swap: true,
      swapWith: { kind: 'words', text: 'the fish' },
    });
  });

  it('reads "swap the priorities on those two" as the two just shown', () => {
    const text = 'swap the priorities on those two';
    expect(prioritize.extract(text, context({}, text))).toMatchObject({ swap: true });
    expect(prioritize.extract(text, context({}, text))).not.toHaveProperty('swapWith');
  });
});

describe('rule: set-repeat, news of a new rhythm', () => {
  it.each([
    ['choir practice is going fortnightly from now', 'choir practice', 'fortnightly'],
    ['the book club is switching monthly', 'the book club', 'monthly'],
  ])('reads %s', (text, what, repeat) => {
    expect(setRepeat.extract(text, context({}, text))).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: what },
      repeat,
    });
  });
});
