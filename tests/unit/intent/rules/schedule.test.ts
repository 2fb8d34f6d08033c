import { describe, expect, it } from 'vitest';
import { schedule } from '../../../../electron/core/agent/offline/intent/rules/schedule.ts';
import { context } from '../rule-context.ts';

describe('rule: schedule', () => {
  it.each([
    [
      'push the rent one to Monday',
      { ref: { kind: 'words', text: 'the rent one' }, when: 'Monday', later: true },
    ],
    ['postpone the dentist by 2 days', { ref: { kind: 'words', text: 'the dentist' }, shift: 2 }],
    ['push it back a week', { ref: { kind: 'focus' }, shift: 7 }],
    ['push lunch back an hour', { ref: { kind: 'words', text: 'lunch' }, shiftMinutes: 60 }],
    [
      'push the Harbour Films invoice back a month',
      { ref: { kind: 'words', text: 'the Harbour Films invoice' }, shiftMonths: 1 },
    ],
    // a task, then "at" a time (a new task when none is called so)
    [
      'put the feeding at 6am from now on',
      {
        ref: { kind: 'words', text: 'the feeding' },
        when: 'at 6am',
        fallback: { type: 'add', title: 'put the feeding at 6am from now on' },
      },
    ],
    [
      'set the staff meeting at 9',
      {
        ref: { kind: 'words', text: 'the staff meeting' },
        when: 'at 9',
        fallback: { type: 'add', title: 'set the staff meeting at 9' },
      },
    ],
    [
      'snooze the water bill till tomorrow',
      { ref: { kind: 'words', text: 'the water bill' }, when: 'tomorrow' },
    ],
    [
      'move hair appointment to the 22nd at 1pm',
      { ref: { kind: 'words', text: 'hair appointment' }, when: 'the 22nd at 1pm' },
    ],
    [
      'do the call mum one tmrw instead',
      { ref: { kind: 'words', text: 'the call mum one' }, when: 'tmrw' },
    ],
    ['no due date for the gym one', { ref: { kind: 'words', text: 'the gym one' }, clear: true }],
    [
      'shove the rent task to monday',
      { ref: { kind: 'words', text: 'the rent task' }, when: 'monday' },
    ],
    ['change the date of task 2 to sunday', { ref: { kind: 'ids', ids: [2] }, when: 'sunday' }],
    ['push gym +1h', { ref: { kind: 'words', text: 'gym' }, shiftMinutes: 60 }],
    ['dentist +2d', { ref: { kind: 'words', text: 'dentist' }, shift: 2 }],
    ['move standup to 10', { ref: { kind: 'words', text: 'standup' }, when: '10:00' }],
    [
      'the haircut is at 11:45 actually',
      { ref: { kind: 'words', text: 'the haircut' }, when: '11:45' },
    ],
  ] as [string, object][])('reads %s', (text, expected) => {
    expect(schedule.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'schedule',
      ...expected,
    });
  });

  it.each([
    ['2 days later', 2],
    ['push it another day', 1],
    ['a week earlier', -7],
  ] as [string, number][])(
    'right after a date was set, %s moves it from that date',
    (text, shift) => {
      const timed = context({ lastAction: 'add', lastTimed: true }, text);
      expect(schedule.extract(text, timed)).toMatchObject({ type: 'schedule', shift });
    },
  );

  it('leaves a change of words to the rules for titles', () => {
    const text = 'change the rehearsal space one from thursday to friday';
    expect(schedule.extract(text, context({}, text))).toBeUndefined();
    expect(schedule.extract('move the sofa to the spare room', context())).toBeUndefined();
    expect(
      schedule.extract('change the dentist one to Call the dentist at 9', context()),
    ).toBeUndefined();
    // ("make that chapters 3 to 5" puts a title right; "load in is at 7pm" is a remark)
    for (const text of ['make that chapters 3 to 5', 'load in is at 7pm'])
      expect(schedule.extract(text, context({ lastAction: 'add' }, text))).toBeUndefined();
  });
});

