import { describe, expect, it } from 'vitest';
import { TOOL_NAMES } from '../../electron/shared/chat.ts';
import {
  grammarSchema,
  partialReply,
  readStep,
  REPLY_MAX,
  turnSchema,
} from '../../electron/core/agent/model/embedded/turn-schema.ts';

type Json = Record<string, unknown>;

describe('the grammar a built-in model writes under', () => {
  it('is a reply or one call of each task tool, with arguments from the zod schemas', () => {
    const schema = turnSchema();
    const options = schema.oneOf as Json[];
    expect(options).toHaveLength(TOOL_NAMES.length + 1);
    expect(options[0]).toMatchObject({
      properties: { reply: { type: 'string', maxLength: REPLY_MAX } },
      required: ['reply'],
    });
    const add = options.find(
      (o) =>
        (o.properties as Json).tool && ((o.properties as Json).tool as Json).const === 'add_task',
    )!;
    const args = (add.properties as Json).arguments as Json;
    expect(args.required).toEqual(['title']);
    expect(args.additionalProperties).toBe(false);
    const props = args.properties as Record<string, Json>;
    // Limits the schemas check in code become limits the grammar holds to.
    expect(props.title).toEqual({ type: 'string', maxLength: 200 });
    expect(props.due_date).toEqual({
      oneOf: [{ type: 'string', format: 'date' }, { type: 'null' }],
    });
    // Nested unions flatten; the priority is one of 1, 2, 3 or none.
    expect(props.priority).toEqual({
      oneOf: [{ const: 1 }, { const: 2 }, { const: 3 }, { type: 'null' }],
    });
    expect(props.labels).toMatchObject({ type: 'array', maxItems: 20, items: { maxLength: 40 } });
  });

  it('gives every string a limit and turns small integer ranges into choices', () => {
    expect(grammarSchema({ type: 'string' })).toEqual({ type: 'string', maxLength: 200 });
    expect(grammarSchema({ type: 'integer', minimum: 1, maximum: 4 })).toEqual({
      enum: [1, 2, 3, 4],
    });
    expect(grammarSchema({ type: 'integer', exclusiveMinimum: 0 })).toEqual({ type: 'integer' });
    expect(grammarSchema({ type: 'string', pattern: '^a$', maxLength: 9 })).toEqual({
      type: 'string',
      maxLength: 9,
    });
  });
});

describe('reading what the model wrote', () => {
  it('reads a reply and a call, and nothing else', () => {
    expect(readStep('{"reply": "Hi"}')).toEqual({ kind: 'reply', text: 'Hi' });
    expect(readStep('{ "tool": "complete_task", "arguments": {"task_id": 2} }')).toEqual({
      kind: 'call',
      tool: 'complete_task',
      args: { task_id: 2 },
    });
    expect(readStep('{"reply": "cut sho')).toBeUndefined();
    expect(readStep('{"tool": "drop_table", "arguments": {}}')).toBeUndefined();
    expect(readStep('{"reply": "a", "tool": "add_task"}')).toBeUndefined();
  });

  it('shows a reply while it is being written, and nothing of a call', () => {
    expect(partialReply('{"reply": "Hel')).toBe('Hel');
    expect(partialReply('{"reply": "line\\nnext \\"q\\" \\u00e9')).toBe('line\nnext "q" é');
    expect(partialReply('{"reply": "ends with \\')).toBe('ends with ');
    expect(partialReply('{"reply": "done", ')).toBe('done');
    expect(partialReply('{"tool": "add_task"')).toBeUndefined();
    expect(partialReply('{"re')).toBeUndefined();
  });
});
