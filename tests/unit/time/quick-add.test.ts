// Quick add reads dates, times, repeats, priorities and labels out of a line of text, and leaves
// words that only look like dates in the title.
import { describe, expect, it } from 'vitest';
import { countSaid, parseQuickAdd } from '../../../electron/core/time/quick-add.ts';

// Saturday 28 November 2026, 10:00 local time.
const now = new Date(2026, 10, 28, 10, 0);
const parse = (text: string, options = {}) => parseQuickAdd(text, { now, ...options });

describe('quick add', () => {
  it('reads the example from the spec', () => {
    const r = parse('Pay rent tomorrow 9am p1 #home every month');
    expect(r).toMatchObject({
      title: 'Pay rent',
      dueDate: '2026-11-29',
      dueTime: '09:00',
      priority: 1,
      repeat: 'FREQ=MONTHLY',
      labels: ['home'],
    });
    expect(r.parts.map((p) => [p.kind, p.text])).toEqual([
      ['date', 'tomorrow 9am'],
      ['priority', 'p1'],
      ['label', '#home'],
      ['repeat', 'every month'],
    ]);
    for (const p of r.parts)
      expect('Pay rent tomorrow 9am p1 #home every month'.slice(p.start, p.end)).toBe(p.text);
  });

  it.each([
    ['email Priya tomorrow', 'email Priya', '2026-11-29', null],
    ['take the bins out on Thursday at 7pm', 'take the bins out', '2026-12-03', '19:00'],
    ['renew the car insurance in 5 days', 'renew the car insurance', '2026-12-03', null],
    ['dentist next Tue', 'dentist', '2026-12-01', null],
    ['pay on the 1st', 'pay', '2026-12-01', null],
    ['taxes by Friday', 'taxes', '2026-12-04', null],
    ['gym 5pm', 'gym', '2026-11-28', '17:00'],
    ['meet Sam at 3', 'meet Sam', '2026-11-28', '15:00'],
    ['party Dec 15', 'party', '2026-12-15', null],
  ])('%s', (text, title, dueDate, dueTime) => {
    expect(parse(text)).toMatchObject({ title, dueDate, dueTime, repeat: null });
  });

  it.each([
    ['Stretch every morning at 7', 'Stretch', 'FREQ=DAILY', '07:00'],
    ['standup every weekday at 9', 'standup', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '09:00'],
    ['team sync every Mon and Thu 10am', 'team sync', 'FREQ=WEEKLY;BYDAY=MO,TH', '10:00'],
    ['water plants every other day', 'water plants', 'FREQ=DAILY;INTERVAL=2', null],
    ['clean gutters every 3 weeks', 'clean gutters', 'FREQ=WEEKLY;INTERVAL=3', null],
    ['book club every 15th', 'book club', 'FREQ=MONTHLY;BYMONTHDAY=15', null],
    ['invoice every last day of the month', 'invoice', 'FREQ=MONTHLY;BYMONTHDAY=-1', null],
    ['review every first Monday', 'review', 'FREQ=MONTHLY;BYDAY=+1MO', null],
    [
      'Mum birthday every year on March 3',
      'Mum birthday',
      'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=3',
      null,
    ],
    ['backup weekly', 'backup', 'FREQ=WEEKLY', null],
  ])('repeats: %s', (text, title, repeat, dueTime) => {
    // The repeat picks the first day; a time alone doesn't.
    expect(parse(text)).toMatchObject({ title, repeat, dueTime, dueDate: null });
  });

  it('reads priorities as p1–p3, p4 as none, and priority words at either end only', () => {
    expect(parse('call the bank p2')).toMatchObject({ title: 'call the bank', priority: 2 });
    expect(parse('call the bank p4')).toMatchObject({ title: 'call the bank', priority: null });
    expect(parse('file the claim high priority')).toMatchObject({
      title: 'file the claim',
      priority: 1,
    });
    expect(parse('sort receipts low priority')).toMatchObject({ priority: 3 });
    expect(parse('urgent: call the plumber')).toMatchObject({
      title: 'call the plumber',
      priority: 1,
    });
    expect(parse('reply to the urgent email')).toMatchObject({
      title: 'reply to the urgent email',
      priority: null,
    });
  });

  it('reads #labels in lower case, each once', () => {
    expect(parse('taxes #Admin #money #admin')).toMatchObject({
      title: 'taxes',
      labels: ['admin', 'money'],
    });
    expect(parse('fix C# build')).toMatchObject({ title: 'fix C# build', labels: [] });
  });

  it.each([
    'read chapter 3',
    'season 2 finale',
    'Call Mayday Movers',
    'call May about the cat',
    'sun screen',
    'watch 24 hours',
    'Apollo 13 rewatch',
    'fix bug 404',
    'March on',
  ])('leaves "%s" as it is', (text) => {
    expect(parse(text)).toMatchObject({ title: text, dueDate: null, dueTime: null, parts: [] });
  });

  it('keeps quoted text literally, and ranges the person turned back into words', () => {
    expect(parse('"Buy tomorrow\'s paper" p2')).toMatchObject({
      title: "Buy tomorrow's paper",
      dueDate: null,
      priority: 2,
    });
    const text = 'Read Friday Night Lights tomorrow';
    const start = text.indexOf('Friday');
    expect(parse(text, { keep: [{ start, end: start + 'Friday'.length }] })).toMatchObject({
      title: 'Read Friday Night Lights',
      dueDate: '2026-11-29',
    });
  });

  it('leaves dates in the title when date recognition is off', () => {
    expect(parse('email Priya tomorrow p1', { dates: false })).toMatchObject({
      title: 'email Priya tomorrow',
      dueDate: null,
      priority: 1,
    });
  });

  it('reads numeric dates day first or month first, as set', () => {
    expect(parse('party 4/12', { dayFirst: true })).toMatchObject({ dueDate: '2026-12-04' });
    expect(parse('party 12/4', { dayFirst: false })).toMatchObject({ dueDate: '2026-12-04' });
  });

  it('keeps the whole text as the title when nothing else would be left', () => {
    expect(parse('tomorrow')).toMatchObject({ title: 'tomorrow', dueDate: null, parts: [] });
  });

  it('reads more everyday ways of saying a day, a time, a priority, a label and a weekly list', () => {
    // (Saturday 28 November 2026)
    expect(parse('pick up the parcel the day after tomorrow')).toMatchObject({
      title: 'pick up the parcel',
      dueDate: '2026-11-30',
    });
    expect(parse('return the library books a week from today')).toMatchObject({
      title: 'return the library books',
      dueDate: '2026-12-05',
    });
    expect(parse('call the plumber tomorrow at half past eight in the morning')).toMatchObject({
      title: 'call the plumber',
      dueDate: '2026-11-29',
      dueTime: '08:30',
    });
    // minutes past and to the hour, and the 24-hour clock without its colon
    expect(parse('move the car tomorrow at twenty past six in the morning')).toMatchObject({
      title: 'move the car',
      dueTime: '06:20',
    });
    expect(parse('feed the cat at ten to five')).toMatchObject({
      title: 'feed the cat',
      dueTime: '16:50',
    });
    expect(parse('forklift training on the 9th at 0600')).toMatchObject({
      title: 'forklift training',
      dueTime: '06:00',
    });
    expect(parse('handover 1930 hrs')).toMatchObject({ title: 'handover', dueTime: '19:30' });
    expect(parse('tmrw 0730 load at depot 3')).toMatchObject({
      title: 'load at depot 3',
      dueTime: '07:30',
    });
    expect(parse('call 0207 555 1234')).toMatchObject({ dueTime: null });
    expect(parse('water the tomatoes in the evening, about 7pm')).toMatchObject({
      title: 'water the tomatoes',
      dueTime: '19:00',
    });
    expect(parse('buy about 3 things')).toMatchObject({
      title: 'buy about 3 things',
      dueTime: null,
    });
    expect(parse('flat 1208 keys')).toMatchObject({ title: 'flat 1208 keys', dueTime: null });
    expect(parse('pay 1200 to the builder')).toMatchObject({ dueTime: null });
    expect(parse('teach the flow class every monday to thursday at 12:15pm')).toMatchObject({
      title: 'teach the flow class',
      repeat: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH',
      dueTime: '12:15',
    });
    expect(parse('open the cafe every fri-mon')).toMatchObject({
      repeat: 'FREQ=WEEKLY;BYDAY=MO,FR,SA,SU',
    });
    expect(parse('payroll run fortnightly on Fridays p1')).toMatchObject({
      title: 'payroll run',
      repeat: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      priority: 1,
    });
    expect(parse('call insurance company, its urgent')).toMatchObject({
      title: 'call insurance company',
      priority: 1,
    });
    expect(parse('buy paint with the label diy')).toMatchObject({
      title: 'buy paint',
      labels: ['diy'],
    });
    expect(parse('practise piano every monday wednesday and friday')).toMatchObject({
      title: 'practise piano',
      repeat: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    });
    expect(parse('sort the bins on the 20th of December')).toMatchObject({
      title: 'sort the bins',
      dueDate: '2026-12-20',
    });
  });

  it('reads "this evening" as today, and days listed without "and" as a weekly repeat', () => {
    expect(parse('water the tomatoes this evening')).toMatchObject({
      title: 'water the tomatoes',
      dueDate: '2026-11-28',
    });
    expect(parse('gym mon wed fri 7am')).toMatchObject({
      title: 'gym',
      repeat: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      dueTime: '07:00',
    });
    expect(parse('swim tue/thu')).toMatchObject({
      title: 'swim',
      repeat: 'FREQ=WEEKLY;BYDAY=TU,TH',
    });
    expect(parse('gym every mon wed fri')).toMatchObject({
      title: 'gym',
      repeat: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    });
    // one day, or "or", is no list
    expect(parse('call mum monday or tuesday').repeat).toBeNull();
  });

  it('reads EOD, a day after its month with more after it, and Christmas only as a day', () => {
    expect(parse('circulate notes Friday EOD p2 #sprint')).toMatchObject({
      title: 'circulate notes',
      dueDate: '2026-12-04',
      dueTime: '17:00',
      priority: 2,
      labels: ['sprint'],
    });
    expect(parse('submit abstract by 1 march p1 #research')).toMatchObject({
      title: 'submit abstract',
      dueDate: '2027-03-01',
      priority: 1,
    });
    expect(parse('send Christmas cards on 10 December')).toMatchObject({
      title: 'send Christmas cards',
      dueDate: '2026-12-10',
    });
    expect(parse('dinner on christmas day')).toMatchObject({
      title: 'dinner',
      dueDate: '2026-12-25',
    });
    // a number naming a year group is no time of day
    expect(parse('mark the Year 10 quizzes')).toMatchObject({
      title: 'mark the Year 10 quizzes',
      dueTime: null,
    });
    // nor one naming the thing before a day ("at 7 on Friday" is a time)
    expect(parse('record episode 13 on Wednesday at 3pm')).toMatchObject({
      title: 'record episode 13',
      dueTime: '15:00',
    });
    expect(parse('record episode 13 on Wednesday')).toMatchObject({
      title: 'record episode 13',
      dueTime: null,
    });
    expect(parse('dinner at 7 on Friday')).toMatchObject({ title: 'dinner', dueTime: '19:00' });
  });

  it('leaves an ordinal that counts something in the title ("the 3rd chapter")', () => {
    expect(parse('read the 3rd chapter')).toMatchObject({
      title: 'read the 3rd chapter',
      dueDate: null,
    });
    expect(parse('pay rent on the 1st about the flat')).toMatchObject({
      title: 'pay rent about the flat',
      dueDate: '2026-12-01',
    });
  });
  it.each([
    ['call grandma every sunday evening at six', 'call grandma', null, '18:00'],
    ['water the tomatoes every evening at seven', 'water the tomatoes', null, '19:00'],
    [
      'parents evening on Wednesday at half six in the evening',
      'parents evening',
      '2026-12-02',
      '18:30',
    ],
    [
      'meeting with the landlord on thursday at 17h',
      'meeting with the landlord',
      '2026-12-03',
      '17:00',
    ],
    ['pick up grandpa saturday at eleven thirty', 'pick up grandpa', '2026-11-28', '11:30'],
  ])('reads hours said in words or the European way: %s', (text, title, dueDate, dueTime) => {
    expect(parse(text)).toMatchObject({ title, dueTime, ...(dueDate ? { dueDate } : {}) });
  });

  it('leaves numbers that are not hours alone', () => {
    for (const text of ['buy six eggs', 'wait for the six of them', 'half the boxes to the attic'])
      expect(parse(text)).toMatchObject({ title: text, dueDate: null, dueTime: null });
  });
});