describe('rule: schedule, other shapes', () => {
  it('reads a task, an arrow and a day', () => {
    expect(schedule.extract('Task 2 -> wednesday', context())).toEqual({
      type: 'schedule',
      ref: { kind: 'ids', ids: [2] },
      when: 'wednesday',
    });
  });

  it('clears several fields of a named task, and never takes "clear the date" for a delete', () => {
    expect(schedule.extract('clear the date and priority on call landlord', context())).toEqual({
      type: 'details',
      ref: { kind: 'words', text: 'call landlord' },
      text: '',
      clear: ['date', 'priority'],
    });
    expect(schedule.extract('take the due date off buy shoes', context())).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'buy shoes' },
      clear: true,
    });
  });

  it('moves the task named in "I won\'t manage X today, do it …"', () => {
    expect(
      schedule.extract('i wont manage the car wash today, do it in 2 weeks', context()),
    ).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'the car wash' },
      when: 'in 2 weeks',
    });
  });

  it('takes "make it 3 days instead" after a change of date as that shift in place of the last', () => {
    const timed = context({ lastAction: 'update', lastTimed: true, lastShift: 2 });
    expect(schedule.extract('hmm make it 3 days instead', timed)).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      shift: 3,
      instead: true,
    });
    expect(
      schedule.extract('hmm make it 3 days instead', context({ lastAction: 'update' })),
    ).not.toMatchObject({ instead: true });
  });

  it('offers a new task when "book flights on the 15th" names none', () => {
    expect(schedule.extract('book flights on the 15th', context())).toMatchObject({
      fallback: { type: 'add', title: 'book flights on the 15th' },
    });
  });
});

describe('rule: schedule, put right and said short', () => {
  it('"actually 3" after a move of 2 days is 3 days; "make it 12 days" after an add is from today', () => {
    const shifted = context({ lastAction: 'update', lastTimed: true, lastShift: 2 });
    expect(schedule.extract('actually 3', shifted)).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      shift: 3,
      instead: true,
    });
    expect(schedule.extract('nah make it 12 days', context({ lastAction: 'add' }))).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      when: 'in 12 days',
    });
    expect(schedule.extract('actually 3', context({ lastAction: 'add' }))).toBeUndefined();
  });

  it('clears a field of the task just talked about, and reads "X: push to …"', () => {
    expect(schedule.extract('and clear its priority', context({ lastAction: 'update' }))).toEqual({
      type: 'details',
      ref: { kind: 'focus' },
      text: '',
      clear: ['priority'],
    });
    expect(schedule.extract('chase deposit: push to tomorrow afternoon at 2', context())).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'chase deposit' },
      when: 'tomorrow afternoon at 2',
      later: true,
    });
    expect(
      schedule.extract('move the accountant call to the same time tomorrow', context()),
    ).toMatchObject({ ref: { text: 'the accountant call' }, when: 'tomorrow' });
  });
});

describe('moves said in passing', () => {
  const timed = (text: string) => context({ lastAction: 'add', lastTimed: true }, text);
  it.each([
    ['push it back two more days', 2],
    ['postpone it by 2 more days', 2],
    ['change that to the day after', 1],
  ])('%s, right after a date was set', (text, shift) => {
    expect(schedule.extract(text, timed(text))).toMatchObject({ ref: { kind: 'focus' }, shift });
  });
  it.each([
    ['the dentist moved to thursday, same time', 'the dentist', 'thursday'],
    ['gym got pushed to friday', 'gym', 'friday'],
    ['move gym to the day after tomorrow, keep the time', 'gym', 'the day after tomorrow'],
    ["i'll do call dad tomorrow instead", 'call dad', 'tomorrow'],
  ])('%s', (text, ref, when) => {
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'schedule',
      ref: { text: ref },
      when,
    });
  });
  it('"the bank visit, I want it one day later" moves it by a day', () => {
    const text = 'the bank visit, I want it one day later please';
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      ref: { text: 'the bank visit' },
      shift: 1,
    });
  });
  it('"I\'ll call mum tomorrow" is not a move of some task', () => {
    const text = "i'll call mum tomorrow";
    expect(schedule.extract(text, context({}, text))).toBeUndefined();
  });
});

describe('moves told as news', () => {
  it.each([
    [
      'The deadline for the 8C reports got extended by a week, move it',
      { ref: { kind: 'words', text: 'the 8C reports' }, shift: 7 },
    ],
    [
      'The abstract deadline was extended by 5 days, please update it',
      { ref: { kind: 'words', text: 'The abstract' }, shift: 5 },
    ],
    ['my driving lesson got moved to half 5 same day', { when: 'half 5' }],
    ['physio called, they need to move my appointment an hour later', { shiftMinutes: 60 }],
    ['the cat litter can wait till the weekend', { when: 'this weekend' }],
    ["push the Wilsons' lawn to the day after", { shift: 1 }],
  ])('%s', (text, intent) => {
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'schedule',
      ...intent,
    });
  });
  it('"client pushed the call, move it …" moves the task just talked about', () => {
    const text = 'client pushed the call, move it to Friday';
    expect(schedule.extract(text, context({ lastAction: 'add' }, text))).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      when: 'Friday',
      later: true,
    });
  });
  it('leaves a new task with its date to the add rule', () => {
    const text = 'Add renew my parking permit, urgent, due Friday';
    expect(schedule.extract(text, context({}, text))).toBeUndefined();
  });
});

