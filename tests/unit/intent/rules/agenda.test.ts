import { describe, expect, it } from 'vitest';
import { agenda } from '../../../../electron/core/agent/offline/intent/rules/agenda.ts';
import { context } from '../rule-context.ts';

const asked = (text: string) => ({ ...context({}, text), question: true });

describe('rule: agenda', () => {
  it.each([
    ["what's due today?", { type: 'agenda', due: 'today' }],
    ['anything overdue?', { type: 'agenda', due: 'overdue' }],
    ['is anything past due', { type: 'agenda', due: 'overdue' }],
    ["what's coming up this week?", { type: 'agenda', due: 'upcoming' }],
    ["what's urgent?", { type: 'agenda', priority: 1 }],
    ['whats high priority rn', { type: 'agenda', priority: 1 }],
    ["what's tagged work?", { type: 'agenda', label: 'work' }],
    ["what's under errands?", { type: 'agenda', label: 'errands' }],
    ['what have I got on Friday?', { type: 'agenda', on: 'Friday' }],
    ["which tasks don't have a due date?", { type: 'agenda', due: 'none' }],
    ['which of my tasks repeat?', { type: 'agenda', repeating: true }],
    // the filter alone, asked
    ['overdue?', { type: 'agenda', due: 'overdue' }],
    ['urgent list?', { type: 'agenda', priority: 1 }],
    ['tagged diy?', { type: 'agenda', label: 'diy' }],
    ['today?', { type: 'agenda', due: 'today' }],
    ['show me the tasks for today please', { type: 'agenda', due: 'today' }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(agenda.extract(text.replace(/\?$/, ''), asked(text))).toEqual(intent);
  });

  it('leaves other questions and requests to other rules', () => {
    expect(agenda.extract("what's pending", asked("what's pending?"))).toBeUndefined();
    expect(agenda.extract('add buy milk tomorrow', context())).toBeUndefined();
    // (a word alone is a filter only when it is one, and a long remark is no filter)
    expect(agenda.extract('milk', asked('milk?'))).toBeUndefined();
    const remark = 'the groceries are not done after all, I forgot half the list';
    expect(agenda.extract(remark, context({}, remark))).toBeUndefined();
  });
});

describe('rule: agenda, combined and asked again', () => {
  const afterAgenda = (text: string, agendaAsked: object) => ({
    ...context({ lastAsked: 'list', agenda: agendaAsked }, text),
    question: true,
  });

  it.each([
    ['any high priority stuff for today?', { type: 'agenda', priority: 1, due: 'today' }],
    ['any urgent ones due this week?', { type: 'agenda', priority: 1, due: 'upcoming' }],
    ['what do I need to do today?', { type: 'agenda', due: 'today' }],
    ['what I have to do this week?', { type: 'agenda', due: 'upcoming' }],
    [
      'what am I meant to be doing today, honestly I have lost track',
      { type: 'agenda', due: 'today' },
    ],
    ['do I have anything due today or did I forget something?', { type: 'agenda', due: 'today' }],
    ["what's on my errands list?", { type: 'agenda', label: 'errands', listNamed: true }],
    ['whats low prio', { type: 'agenda', priority: 3 }],
    ['show me my p1 tasks', { type: 'agenda', priority: 1 }],
    ['how many overdue tasks have I got?', { type: 'agenda', due: 'overdue' }],
    ['am I late with anything?', { type: 'agenda', due: 'overdue' }],
    ["anything I'm behind on?", { type: 'agenda', due: 'overdue' }],
    ['what have I let slip?', { type: 'agenda', due: 'overdue' }],
    ["what's coming up in the next week?", { type: 'agenda', due: 'upcoming' }],
    ['urgent stuff', { type: 'agenda', priority: 1 }],
    ['overdue ops stuff?', { type: 'agenda', due: 'overdue', label: 'ops', listNamed: true }],
    ['list my allotment jobs', { type: 'agenda', label: 'allotment', listNamed: true }],
    ['show maintenance-tagged tasks', { type: 'agenda', label: 'maintenance' }],
    ["what's under the planning label?", { type: 'agenda', label: 'planning' }],
    ['tell me what I have on this week', { type: 'agenda', due: 'upcoming' }],
  ] as [string, unknown][])('reads %s', (text, intent) => {
    expect(agenda.extract(text.replace(/\?$/, ''), asked(text))).toEqual(intent);
  });

  it('asks the last question again with one part changed', () => {
    const again = (text: string, before: object) =>
      agenda.extract(text.replace(/\?$/, ''), afterAgenda(text, before));
    expect(again('and what about today?', { due: 'overdue' })).toEqual({
      type: 'agenda',
      due: 'today',
    });
    expect(again('and home?', { label: 'work' })).toEqual({ type: 'agenda', label: 'home' });
    expect(again('and medium?', { priority: 3 })).toEqual({ type: 'agenda', priority: 2 });
    // the other parts of the question stay
    expect(again('and tomorrow?', { priority: 1, due: 'today' })).toEqual({
      type: 'agenda',
      priority: 1,
      on: 'tomorrow',
    });
    // without a question before it, "and home?" is no agenda
    expect(agenda.extract('and home', asked('and home?'))).toBeUndefined();
  });

  it('narrows the tasks just shown', () => {
    const shown = (text: string) => ({ ...context({ lastAsked: 'list' }, text), question: true });
    expect(agenda.extract('anything urgent in there', shown('anything urgent in there?'))).toEqual({
      type: 'agenda',
      priority: 1,
      ofShown: true,
    });
    expect(
      agenda.extract('which of those is due this week', shown('which of those is due this week?')),
    ).toEqual({ type: 'agenda', due: 'upcoming', ofShown: true });
  });

  it('does not take a remark for a question about a day', () => {
    expect(agenda.extract('what a day, the printer jammed', context())).toBeUndefined();
  });
});

describe('questions about the agenda, asked loosely', () => {
  const asked = (text: string) => ({ ...context({}, text), question: true });
  it.each([
    ['which tasks I am late for?', { due: 'overdue' }],
    ['is there anything urgent I should be worrying about?', { priority: 1 }],
    ['what work stuff is due today?', { due: 'today', label: 'work' }],
  ])('%s', (text, filter) => {
    expect(agenda.extract(text.replace(/\?$/, ''), asked(text))).toMatchObject({
      type: 'agenda',
      ...filter,
    });
  });
});

describe('more ways to ask what is on', () => {
  const asked = (text: string) => ({ ...context({}, text), question: true });
  it.each([
    ["what's this week looking like", { due: 'upcoming' }],
    ['what should I be working on today', { due: 'today' }],
    ['give me a rundown of the week ahead', { due: 'upcoming' }],
    ["Could you tell me what I've got on tomorrow", { on: 'tomorrow' }],
    ["show me what's medium priority", { priority: 2 }],
    ["show me everything that's top priority", { priority: 1 }],
    ["anything labelled phd that's still open", { label: 'phd' }],
    ['which tasks have the music label', { label: 'music' }],
  ])('%s', (text, filter) => {
    expect(agenda.extract(text, asked(text))).toMatchObject({ type: 'agenda', ...filter });
  });
});

describe('rule: agenda — filters said other ways', () => {
  it.each([
    ['which of my tasks are high priority?', { priority: 1 }],
    ['anything p1 on my list?', { priority: 1 }],
    ['Which items due Friday are high priority?', { on: 'Friday', priority: 1 }],
    ["what's most urgent in the workshop?", { priority: 1, label: 'workshop', listNamed: true }],
    ['what jobs have I got tomorrow', { on: 'tomorrow' }],
    ['what parcels are due today?', { due: 'today' }],
  ])('%s', (text, filter) => {
    expect(agenda.extract(text, asked(text))).toEqual({ type: 'agenda', ...filter });
  });
});

describe('rule: agenda, what repeats and how often', () => {
  it.each([
    ['what do I have that repeats every week', 'WEEKLY'],
    ['which bills repeat monthly', 'MONTHLY'],
    ["which of Dad's jobs come round every day", 'DAILY'],
    ['what things I have that repeat', undefined],
  ])('%s', (text, every) => {
    expect(agenda.extract(text, { ...context({}, text), question: true })).toEqual({
      type: 'agenda',
      repeating: true,
      ...(every ? { every } : {}),
    });
  });
});

describe('rule: agenda, the tasks without a field', () => {
  it.each([
    ["which jobs don't have a priority?", 'priority'],
    ['anything without a label?', 'labels'],
    ['show me the tasks with no tags', 'labels'],
  ])('%s', (text, without) => {
    expect(agenda.extract(text, { ...context({}, text), question: true })).toEqual({
      type: 'agenda',
      without,
    });
  });
});