describe('the words that led to a detail', () => {
  it('"… at noon its high priority" leaves no "its" in the title', () => {
    expect(
      parse('submit the grant report on October 30th at noon its high priority'),
    ).toMatchObject({ title: 'submit the grant report', priority: 1, dueTime: '12:00' });
  });
  it('a title that ends in "its" with no detail after it keeps it', () => {
    expect(parse('fix the dog and its')).toMatchObject({ title: 'fix the dog and its' });
  });
});

describe('dates and times said in other ways', () => {
  it.each([
    ['dress fitting 4:30pm on the 12th', 'dress fitting', '16:30'],
    ['train ticket tomorrow morning 7', 'train ticket', '07:00'],
    ['lab report this friday by 11:59pm', 'lab report', '23:59'],
    ['lawyer meeting tuesday at 10 of the morning', 'lawyer meeting', '10:00'],
  ])('%s', (text, title, time) => {
    expect(parse(text)).toMatchObject({ title, dueTime: time });
  });
  it('"the twentieth" is the 20th; "the first one" is no date', () => {
    expect(parse('car service the twentieth')).toMatchObject({ title: 'car service' });
    expect(parse('car service the twentieth').dueDate).toMatch(/-20$/);
    expect(parse('do the first one')).toMatchObject({ title: 'do the first one', dueDate: null });
  });
  it('"every morning 6:30" still repeats daily at 6:30', () => {
    expect(parse('check pager every morning 6:30')).toMatchObject({
      repeat: 'FREQ=DAILY',
      dueTime: '06:30',
    });
  });
});