describe('moves said in shorthand, by the last "to", or with a remark first', () => {
  it.each([
    [
      'linen company - tomorrow instead',
      { ref: { kind: 'words', text: 'linen company' }, when: 'tomorrow' },
    ],
    ['refactor auth - no date', { ref: { kind: 'words', text: 'refactor auth' }, clear: true }],
    [
      'move the care agency call to the day after tomorrow, in the evening',
      { when: 'the day after tomorrow in the evening' },
    ],
    [
      'move the email to the ward manager to tomorrow',
      { ref: { kind: 'words', text: 'the email to the ward manager' }, when: 'tomorrow' },
    ],
    [
      'setlist to Jo can go out a day later',
      { ref: { kind: 'words', text: 'setlist to Jo' }, shift: 1 },
    ],
    [
      'no rush on the mower blades, take the date off',
      { ref: { kind: 'words', text: 'the mower blades' }, clear: true },
    ],
  ])('%s', (text, intent) => {
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'schedule',
      ...intent,
    });
  });
  it('"the tenant has asked for a week later" moves the task just set a week on', () => {
    const text = 'The tenant has asked for a week later';
    expect(schedule.extract(text, context({ lastAction: 'add', lastTimed: true }, text))).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      shift: 7,
    });
  });
});

describe('moves made by someone else, and "the same time" kept', () => {
  it.each([
    [
      'the vet moved my appointment to 7:15pm, same day',
      { ref: { kind: 'words', text: 'my appointment' }, when: '7:15pm' },
    ],
    ['move the physio to the same time a week later', { shift: 7 }],
  ])('%s', (text, intent) => {
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'schedule',
      ...intent,
    });
  });
});

describe('the task first, then the move; dates a task "has to be"', () => {
  it.each([
    [
      'the visa documents task, move to day after tomorrow',
      { ref: { kind: 'words', text: 'the visa documents task' }, when: 'day after tomorrow' },
    ],
    [
      'rice cooker task, do it today',
      { ref: { kind: 'words', text: 'rice cooker task' }, when: 'today' },
    ],
    [
      'The Ward final payment has to be the 2nd now',
      { ref: { kind: 'words', text: 'The Ward final payment' }, when: 'the 2nd' },
    ],
  ])('%s', (text, intent) => {
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'schedule',
      ...intent,
    });
  });
});

describe('rule: schedule — a move someone else made, told after a task was talked about', () => {
  const after = context({ lastAction: 'add' });
  it.each([
    ["Gran's moved it to 2pm", { when: '2pm' }],
    ['they rescheduled to Friday, same time', { when: 'Friday' }],
    ['the garage moved it to Monday', { when: 'Monday' }],
    ['she asked for 4:15 instead', { when: '4:15' }],
    ['they gave us until Thursday, move it', { when: 'Thursday' }],
    ["the school rang, it's an hour later now", { shiftMinutes: 60 }],
    ["it's moving to 8:30 from now on", { when: '8:30' }],
    ['that needs doing on the 3rd', { when: 'the 3rd' }],
    ["the train's delayed, push it back 2 hours", { shiftMinutes: 120 }],
  ])('%s', (text, change) => {
    expect(schedule.extract(text, after)).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      ...change,
    });
  });
  it('with nothing talked about, a report of a move is no request', () => {
    expect(schedule.extract("Gran's moved it to 2pm", context())).toBeUndefined();
  });
  it('what someone needs is no date: "my boss needs the report by Friday" is left to others', () => {
    expect(schedule.extract('my boss needs the report by Friday', after)).toBeUndefined();
  });
});

