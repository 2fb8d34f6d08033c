// The tools as a model sees them: generated from the same zod schemas that validate its calls.
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { TOOL_NAMES } from '../../../shared/chat.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../../shared/limits.ts';
import { TOOL_DESCRIPTIONS, toolArgSchemas } from '../task-tools.ts';

const LIMIT_HINTS: Record<string, string> = {
  title: `The task title, 1 to ${TITLE_MAX} characters.`,
  description: `Optional details, up to ${DESCRIPTION_MAX} characters.`,
  task_id: 'The task number, as shown in the task list (e.g. 3 for "task 3").',
  status: 'Which tasks: all, pending or completed.',
  due_date: "The due date as YYYY-MM-DD (the user's local calendar date); null clears it.",
  due_time: 'The due time as 24-hour HH:MM; only with a due date; null clears it.',
  priority: '1 (high/urgent), 2 (medium) or 3 (low); null for none.',
  repeat:
    'An RFC 5545 RRULE without DTSTART, e.g. FREQ=DAILY, FREQ=WEEKLY;BYDAY=MO,TH, FREQ=MONTHLY;BYMONTHDAY=1; null stops repeating.',
  labels: 'Lower-case one-word labels, without "#".',
};

export function toolDefinitions(): ChatCompletionFunctionTool[] {
  return TOOL_NAMES.map((name) => {
    const schema = z.toJSONSchema(toolArgSchemas[name], {
      io: 'input',
      unrepresentable: 'any',
    }) as {
      properties?: Record<string, Record<string, unknown>>;
      $schema?: string;
    };
    delete schema.$schema;
    for (const [key, prop] of Object.entries(schema.properties ?? {})) {
      if (LIMIT_HINTS[key]) prop.description = LIMIT_HINTS[key];
    }
    return {
      type: 'function',
      function: { name, description: TOOL_DESCRIPTIONS[name], parameters: schema },
    };
  });
}