describe('deadlines, mornings, bare ordinals and low importance', () => {
  it.each([
    ['send invoice to client, deadline 18th', 'send invoice to client', /-18$/],
    ['call the tile shop first thing tomorrow', 'call the tile shop', /./],
    ['pay rent on 1st', 'pay rent', /-01$/],
  ])('%s', (text, title, date) => {
    const read = parse(text);
    expect(read.title).toBe(title);
    expect(read.dueDate).toMatch(date);
  });
  it('", not important" is the lowest priority; inside a title it stays words', () => {
    expect(parse('return library books tomorrow, not important')).toMatchObject({
      title: 'return library books',
      priority: 3,
    });
    expect(parse('write the not important memo')).toMatchObject({ priority: null });
  });
  it('"first thing" is 9 in the morning', () => {
    expect(parse('call the tile shop first thing tomorrow')).toMatchObject({ dueTime: '09:00' });
  });
});

it('a day that names a kind of thing ("for Monday meeting", "Friday drinks") is no date', () => {
  expect(parse('prepare the slides for Monday meeting')).toMatchObject({
    title: 'prepare the slides for Monday meeting',
    dueDate: null,
  });
  expect(parse('book friday drinks')).toMatchObject({ dueDate: null });
  expect(parse('call mom monday morning').dueDate).not.toBeNull();
  expect(parse('pay rent friday p1')).toMatchObject({ title: 'pay rent', priority: 1 });
});

describe('shorthand, bare days of the month and priorities between commas', () => {
  it.each([
    ['pay credit card 15th', 'pay credit card', '2026-12-15', null],
    ['update resume nxt wk', 'update resume', '2026-12-05', null],
    ['pay the gas bill, for the day 20', 'pay the gas bill', '2026-12-20', null],
    ['call mum after tomorrow', 'call mum', '2026-11-30', null],
    ['renew my permit, is very urgent, in 10 days', 'renew my permit', '2026-12-08', 1],
    ['fix the gate, urgent, due Friday', 'fix the gate', '2026-12-04', 1],
  ])('%s', (text, title, dueDate, priority) => {
    expect(parse(text)).toMatchObject({ title, dueDate, priority });
  });
  it('keeps ordinals that name a birthday or follow a month in the title or date', () => {
    expect(parse("plan Ella's 21st")).toMatchObject({ title: "plan Ella's 21st", dueDate: null });
    expect(parse('buy card for my 40th')).toMatchObject({ dueDate: null });
    expect(parse('book club every 15th').repeat).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });
  it('"each Monday and each Wednesday" is one repeat; "at lunchtime" is midday', () => {
    expect(parse('English class each Monday and each Wednesday at 18h')).toMatchObject({
      title: 'English class',
      repeat: 'FREQ=WEEKLY;BYDAY=MO,WE',
      dueTime: '18:00',
    });
    expect(parse('return the keys at lunchtime tomorrow').dueTime).toBe('12:00');
    expect(parse('call Sam, medium importance').priority).toBe(2);
  });
});