describe('moves told as news', () => {
  it.each([
    [
      "the dentist rang, it's been moved to the same time on the 20th",
      { ref: { kind: 'focus', context: 'the dentist rang' }, when: 'the 20th' },
    ],
    [
      "gym tonight isn't happening, do tomorrow same time",
      { ref: { kind: 'words', text: 'gym' }, when: 'tomorrow' },
    ],
    [
      'Kowalski logo: new deadline is the 25th',
      { ref: { kind: 'words', text: 'Kowalski logo' }, when: 'the 25th' },
    ],
    [
      'give me another 3 days for the theory test revision',
      { ref: { kind: 'words', text: 'the theory test revision' }, shift: 3 },
    ],
    [
      'nursery pickup is at 3:30 today not 3',
      { ref: { kind: 'words', text: 'nursery pickup' }, when: 'at 3:30 today' },
    ],
    [
      'Hughes boiler quote move to Monday 7:30am',
      { ref: { kind: 'words', text: 'Hughes boiler quote' }, when: 'Monday 7:30am' },
    ],
    [
      'the window cleaner needs paying saturday, can you set that',
      { ref: { kind: 'words', text: 'window cleaner' }, when: 'saturday' },
    ],
    [
      'Henderson depo prep needs to be done two days sooner',
      { ref: { kind: 'words', text: 'Henderson depo prep' }, shift: -2 },
    ],
  ])('%s', (text, intent) => {
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'schedule',
      ...intent,
    });
  });

  it('"choir\'s moving to thursdays": it repeats on Thursdays now', () => {
    const text = "choir's moving to thursdays";
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'details',
      text: 'every thursday',
    });
  });

  it.each([
    ['and another day', { shift: 1 }],
    ['Actually no, just by 3 days', { shift: 3, instead: true }],
  ])('"%s" after a move by a day or a week', (text, intent) => {
    const moved = context({ lastAction: 'update', lastTimed: true, lastShift: 1 }, text);
    expect(schedule.extract(text, moved)).toMatchObject({ type: 'schedule', ...intent });
  });
});

describe('moves asked for without a when, or said around it', () => {
  it.each([
    ['can u reschedule my haircut', 'my haircut', 'Reschedule my haircut'],
    [
      'I need to change the time of the parent-teacher meeting',
      'the parent-teacher meeting',
      'Change the time of the parent-teacher meeting',
    ],
    ['move the gym induction', 'the gym induction', 'Move the gym induction'],
  ])('"%s" asks when (a new task if nothing is called that)', (text, task, title) => {
    expect(schedule.extract(text, context())).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: task },
      when: '',
      fallback: { type: 'add', title, unasked: true },
    });
  });

  it.each([
    ['school dey close 3pm today, change the chidi pickup time', 'chidi pickup', '3pm today'],
    ['make the dentist one 3:30pm', 'the dentist one', '3:30pm'],
    ['push the oil change to friday', 'the oil change', 'friday'],
    ['call the bank should be at 9pm not 9am', 'call the bank', 'at 9pm'],
  ])('%s', (text, task, when) => {
    expect(schedule.extract(text, context())).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: task },
      when,
      ...(/^push/.test(text) ? { later: true } : {}),
    });
  });

  it('"make it due on the 25th" dates the task just talked about', () => {
    expect(schedule.extract('make it due on the 25th', context())).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      when: 'the 25th',
    });
  });

  it('"move the sofa to the garage" is no move in time', () => {
    const read = schedule.extract('move the sofa to the garage', context());
    expect(read && !Array.isArray(read) && read.type === 'schedule' && read.when).toBeFalsy();
  });
});

describe('rule: schedule, a task named before how far, and a weekly day put right', () => {
  it.each([
    [
      'physio an hour earlier please',
      { ref: { kind: 'words', text: 'physio' }, shiftMinutes: -60 },
    ],
    ['the dentist 2 days later', { ref: { kind: 'words', text: 'the dentist' }, shift: 2 }],
  ])('reads %s', (text, want) => {
    expect(schedule.extract(text, context({}, text))).toEqual({ type: 'schedule', ...want });
  });

  it('leaves a deed said with how far ("call mom an hour later") and "put it …" alone', () => {
    expect(schedule.extract('call mom an hour later', context())).toBeUndefined();
    expect(schedule.extract('please put it one day later', context())).not.toMatchObject({
      ref: { kind: 'words' },
    });
  });

  it('"gym is on tuesday not thursday": the day a weekly repeat had, said to go', () => {
    expect(schedule.extract('gym is on tuesday not thursday', context())).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'gym' },
      when: 'on tuesday',
      insteadOf: 'TH',
    });
  });
});

