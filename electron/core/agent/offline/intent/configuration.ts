// Every rule the engine knows, in one place. Order here is only for reading: when several rules
// read a sentence, the highest specificity wins (refiners.ts). A new intent is a new rule file
// listed here.
import { bareTask } from './rules/bare-task.ts';
import { add } from './rules/add.ts';
import { askField } from './rules/ask-field.ts';
import { askWhen } from './rules/ask-when.ts';
import { addList } from './rules/add-list.ts';
import { choice } from './rules/choice.ts';
import { complete } from './rules/complete.ts';
import { compound } from './rules/compound.ts';
import { continuation, sameChange } from './rules/continuation.ts';
import { correction } from './rules/correction.ts';
import { count } from './rules/count.ts';
import { deleteRule } from './rules/delete.ts';
import { describeRule } from './rules/describe.ts';
import { find } from './rules/find.ts';
import { focusQuestion } from './rules/focus-question.ts';
import { recall } from './rules/recall.ts';
import { fixWord } from './rules/fix-word.ts';
import { list } from './rules/list.ts';
import { putBack } from './rules/put-back.ts';
import { recap } from './rules/recap.ts';
import { rename } from './rules/rename.ts';
import { reopen } from './rules/reopen.ts';
import { shorthandAdd, shorthandChange } from './rules/shorthand.ts';
import { show } from './rules/show.ts';
import { greeting, help, nothingAsked, outOfReach, thanks } from './rules/small-talk.ts';
import { statement } from './rules/statement.ts';
import { statusQuestion } from './rules/status-question.ts';
import { undo } from './rules/undo.ts';
import { value } from './rules/value.ts';
import { agenda } from './rules/agenda.ts';
import { whenQuestion } from './rules/when.ts';
import { schedule } from './rules/schedule.ts';
import { prioritize } from './rules/prioritize.ts';
import { setRepeat } from './rules/set-repeat.ts';
import { repeatLimit } from './rules/repeat-limit.ts';
import { tag } from './rules/tag.ts';
import { skip } from './rules/skip.ts';
import { details } from './rules/details.ts';
import { namedDetails } from './rules/named-details.ts';
import { fieldShorthand } from './rules/field-shorthand.ts';
import { quickAdd } from './rules/quick-add.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  greeting,
  thanks,
  help,
  nothingAsked,
  outOfReach,
  choice,
  value,
  undo,
  recap,
  agenda,
  details,
  namedDetails,
  askField,
  fieldShorthand,
  whenQuestion,
  focusQuestion,
  skip,
  schedule,
  prioritize,
  setRepeat,
  repeatLimit,
  tag,
  putBack,
  count,
  shorthandAdd,
  shorthandChange,
  compound,
  correction,
  describeRule,
  rename,
  fixWord,
  statusQuestion,
  show,
  recall,
  find,
  reopen,
  complete,
  deleteRule,
  list,
  add,
  quickAdd,
  addList,
  statement,
  continuation,
  askWhen,
  bareTask,
  sameChange,
].sort((a, b) => b.specificity - a.specificity);