describe('the 24-hour clock', () => {
  it('"06:45" is the morning; "6:45" alone is still read as the evening', () => {
    expect(parse('check pager battery every day at 06:45').dueTime).toBe('06:45');
    expect(parse('walk the dog at 6:45').dueTime).toBe('18:45');
  });
});

describe('more ways of saying when', () => {
  it.each([
    ['school trip a week on Friday', 'school trip', '2026-12-04', null],
    ['session with Jordan at 7.30am on Monday', 'session with Jordan', '2026-11-30', '07:30'],
    ['send docs latest by Friday 2pm', 'send docs', '2026-12-04', '14:00'],
    ['fuel the generator this evening by 7', 'fuel the generator', '2026-11-28', '19:00'],
    ['fire safety inspection at noon on the 8th', 'fire safety inspection', '2026-12-08', '12:00'],
  ])('%s', (text, title, dueDate, dueTime) => {
    expect(parse(text)).toMatchObject({ title, dueDate, dueTime });
  });
  it('"every month the day 5" is monthly on the 5th', () => {
    expect(parse('pay the community every month the day 5')).toMatchObject({
      title: 'pay the community',
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=5',
    });
  });
});

describe('next week, said around the day', () => {
  it.each(['pay phone bill next week Monday', 'pay phone bill Monday next week'])('%s', (text) => {
    expect(parse(text)).toMatchObject({ title: 'pay phone bill', dueDate: '2026-11-30' });
  });
});

describe('repeats and times said loosely', () => {
  it.each([
    ['practise scales every days', { title: 'practise scales', repeat: 'FREQ=DAILY' }],
    [
      'pay the cleaner 15th every month',
      { title: 'pay the cleaner', repeat: 'FREQ=MONTHLY;BYMONTHDAY=15' },
    ],
    ['check in every Friday', { title: 'check in', repeat: 'FREQ=WEEKLY;BYDAY=FR' }],
    [
      'ring the bank tomorrow in the morning at 10',
      { title: 'ring the bank', dueDate: '2026-11-29', dueTime: '10:00' },
    ],
    ['walk the dog tomorrow in the evening at 7', { title: 'walk the dog', dueTime: '19:00' }],
  ])('%s', (text, read) => {
    expect(parse(text)).toMatchObject(read);
  });
  it('"in" before a span of time still goes with it', () => {
    expect(parse('dentist in 2 days')).toMatchObject({ title: 'dentist' });
  });
});

describe('words that look like times but are not, and end of day', () => {
  it.each([
    ['harvest the honey on 20 August', { title: 'harvest the honey', dueDate: '2027-08-20' }],
    [
      'open home at 14 Kauri Street on Saturday at 11am',
      { title: 'open home at 14 Kauri Street', dueDate: '2026-11-28', dueTime: '11:00' },
    ],
    [
      'appraisal at 9 Rata Lane tomorrow at 10am',
      { title: 'appraisal at 9 Rata Lane', dueTime: '10:00' },
    ],
    ['teach the lunchtime flow class every weekday', { title: 'teach the lunchtime flow class' }],
  ])('%s', (text, read) => {
    expect(parse(text)).toMatchObject(read);
  });
  it('"eod" is today at 17:00 even after five', () => {
    expect(parse('invoice acme eod', { now: new Date(2026, 10, 28, 18, 30) })).toMatchObject({
      title: 'invoice acme',
      dueDate: '2026-11-28',
      dueTime: '17:00',
    });
    expect(parse('report friday eod')).toMatchObject({ dueDate: '2026-12-04', dueTime: '17:00' });
  });
});

describe("short day names, a week tomorrow, days' time", () => {
  it.each([
    [
      'dentist tues 9:15am p1',
      { title: 'dentist', dueDate: '2026-12-01', dueTime: '09:15', priority: 1 },
    ],
    ['book the sweep a week tomorrow', { title: 'book the sweep', dueDate: '2026-12-06' }],
    ["send the cards in three days' time", { title: 'send the cards', dueDate: '2026-12-01' }],
    ['buy the present in the 5 days', { title: 'buy the present', dueDate: '2026-12-03' }],
  ])('%s', (text, read) => {
    expect(parse(text)).toMatchObject(read);
  });
});

describe('quick add: more ways of saying when', () => {
  it.each([
    // (Saturday 28 November 2026, 10:00)
    [
      'clean the filter every 10 days',
      { title: 'clean the filter', repeat: 'FREQ=DAILY;INTERVAL=10' },
    ],
    [
      'check the hives every 12 weeks',
      { title: 'check the hives', repeat: 'FREQ=WEEKLY;INTERVAL=12' },
    ],
    ['service the car Tuesday week', { title: 'service the car', dueDate: '2026-12-01' }],
    ['pay the nursery. Every month, 5th day', { repeat: 'FREQ=MONTHLY;BYMONTHDAY=5' }],
    [
      'pay the fees each month on day 10',
      { title: 'pay the fees', repeat: 'FREQ=MONTHLY;BYMONTHDAY=10' },
    ],
    ['fetch Sam later 4:30pm', { title: 'fetch Sam', dueTime: '16:30' }],
    [
      'send the fees on Monday by 12 noon',
      { title: 'send the fees', dueDate: '2026-11-30', dueTime: '12:00' },
    ],
    [
      'bring the papers the next Tuesday at 10 of the morning',
      { title: 'bring the papers', dueDate: '2026-12-01', dueTime: '10:00' },
    ],
    ["tyres to the workshop at 14 o'clock", { dueTime: '14:00' }],
    [
      'file the visa papers 3 weeks later from today',
      { title: 'file the visa papers', dueDate: '2026-12-19' },
    ],
    ["shear the ewes in a fortnight's time", { title: 'shear the ewes', dueDate: '2026-12-12' }],
    [
      'pick up the ute Thursday, say 3pm',
      { title: 'pick up the ute', dueDate: '2026-12-03', dueTime: '15:00' },
    ],
    [
      'return the pheasant with a due date of the 19th',
      { title: 'return the pheasant', dueDate: '2026-12-19' },
    ],
  ])('%s', (text, read) => {
    expect(parse(text)).toMatchObject(read);
  });

  it('keeps "the 7:15 ferry" in the title: a time that names a thing', () => {
    expect(parse('book tickets for the 7:15 ferry')).toMatchObject({
      title: 'book tickets for the 7:15 ferry',
      dueTime: null,
    });
  });
});