describe('rule: schedule, moves said as "so much later" and days a payment comes out', () => {
  it('"can you change to one hour later?" moves it by an hour', () => {
    const text = 'the Japanese lesson, can you change to one hour later';
    expect(schedule.extract(text, context({}, text))).toMatchObject({
      type: 'schedule',
      shiftMinutes: 60,
    });
  });

  it('"the card machine fee comes out on the 5th now"', () => {
    const text = 'the card machine fee comes out on the 5th now';
    expect(schedule.extract(text, context({}, text))).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'the card machine fee' },
      when: 'on the 5th',
    });
  });
});

describe('rule: schedule, "it\'s a day later" said of the task just set', () => {
  it('is a move of that task, not of one called "it\'s"', () => {
    const text = "it's a day later";
    expect(
      schedule.extract(text, context({ lastAction: 'update', lastTimed: true }, text)),
    ).toEqual({ type: 'schedule', ref: { kind: 'focus' }, shift: 1 });
  });
});

describe('rule: schedule, a day told and asked to be its date', () => {
  it('"the thank you cards are going out tomorrow, can you set that as the date"', () => {
    const text = 'the thank you cards are going out tomorrow, can you set that as the date';
    expect(schedule.extract(text, context({}, text))).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'the thank you cards' },
      when: 'tomorrow',
    });
  });
});

describe('rule: schedule, the task talked about put at a time', () => {
  it.each([
    ['put that one at 9am on Monday', { kind: 'focus' }, '9am on Monday'],
    ['set it for Thursday', { kind: 'focus' }, 'Thursday'],
    ['stick them on friday', { kind: 'shown' }, 'friday'],
  ])('"%s"', (text, ref, when) => {
    expect(schedule.extract(text, context({}, text))).toEqual({ type: 'schedule', ref, when });
  });

  it('"push it to 3" right after a time was set is 3 o\'clock', () => {
    expect(schedule.extract('push it to 3', context({ lastTimed: true }))).toMatchObject({
      when: '3:00',
    });
  });
});

describe('rule: schedule, a time or a move told as news', () => {
  it('"Zara\'s lesson is at 5:30pm" sets its time', () => {
    expect(schedule.extract("Zara's lesson is at 5:30pm", context())).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: "Zara's lesson" },
      when: '5:30pm',
    });
    expect(schedule.extract('the meeting is at the office', context())).toBeUndefined();
  });

  it('"Leo\'s dad says he can come 30 minutes later" moves Leo\'s task', () => {
    expect(schedule.extract("Leo's dad says he can come 30 minutes later", context())).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'Leo' },
      shiftMinutes: 30,
    });
  });
});

describe('rule: schedule, news of a new time', () => {
  it.each([
    ['the coach says netball starts at 6pm from now on', { when: 'at 6pm' }],
    ['the setup is half an hour later now', { shiftMinutes: 30 }],
    ['the council extended the consultation by 3 days', { shift: 3 }],
  ])('"%s"', (text, read) => {
    expect(schedule.extract(text, context({}, text))).toMatchObject({ type: 'schedule', ...read });
  });

  it('right after an add, "the gig starts at 8pm" is a remark', () => {
    expect(
      schedule.extract('the gig starts at 8pm', context({ lastAction: 'add' })),
    ).toBeUndefined();
  });

  it('"push it to Monday" is a move that goes later; "move it to Monday" is not', () => {
    const push = 'push the rent to monday';
    expect(schedule.extract(push, context({}, push))).toMatchObject({
      type: 'schedule',
      when: expect.stringMatching(/monday/),
      later: true,
    });
    const move = 'move the rent to monday';
    expect(schedule.extract(move, context({}, move))).not.toHaveProperty('later');
  });
});

describe('rule: schedule, a remark then "push it"', () => {
  it('"rain forecast, push it a day" right after an add: the task just added, unless named', () => {
    expect(
      schedule.extract('rain forecast, push it a day', context({ lastAction: 'add' })),
    ).toEqual({ type: 'schedule', ref: { kind: 'focus', topic: 'rain forecast' }, shift: 1 });
  });

  it('"and due friday 8pm" after a rename: the task just changed', () => {
    expect(schedule.extract('and due friday 8pm', context({ lastAction: 'update' }))).toMatchObject(
      { type: 'schedule', ref: { kind: 'focus' }, when: 'friday 8pm' },
    );
  });
});

