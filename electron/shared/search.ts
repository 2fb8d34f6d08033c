// Search over tasks and chat messages: what is asked and what comes back.
import { z } from 'zod';
import { taskIdSchema } from './task.ts';
import { conversationIdSchema, messageRoleSchema } from './chat.ts';

export const SEARCH_QUERY_MAX = 500;
export const SEARCH_LIMIT_MAX = 100;

export const searchScopeSchema = z.enum(['all', 'tasks', 'messages'], {
  error: 'Scope must be all, tasks or messages',
});
export type SearchScope = z.infer<typeof searchScopeSchema>;

export const searchInputSchema = z.strictObject({
  query: z
    .string({ error: 'The search must be text' })
    .max(SEARCH_QUERY_MAX, `Keep the search under ${SEARCH_QUERY_MAX} characters`),
  scope: searchScopeSchema.default('all'),
  /** Most results of each kind. */
  limit: z
    .number({ error: 'Limit must be a number' })
    .int()
    .positive()
    .max(SEARCH_LIMIT_MAX)
    .default(20),
});

/** Where the matched words are in a snippet or title: [start, end) in UTF-16 units. */
const marksSchema = z.array(z.tuple([z.number().int().nonnegative(), z.number().int()]));
export type Marks = z.infer<typeof marksSchema>;

export const taskHitSchema = z.strictObject({
  kind: z.literal('task'),
  id: taskIdSchema,
  title: z.string(),
  titleMarks: marksSchema,
  /** The best-matching passage (title, description or labels), matched words in `marks`. */
  snippet: z.string(),
  marks: marksSchema,
  completed: z.boolean(),
  dueDate: z.string().nullable(),
});
export const messageHitSchema = z.strictObject({
  kind: z.literal('message'),
  id: z.number().int().positive(),
  conversationId: conversationIdSchema,
  /** The conversation's title. */
  title: z.string(),
  role: messageRoleSchema,
  createdAt: z.string(),
  snippet: z.string(),
  marks: marksSchema,
});
export const searchHitSchema = z.discriminatedUnion('kind', [taskHitSchema, messageHitSchema]);
export type SearchHit = z.infer<typeof searchHitSchema>;
export type TaskHit = z.infer<typeof taskHitSchema>;
export type MessageHit = z.infer<typeof messageHitSchema>;

export const searchResultSchema = z.strictObject({ items: z.array(searchHitSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