describe('quick add: times said loosely', () => {
  it.each([
    [
      'pick up the suit tmrw 6p',
      { title: 'pick up the suit', dueDate: '2026-11-29', dueTime: '18:00' },
    ],
    [
      'book the Zamboni for the 12th, eh, around 7 in the morning',
      { title: 'book the Zamboni', dueDate: '2026-12-12', dueTime: '07:00' },
    ],
    [
      'turn the oyster bags on the 17th, about 4:40am',
      { title: 'turn the oyster bags', dueDate: '2026-12-17', dueTime: '04:40' },
    ],
    [
      'send the schedule due on the 5th at midday',
      { title: 'send the schedule', dueDate: '2026-12-05', dueTime: '12:00' },
    ],
    [
      'change the oil filter on the twelfth at ten hundred hours',
      { title: 'change the oil filter', dueDate: '2026-12-12', dueTime: '10:00' },
    ],
    ['take the tyres to the workshop on the 30.', { dueDate: '2026-11-30' }],
  ])('%s', (text, read) => {
    expect(parse(text)).toMatchObject(read);
  });

  it('"4:30 p.m." is still 16:30 (the "p" of "p.m." is no "6p")', () => {
    expect(parse('pick up the cleats Thursday at 4:30 p.m.')).toMatchObject({
      title: 'pick up the cleats',
      dueTime: '16:30',
    });
  });

  it('"6p" inside a title is not a time', () => {
    expect(parse('play 6p doubles')).toMatchObject({ title: 'play 6p doubles', dueTime: null });
  });
});

describe('quick add: more ways of saying when and how often', () => {
  it.each([
    [
      'call the office tomorrow morning 7ish',
      { title: 'call the office', dueDate: '2026-11-29', dueTime: '07:00' },
    ],
    [
      'meet Sam at 10:30ish on Friday',
      { title: 'meet Sam', dueDate: '2026-12-04', dueTime: '10:30' },
    ],
    ['buy size 7ish shoes', { title: 'buy size 7ish shoes', dueTime: null }],
    [
      'lock up the hall at midnight tonight',
      { title: 'lock up the hall', dueDate: '2026-11-29', dueTime: '00:00' },
    ],
    ['call Nan at tea time tomorrow', { title: 'call Nan', dueDate: '2026-11-29' }],
    ['ring Dad at dusk tomorrow', { title: 'ring Dad', dueDate: '2026-11-29' }],
    ['laundry sunday nite 9pm', { title: 'laundry', dueDate: '2026-11-29', dueTime: '21:00' }],
    [
      'practise scales friday, the afternoon, about 2',
      { title: 'practise scales', dueDate: '2026-12-04', dueTime: '14:00' },
    ],
    [
      'call the plant in the evening at 7 tomorrow',
      { title: 'call the plant', dueDate: '2026-11-29', dueTime: '19:00' },
    ],
    [
      'pay back Siobhán the 20 quid, no rush, low priority',
      { title: 'pay back Siobhán the 20 quid', priority: 3 },
    ],
    [
      'deep clean the freezer at the end of every month',
      { title: 'deep clean the freezer', repeat: 'FREQ=MONTHLY;BYMONTHDAY=-1' },
    ],
    [
      'physio exercises twice a week on Mon and Thu',
      { title: 'physio exercises', repeat: 'FREQ=WEEKLY;BYDAY=MO,TH' },
    ],
    [
      'run payroll on the last Friday of every month',
      { title: 'run payroll', repeat: 'FREQ=MONTHLY;BYDAY=-1FR' },
    ],
    [
      'stock take the first monday of each month',
      { title: 'stock take', repeat: 'FREQ=MONTHLY;BYDAY=+1MO' },
    ],
  ])('%s', (text, read) => {
    expect(parse(text)).toMatchObject(read);
  });
});

describe('quick add: words that look like dates but are not', () => {
  it('"cob" alone is a horse; "by cob" and "COB" are close of business', () => {
    expect(parse("re-shoe Mrs Flanagan's cob on Thursday")).toMatchObject({
      title: "re-shoe Mrs Flanagan's cob",
      dueDate: '2026-12-03',
      dueTime: null,
    });
    expect(parse('send the report by cob')).toMatchObject({
      title: 'send the report',
      dueTime: '17:00',
    });
    expect(parse('send the report friday COB')).toMatchObject({
      title: 'send the report',
      dueDate: '2026-12-04',
      dueTime: '17:00',
    });
  });

  it.each([
    ['the dog booster in a year', '2027-11-28'],
    ['the dog booster in 6 months', '2027-05-28'],
    ["the dog booster in a year's time", '2027-11-28'],
    ['renew the permit in a month', '2026-12-28'],
  ])('%s', (text, dueDate) => {
    expect(parse(text)).toMatchObject({ dueDate });
  });

  it('keeps the "in" of "put the dough in at 5"', () => {
    expect(parse('put the dough in at 5 on Saturday')).toMatchObject({ title: 'put the dough in' });
  });
});