describe("rule: schedule, the task's own deed on a day", () => {
  it('"so renew it on 4 October", read out of a longer sentence: the task talked of, then', () => {
    const sentence = 'the insurance runs out on 4 October, so renew it on that day';
    expect(schedule.extract('renew it on 4 October', context({}, sentence))).toMatchObject({
      type: 'schedule',
      ref: { kind: 'focus' },
      when: 'on 4 October',
    });
  });
  it('"renew it on 4 October" said alone, with nothing talked about, is left to other rules', () => {
    const text = 'renew it on 4 October';
    expect(schedule.extract(text, context({}, text))).toBeUndefined();
  });
});

describe('rule: schedule, "make it …" after a clause that names the task', () => {
  it('"the ink order has to go in earlier, make it tomorrow": the task talked of, then', () => {
    const sentence = 'the ink order has to go in earlier, make it tomorrow';
    expect(schedule.extract('make it tomorrow', context({}, sentence))).toMatchObject({
      type: 'schedule',
      ref: { kind: 'focus' },
      when: 'tomorrow',
    });
  });
});

describe('rule: schedule, a move to other weekdays', () => {
  it('reads "X is moving to Wednesdays and Thursdays at 12:30" as those days, every week', () => {
    const text = 'chess club is moving to Wednesdays and Thursdays at 12:30';
    expect(schedule.extract(text, context({}, text))).toEqual({
      type: 'set-repeat',
      ref: { kind: 'words', text: 'chess club' },
      repeat: 'every Wednesday and Thursday at 12:30',
    });
  });

  it('after a move by hours, "another day" is a day more, the same way', () => {
    const text = 'and another day';
    const moved = context({ lastAction: 'update', lastTimed: true, lastShiftMinutes: -120 }, text);
    expect(schedule.extract(text, moved)).toEqual({
      type: 'schedule',
      ref: { kind: 'focus' },
      shift: -1,
    });
  });
});

describe('rule: schedule, the day another task is on, at a time', () => {
  it('reads "move the rehearsal to the same day as the gig, at 3pm"', () => {
    const text = 'move the rehearsal to the same day as the gig, at 3pm';
    expect(schedule.extract(text, context({}, text))).toEqual({
      type: 'schedule',
      ref: { kind: 'words', text: 'the rehearsal' },
      when: 'at 3pm',
      dayOf: { kind: 'words', text: 'the gig' },
    });
  });
});

describe('rule: schedule, swaps, day lists and a day for each', () => {
  it.each([
    [
      "swap Rolo and Luna's times tomorrow",
      {
        type: 'schedule',
        ref: { kind: 'words', text: 'Rolo' },
        swapWith: { kind: 'words', text: 'Luna' },
        swap: 'time',
      },
    ],
    [
      'switch the dates of the MOT and the service',
      {
        type: 'schedule',
        ref: { kind: 'words', text: 'the MOT' },
        swapWith: { kind: 'words', text: 'the service' },
        swap: 'both',
      },
    ],
    [
      'my night shifts changed to Thursday Friday Saturday',
      {
        type: 'set-repeat',
        ref: { kind: 'words', text: 'my night shifts' },
        repeat: 'every Thursday Friday Saturday',
      },
    ],
    [
      'move gym to Mondays and Thursdays',
      {
        type: 'set-repeat',
        ref: { kind: 'words', text: 'gym' },
        repeat: 'every Mondays and Thursdays',
      },
    ],
    ['tick off the one due tomorrow', undefined],
  ])('%s', (text, expected) => {
    expect(schedule.extract(text, context({}, text))).toEqual(expected);
  });

  it('reads "task 2 is due tomorrow and task 3 the day after" as a day for each', () => {
    const text = 'task 2 is due tomorrow and task 3 the day after';
    expect(schedule.extract(text, context({ lastAsked: 'list' }, text))).toEqual([
      { type: 'schedule', ref: { kind: 'ids', ids: [2] }, when: 'tomorrow' },
      { type: 'schedule', ref: { kind: 'ids', ids: [3] }, when: 'the day after tomorrow' },
    ]);
  });

  it('reads "make it due in 5 days" from today, not from its date', () => {
    const text = 'make it due in 5 days';
    const read = schedule.extract(text, context({ lastAction: 'update' }, text));
    expect(read).toMatchObject({ type: 'schedule', ref: { kind: 'focus' } });
    expect(read).not.toHaveProperty('shift');
  });
});
