// What a built-in model may write in one step, as a JSON schema a grammar can enforce: either a
// reply to the person or one call of a task tool, whose arguments come from the same zod schemas
// that validate every call. The grammar keeps the shape; zod still checks the values.
import { z } from 'zod';
import { TOOL_NAMES, type ToolName } from '../../../../shared/chat.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../../../shared/limits.ts';
import { toolArgSchemas } from '../../task-tools.ts';

/** Longest reply, in characters: a step always ends. */
export const REPLY_MAX = 1200;
/** Any other text a grammar lets through when its schema gives no limit. */
const STRING_MAX = 200;

/** Limits and formats the zod schemas check in code (refinements), as a grammar can say them. */
const FIELD_HINTS: Record<string, Record<string, unknown>> = {
  title: { maxLength: TITLE_MAX },
  description: { maxLength: DESCRIPTION_MAX },
  due_date: { format: 'date' },
  due_time: { maxLength: 5 },
  label: { maxLength: 40 },
};

type Json = Record<string, unknown>;

/**
 * JSON Schema (as zod writes it) → the subset node-llama-cpp turns into a grammar: anyOf becomes
 * oneOf, small integer ranges become enums, every string gets a length limit, and what a grammar
 * cannot say (patterns, defaults) is left to zod.
 */
export function grammarSchema(schema: Json, field?: string): Json {
  const hint = field ? FIELD_HINTS[field] : undefined;
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) {
    const options = union.flatMap((s) => {
      const converted = grammarSchema(s, field);
      return (converted.oneOf as Json[] | undefined) ?? [converted];
    });
    return options.length === 1 ? options[0]! : { oneOf: options };
  }
  if (Array.isArray(schema.type)) {
    return grammarSchema({ anyOf: schema.type.map((type) => ({ ...schema, type })) }, field);
  }
  if ('const' in schema) return { const: schema.const };
  if (Array.isArray(schema.enum)) return { enum: schema.enum };
  switch (schema.type) {
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries((schema.properties ?? {}) as Record<string, Json>).map(([key, value]) => [
          key,
          grammarSchema(value, key),
        ]),
      );
      return {
        type: 'object',
        properties,
        required: (schema.required as string[] | undefined) ?? [],
        additionalProperties: false,
      };
    }
    case 'array':
      return {
        type: 'array',
        items: grammarSchema(
          (schema.items ?? { type: 'string' }) as Json,
          field === 'labels' ? 'label' : field,
        ),
        ...(typeof schema.maxItems === 'number' ? { maxItems: schema.maxItems } : {}),
        ...(typeof schema.minItems === 'number' ? { minItems: schema.minItems } : {}),
      };
    case 'string': {
      if (hint?.format) return { type: 'string', format: hint.format };
      const maxLength = Math.min(
        Number(hint?.maxLength ?? schema.maxLength ?? STRING_MAX),
        Number(schema.maxLength ?? Infinity),
      );
      return {
        type: 'string',
        maxLength,
        ...(typeof schema.minLength === 'number' ? { minLength: schema.minLength } : {}),
      };
    }
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
      const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
      if (min !== undefined && max !== undefined && max - min <= 20) {
        return { enum: Array.from({ length: max - min + 1 }, (_, i) => min + i) };
      }
      return { type: schema.type };
    }
    case 'boolean':
    case 'null':
      return { type: schema.type };
    default:
      return { type: 'string', maxLength: STRING_MAX };
  }
}

/** One step of a built-in model: `{"reply": "…"}` or `{"tool": NAME, "arguments": {…}}`. */
export function turnSchema(tools: readonly ToolName[] = TOOL_NAMES): Json {
  const calls = tools.map((name) => {
    const args = z.toJSONSchema(toolArgSchemas[name], { io: 'input', unrepresentable: 'any' });
    return {
      type: 'object',
      properties: { tool: { const: name }, arguments: grammarSchema(args as Json) },
      required: ['tool', 'arguments'],
      additionalProperties: false,
    };
  });
  return {
    oneOf: [
      {
        type: 'object',
        properties: { reply: { type: 'string', minLength: 1, maxLength: REPLY_MAX } },
        required: ['reply'],
        additionalProperties: false,
      },
      ...calls,
    ],
  };
}

export type TurnStep =
  { kind: 'reply'; text: string } | { kind: 'call'; tool: ToolName; args: Record<string, unknown> };

const stepSchema = z.union([
  z.strictObject({ reply: z.string() }),
  z.strictObject({
    tool: z.enum(TOOL_NAMES),
    arguments: z.record(z.string(), z.unknown()),
  }),
]);

/** What the model wrote, read back; undefined when it is not one whole step (cut short). */
export function readStep(text: string): TurnStep | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const step = stepSchema.safeParse(value);
  if (!step.success) return undefined;
  return 'reply' in step.data
    ? { kind: 'reply', text: step.data.reply }
    : { kind: 'call', tool: step.data.tool, args: step.data.arguments };
}

/**
 * The reply's words so far, while the model is still writing `{"reply": "…`: shown as they come.
 * Undefined while it is (or may become) a tool call.
 */
export function partialReply(text: string): string | undefined {
  const start = /^\s*\{\s*"reply"\s*:\s*"/.exec(text);
  if (!start) return undefined;
  let out = '';
  const body = text.slice(start[0].length);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') break;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = body.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[next] ?? next;
    i += 1;
  }
  return out;
}