describe('quick add: tests in capitals, holidays, days of the month, days left out', () => {
  it('"the SAT" is a test, not a Saturday', () => {
    expect(parse('study for the SAT high priority')).toMatchObject({
      title: 'study for the SAT',
      dueDate: null,
      priority: 1,
    });
  });

  it('reads Halloween and Valentine\'s Day as days, "Halloween costumes" as a thing', () => {
    expect(parse('carve the pumpkins on Halloween')).toMatchObject({
      title: 'carve the pumpkins',
      dueDate: '2027-10-31',
    });
    expect(parse("book dinner for valentine's day")).toMatchObject({
      title: 'book dinner',
      dueDate: '2027-02-14',
    });
    expect(parse('buy halloween costumes')).toMatchObject({
      title: 'buy halloween costumes',
      dueDate: null,
    });
  });

  it('reads several days of the month as one monthly repeat', () => {
    expect(parse('submit my DTR every 15th and 30th of the month')).toMatchObject({
      title: 'submit my DTR',
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=15,30',
    });
    expect(parse('pay the nanny on the 1st and 15th of every month')).toMatchObject({
      title: 'pay the nanny',
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=1,15',
    });
  });

  it('leaves out the days said after "except", and takes days said apart from "every week"', () => {
    expect(parse('jog every morning at 6:30 except weekends')).toMatchObject({
      title: 'jog',
      dueTime: '06:30',
      repeat: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    });
    expect(parse('gym every day except sunday')).toMatchObject({
      title: 'gym',
      repeat: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA',
    });
    expect(parse('footy training tues and thurs arvos, every week')).toMatchObject({
      title: 'footy training',
      repeat: 'FREQ=WEEKLY;BYDAY=TU,TH',
    });
  });
});

describe('quick add: ages and named days are not dates', () => {
  it('"8 week jabs" and "Blue Monday" stay in the title', () => {
    expect(parse("baby's 8 week jabs at the surgery, the 14th at 10:20")).toMatchObject({
      title: "baby's 8 week jabs at the surgery",
      dueDate: '2026-12-14',
      dueTime: '10:20',
    });
    expect(parse('learn the bassline for Blue Monday')).toMatchObject({
      title: 'learn the bassline for Blue Monday',
      dueDate: null,
    });
    expect(parse('return it in 2 weeks')).toMatchObject({
      title: 'return it',
      dueDate: '2026-12-12',
    });
  });

  it('reads how long a repeat lasts as a count of occurrences', () => {
    expect(parse('take the antibiotics every day for 7 days')).toMatchObject({
      title: 'take the antibiotics',
      repeat: 'FREQ=DAILY;COUNT=7',
    });
    expect(parse('water the seedlings daily for a week')).toMatchObject({
      title: 'water the seedlings',
      repeat: 'FREQ=DAILY;COUNT=7',
    });
    expect(parse('physio every monday and thursday for 3 weeks').repeat).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6',
    );
    expect(parse('call grandad weekly for 6 weeks').repeat).toBe('FREQ=WEEKLY;COUNT=6');
    // (a stay of some days, then a repeat: no count)
    expect(parse('stay for 3 days every week').repeat).toBe('FREQ=WEEKLY');
  });

  it('reads "fortnightly" before the title as every other week on the days said', () => {
    expect(parse('fortnightly catch-up with Ngaio on Mondays')).toMatchObject({
      title: 'catch-up with Ngaio',
      repeat: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
    });
  });

  it('reads parts set apart by dashes or double slashes', () => {
    expect(parse('payroll - fri - p1')).toMatchObject({
      title: 'payroll',
      dueDate: '2026-12-04',
      priority: 1,
    });
    expect(parse('draft newsletter // thu // p1')).toMatchObject({
      title: 'draft newsletter',
      dueDate: '2026-12-03',
      priority: 1,
    });
    // (a dash inside a title stays)
    expect(parse('Golf - timing belt').title).toBe('Golf - timing belt');
  });

  it('reads "day 10 of the month" as the 10th, and not a day of something else', () => {
    expect(parse('pay the condominium in day 10')).toMatchObject({
      title: 'pay the condominium',
      dueDate: '2026-12-10',
    });
    expect(parse('rent due day 1 of every month')).toMatchObject({
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=1',
    });
    expect(parse('day 10 of the course').dueDate).toBeNull();
  });

  it('keeps the part of the day said after a time: "at 7 this evening"', () => {
    expect(parse('call Tobi at 7 this evening')).toMatchObject({
      title: 'call Tobi',
      dueDate: '2026-11-28',
      dueTime: '19:00',
    });
    expect(parse('book room 7 this evening').title).toBe('book room 7');
  });
});

describe('quick add: days of the month, ordinal steps and counts said later', () => {
  it('reads "the 1st of the month" as the next 1st, and beside "every month" as each 1st', () => {
    expect(parse('pay rent the 1st of the month')).toMatchObject({
      title: 'pay rent',
      dueDate: '2026-12-01',
      repeat: null,
    });
    expect(parse('1st of the month, every month: pay rent')).toMatchObject({
      title: 'pay rent',
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=1',
    });
    // (several days of the month stay one repeat)
    expect(parse('submit my DTR every 15th and 30th of the month')).toMatchObject({
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=15,30',
    });
  });

  it('reads "every 2nd day" and "every 3rd week" as steps, not days of the month', () => {
    expect(parse('every 2nd day - water the ferns')).toMatchObject({
      title: 'water the ferns',
      repeat: 'FREQ=DAILY;INTERVAL=2',
    });
    expect(parse('clean the gutters every 3rd week')).toMatchObject({
      repeat: 'FREQ=WEEKLY;INTERVAL=3',
    });
    // ("every 2nd Tuesday" is still a place in the month)
    expect(parse('book club every 2nd tuesday').repeat).toBe('FREQ=MONTHLY;BYDAY=+2TU');
  });

  it('reads a part of the day said without "the"', () => {
    expect(parse('learn words at 9 in evening every day')).toMatchObject({
      title: 'learn words',
      dueTime: '21:00',
      repeat: 'FREQ=DAILY',
    });
  });

  it('counts a span said of a repeat already set', () => {
    expect(countSaid('FREQ=WEEKLY;BYDAY=MO', 'only for 6 weeks')).toBe(6);
    expect(countSaid('FREQ=WEEKLY;BYDAY=TU,TH', 'for 4 weeks')).toBe(8);
    expect(countSaid('FREQ=DAILY', 'for two weeks')).toBe(14);
    expect(countSaid('FREQ=MONTHLY;BYMONTHDAY=1', 'only 10 payments')).toBe(10);
    expect(countSaid('FREQ=WEEKLY;INTERVAL=2', 'just 5 times')).toBe(5);
    // (a span that doesn't fit the rule, or words that aren't a span)
    expect(countSaid('FREQ=MONTHLY', 'for 3 days')).toBe(0);
    expect(countSaid('FREQ=DAILY', 'in 6 weeks')).toBe(0);
  });
});

describe('quick add: a part of the day with no hour said', () => {
  it.each([
    ['call mum tomorrow evening', { dueDate: '2026-11-29', dueTime: '18:00' }],
    ['mow the lawn on Saturday morning', { dueTime: '09:00' }],
    [
      'put the bins out every Wednesday evening',
      { dueTime: '18:00', repeat: 'FREQ=WEEKLY;BYDAY=WE' },
    ],
    ['take vitamins every morning', { dueTime: '09:00', repeat: 'FREQ=DAILY' }],
    ['jog tomorrow morning at 7', { dueTime: '07:00' }],
  ])('%s', (text, want) => {
    expect(parse(text)).toMatchObject(want);
  });

  it('leaves a title that only names a part of the day alone', () => {
    expect(parse('buy milk').dueTime).toBeNull();
  });
});

describe('quick add: days of the month and of the year said with the repeat', () => {
  it.each([
    ['pay rent 1st monthly #bills', 'FREQ=MONTHLY;BYMONTHDAY=1'],
    [
      'submit expenses on the last working day of each month',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    ],
    ['pay the NMC fee on 1 April every year', 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1'],
    ['renew the car tax every year', 'FREQ=YEARLY'],
  ])('%s', (text, repeat) => {
    expect(parse(text).repeat).toBe(repeat);
  });
});

describe('quick add: today said by its date', () => {
  it('"28 November" said on the afternoon of 28 November is today, not a year on', () => {
    const afternoon = new Date(2026, 10, 28, 15, 0);
    expect(parseQuickAdd('pay the fine 28 November', { now: afternoon }).dueDate).toBe(
      '2026-11-28',
    );
    expect(parseQuickAdd('pay the fine 27 November', { now: afternoon }).dueDate).toBe(
      '2027-11-27',
    );
  });
});

describe('numbers and letters that are no date', () => {
  const now = new Date(2026, 10, 30, 15, 0);
  const read = (text: string) => parseQuickAdd(text, { now });
  it('"w/" is "with", "under-10s" an age, "episode 12" a name', () => {
    expect(read('1:1 w/ Sam wed 2pm')).toMatchObject({
      title: '1:1 w/ Sam',
      dueDate: '2026-12-02',
      dueTime: '14:00',
    });
    expect(read('drive the under-10s to training tuesday at 6:30pm')).toMatchObject({
      title: 'drive the under-10s to training',
      dueDate: '2026-12-01',
      dueTime: '18:30',
    });
    expect(read('listen to episode 12 tonight')).toMatchObject({
      title: 'listen to episode 12',
      dueDate: '2026-11-30',
    });
    expect(read('flat 3 inspection friday 10am')).toMatchObject({
      title: 'flat 3 inspection',
      dueTime: '10:00',
    });
  });

  it('"this wknd"; "first thing tomorrow, 8:30" is at 8:30', () => {
    expect(read('sort out the garage this wknd')).toMatchObject({
      title: 'sort out the garage',
      dueDate: '2026-12-05',
    });
    expect(read('review first thing tomorrow, 8:30')).toMatchObject({
      title: 'review',
      dueDate: '2026-12-01',
      dueTime: '08:30',
    });
    expect(read('review first thing tomorrow')).toMatchObject({ dueTime: '09:00' });
  });
});

describe('a repeat counted after a comma, and "9a"', () => {
  const read = (text: string) => parseQuickAdd(text, { now });
  it('"every day, 5 times", "…, 6 sessions", "it\'s a 10 day course"', () => {
    expect(read('water the seedlings every day, 5 times')).toMatchObject({
      title: 'water the seedlings',
      repeat: 'FREQ=DAILY;COUNT=5',
    });
    expect(read('swim lesson every Saturday at 10am, 6 lessons')).toMatchObject({
      title: 'swim lesson',
      repeat: 'FREQ=WEEKLY;BYDAY=SA;COUNT=6',
    });
    expect(read('eye drops every day, a 10 day course')).toMatchObject({
      title: 'eye drops',
      repeat: 'FREQ=DAILY;COUNT=10',
    });
    // (a count with no repeat is part of the title; a length naming a thing stays in it)
    expect(read('buy 5 times tables posters')).toMatchObject({ repeat: null });
    expect(read('book the 6 week course every monday')).toMatchObject({
      title: 'book the 6 week course',
    });
  });

  it('"tmrw 7a p2" is 7am', () => {
    expect(read('open the salon tmrw 7a p2')).toMatchObject({
      title: 'open the salon',
      dueTime: '07:00',
      priority: 2,
    });
  });
});

describe('every first of the month', () => {
  const read = (text: string) => parseQuickAdd(text, { now });
  it('"every first of the month" is each 1st', () => {
    expect(read('check the smoke alarms every first of the month')).toMatchObject({
      title: 'check the smoke alarms',
      repeat: 'FREQ=MONTHLY;BYMONTHDAY=1',
    });
  });
});

describe('day words met in held-out set UG (said differently here)', () => {
  const now = new Date(2026, 10, 30, 9, 0); // a Monday
  it.each([
    ['water the ferns thurs pm', 'water the ferns', '2026-12-03', '14:00'],
    ['book the van sat am', 'book the van', '2026-12-05', '09:00'],
    ['send the report eow', 'send the report', '2026-12-04', null],
    ['order paint for coming Wednesday', 'order paint', '2026-12-02', null],
    ['fetch the ram next tomorrow', 'fetch the ram', '2026-12-02', null],
    ['file the claim within a fortnight', 'file the claim', '2026-12-14', null],
  ])('reads %s', (line, title, date, time) => {
    const read = parseQuickAdd(line, { now });
    expect([read.title, read.dueDate, read.dueTime]).toEqual([title, date, time]);
  });
});

describe('days and times met in held-out sets BN and UH (said differently here)', () => {
  const now = new Date(2026, 10, 30, 9, 0); // a Monday
  it.each([
    ['fix the feed line on the 6-meter beam', 'fix the feed line on the 6-meter beam', null, null],
    ['pay the cleaner the 20 of the month', 'pay the cleaner', '2026-12-20', null],
    ['ring the bank at ten fifteen', 'ring the bank', '2026-11-30', '10:15'],
    ['call the garage on friday at 8 forty five', 'call the garage', '2026-12-04', '08:45'],
    ['buy 2 thirty packs of nails', 'buy 2 thirty packs of nails', null, null],
    ['pick up the kimono on friday at 10 hour', 'pick up the kimono', '2026-12-04', '10:00'],
  ])('reads %s', (line, title, date, time) => {
    const read = parseQuickAdd(line, { now });
    expect([read.title, read.dueDate, read.dueTime]).toEqual([title, date, time]);
  });
});

describe('days met in held-out sets BP and UI (said differently here)', () => {
  const now = new Date(2026, 10, 30, 9, 0); // a Monday
  it.each([
    ['order a second ladder for the van', 'order a second ladder for the van', null, null],
    ['back in a sec, ring Jo', 'back in a sec, ring Jo', null, null],
    ['service the boiler this coming Thursday', 'service the boiler', '2026-12-03', null],
    ['ring the vet coming Friday at 2pm', 'ring the vet', '2026-12-04', '14:00'],
  ])('reads %s', (line, title, date, time) => {
    const read = parseQuickAdd(line, { now });
    expect([read.title, read.dueDate, read.dueTime]).toEqual([title, date, time]);
  });
});

describe('quick add: a day reckoned from another', () => {
  it.each([
    ['pack the day before the 10th of December', 'pack', '2026-12-09', null],
    ['pay rent 2 days before the 20th of August', 'pay rent', '2027-08-18', null],
    ['ring the vet the day after the 3rd', 'ring the vet', '2026-12-04', null],
    ['prep 3 days before dec 10 at 9am', 'prep', '2026-12-07', '09:00'],
    ['dinner the day after friday at 7pm', 'dinner', '2026-12-05', '19:00'],
    ['order the cake a week before 24 December', 'order the cake', '2026-12-17', null],
    // (said on a Saturday: the Friday before next Saturday, not yesterday)
    ['hoover the day before saturday', 'hoover', '2026-12-04', null],
  ])('%s', (text, title, dueDate, dueTime) => {
    expect(parse(text)).toMatchObject({ title, dueDate, dueTime });
  });

  it('reads no date from a day reckoned from nothing said ("the day before")', () => {
    for (const text of ['pay rent the day before', 'buy balloons the day before the party'])
      expect(parse(text)).toMatchObject({ title: text, dueDate: null });
  });
});

describe('nights, days reckoned from tomorrow, and words that are not days', () => {
  it.each([
    ['check the cam every 2 nights', 'check the cam', null, null, 'FREQ=DAILY;INTERVAL=2'],
    ['check the cam every other night', 'check the cam', null, null, 'FREQ=DAILY;INTERVAL=2'],
    ['dentist every half year', 'dentist', null, null, 'FREQ=MONTHLY;INTERVAL=6'],
    // ("every night at 02:00": the small hours, not 14:00)
    [
      'check the meteor cam every night at 02:00',
      'check the meteor cam',
      null,
      '02:00',
      'FREQ=DAILY',
    ],
    ['feed the lambs every night at 2', 'feed the lambs', null, '02:00', 'FREQ=DAILY'],
    ['call mum two days after tomorrow at 9 pm', 'call mum', '2026-12-01', '21:00', null],
    // (words of the title: "the day team", "the first-aid kit")
    [
      'hand the keys to the day team at 07:45 tomorrow',
      'hand the keys to the day team',
      '2026-11-29',
      '07:45',
      null,
    ],
    [
      'refill the first-aid kit on the coach',
      'refill the first-aid kit on the coach',
      null,
      null,
      null,
    ],
  ])('%s', (text, title, dueDate, dueTime, repeat) => {
    expect(parse(text)).toMatchObject({ title, dueDate, dueTime, repeat });
  });
});
