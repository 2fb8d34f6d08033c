// `cli mcp` in its own process, fed malformed and hostile JSON-RPC lines on stdin as a careless or
// malicious agent might: lines that aren't JSON, truncated JSON, JSON that isn't JSON-RPC, batch
// arrays, unknown methods, odd ids, unknown tools, and for every tool arguments that must be
// refused (wrong types, oversize strings and arrays, deep nesting, huge numbers, control
// characters, lone surrogates, prototype-polluting keys, bulk changes without `confirm: true`).
// The server must stay up, answer every JSON-RPC request exactly once (an error, or a tool result
// with isError), never show a stack trace, a path or SQL, and leave the database as it was; a
// plain list_tasks afterwards still lists the original tasks.
// (A line over 8 MB, refused with an error while the server reads on, is tested in
// tests/integration/mcp-server.test.ts.)
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { JSONRPCRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { expect, it, vi } from 'vitest';
import { repoRoot } from '../../electron/host/host-paths.ts';
import { makeTempDir, openTempCore, snapshotDatabase } from '../helpers/temp-profile.ts';
import { record, scale } from './figures.ts';

const MESSAGES = scale(2400, 10_000);
const BATCH = 120;
const SEED = 20_261_129;

// ---------------------------------------------------------------------------------------------
// Raw JSON text that JSON.stringify can't write (numbers beyond a double, -0, nesting too deep
// for a recursive stringify): generated values carry a placeholder, swapped in when serialised.
const nest = (depth: number, open: string, close: string, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);
const RAW_TEXT = [
  '1e309',
  '-1e309',
  '9223372036854775808',
  '-9223372036854775809',
  '1e-400',
  '123456789012345678901234567890',
  '-0',
  nest(10_000, '[', ']', '1'),
  nest(100_000, '[', ']', ''),
  nest(20_000, '{"a":', '}', 'null'),
  nest(5_000, '{"__proto__":', '}', '{"polluted":true}'),
];
const raw = (i: number) => `\u0000RAW${i}\u0000`;
const RAW_NUMBERS = [0, 1, 2, 3, 4, 5, 6].map(raw);
const RAW_DEEP = [7, 8, 9, 10].map(raw);
const serialise = (value: unknown) =>
  JSON.stringify(value).replace(
    /"\\u0000RAW(\d+)\\u0000"/g,
    (_, i: string) => RAW_TEXT[Number(i)]!,
  );

/** An object with an own key that a literal or spread can't make (`__proto__`). */
const withKey = (base: Record<string, unknown>, key: string, value: unknown) => {
  const out = { ...base };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
};

/** A line written as it is (not JSON.stringify'd): text or bytes. */
class Line {
  readonly content: string | Buffer;
  constructor(content: string | Buffer) {
    this.content = content;
  }
}

type Id = unknown;
type Expect = 'refused' | 'any';
interface Draft {
  kind: string;
  /** For a line the SDK takes as a request: must the answer be a refusal? */
  expect: Expect;
  make: (id: Id) => unknown;
}

// ---------------------------------------------------------------------------------------------
// Values.
const POLLUTERS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const EXISTING = [1, 2, 3, 4, 5];
const big = (n: number, s: string) => s.repeat(n);
/** Rare and costly: 100 KB, 1 MB and astral strings. */
const oversize = fc.constantFrom(
  big(100_001, 't'),
  big(1_000_001, 'm'),
  big(50_001, '\u{1F600}'),
  big(100_000, '\u0000'),
);
const polluted = fc
  .constantFrom(...POLLUTERS)
  .map((k) => withKey({}, k, { polluted: true, isAdmin: true, title: 'Hacked' }));
/** Anything but null and arrays (null clears a field in a patch, [] is a valid label list). */
const wrongScalar = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, 2 ** 63, Number.MIN_VALUE, ...RAW_NUMBERS),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
  polluted,
  fc.constantFrom(...RAW_DEEP),
);
/** Text no task field takes. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 4,
  }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 8,
  }),
  fc.constantFrom(
    "'); DROP TABLE tasks; --",
    '" OR 1=1 --',
    '%_*',
    '"unbalanced',
    'NEAR(a b',
    '*',
    'a AND OR NOT',
    '${process.exit()}',
    '../../../etc/passwd',
    '\u202e\u2066rtl',
  ),
);
const anyValue = fc.oneof(
  { weight: 6, arbitrary: wrongScalar },
  { weight: 6, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 5 }) },
  { weight: 1, arbitrary: oversize },
);

const badTitle = fc.oneof(
  wrongScalar,
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constantFrom(
    '',
    '   ',
    '\t\r\n',
    'a\nb',
    'a\rb',
    'a\u2028b',
    'a\u0000b',
    'bell\u0007',
    '\u001b[31mred',
    'x\u0085y',
    'del\u007f',
    'lone \ud800',
    '\udc00 lone',
    big(200, 'x') + '\u{1F600}',
  ),
  fc.integer({ min: 201, max: 5000 }).map((n) => big(n, 'T')),
  oversize,
);
const badDescription = fc.oneof(
  wrongScalar,
  fc.constantFrom('a\u0000', 'b\ud800', 'del\u007f', 'x\u0085y', '\u001b[2J'),
  fc.integer({ min: 1001, max: 5000 }).map((n) => big(n, 'd')),
  oversize,
);
const badDueDate = fc.oneof(
  wrongScalar,
  fc.constantFrom(
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '1899-12-31',
    '3000-01-01',
    '26-1-1',
    'tomorrow',
    '',
    '2026-1-01',
    ' 2026-01-01',
    '2026-01-01T00:00:00Z',
    '2026/01/01',
    '\uff12\uff10\uff12\uff16-01-01',
  ),
  oversize,
);
const badDueTime = fc.oneof(
  wrongScalar,
  fc.constantFrom('24:00', '9:00', '09:60', '0900', '', 'noon', '09:00:00', '09:00 ', '-1:00'),
  oversize,
);
const badPriority = fc.oneof(
  fc.integer().filter((n) => n < 1 || n > 3),
  fc.constantFrom(1.5, '1', 'high', true, false, 1e308, -1e308, ...RAW_NUMBERS),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  polluted,
  fc.constantFrom(...RAW_DEEP),
);
const badRepeat = fc.oneof(
  wrongScalar,
  fc.constantFrom(
    'FREQ=HOURLY',
    'FREQ=NEVER',
    'x',
    'FREQ=DAILY;INTERVAL=0',
    'FREQ=WEEKLY;BYDAY=XX',
    'RRULE:',
    'FREQ=DAILY\u0000',
    'FREQ=DAILY;FREQ=DAILY',
    'INTERVAL=2',
    `FREQ=DAILY;${big(300, 'X')}`,
  ),
  oversize,
);
const badLabel = fc.oneof(
  fc.constantFrom('two words', '', '#', '  ', big(41, 'l'), 'a\u0000', 'semi;colon', 'lone\ud800'),
  wrongScalar,
  fc.constant(null),
);
const badLabels = fc.oneof(
  wrongScalar,
  fc.constantFrom('home', 'home,work'),
  fc.array(badLabel, { minLength: 1, maxLength: 4 }),
  fc
    .array(fc.constantFrom('ok', 'home'), { maxLength: 3 })
    .chain((good) => badLabel.map((bad) => [...good, bad])),
  fc.constant(Array.from({ length: 21 }, (_, i) => `label${i}`)),
  fc.constant(Array.from({ length: 5000 }, (_, i) => `l${i}`)),
);
const BAD_FIELD: Record<string, fc.Arbitrary<unknown>> = {
  title: badTitle,
  description: badDescription,
  dueDate: badDueDate,
  dueTime: badDueTime,
  priority: badPriority,
  repeat: badRepeat,
  labels: badLabels,
};
/** Valid values, to surround a bad one. */
const goodFields = fc.record(
  {
    title: fc.constant('Fuzzed task'),
    description: fc.constant('Should never be saved'),
    dueDate: fc.constant('2026-12-24'),
    priority: fc.constantFrom(1, 2, 3),
    repeat: fc.constant('FREQ=WEEKLY;BYDAY=MO'),
    labels: fc.constant(['fuzz']),
  },
  { requiredKeys: [] },
);
/** Valid fields, then at least one bad one; maybe polluting keys on top (stripped, not used). */
const withBadField = (required: Record<string, unknown> = {}) =>
  fc
    .tuple(
      goodFields,
      fc.uniqueArray(fc.constantFrom(...Object.keys(BAD_FIELD)), { minLength: 1, maxLength: 3 }),
      fc.option(fc.constantFrom(...POLLUTERS), { nil: undefined }),
    )
    .chain(([good, fields, polluter]) =>
      fc.tuple(...fields.map((f) => BAD_FIELD[f]!)).map((values) => {
        let args: Record<string, unknown> = { ...good, ...required };
        fields.forEach((f, i) => (args[f] = values[i]));
        if (polluter) args = withKey(args, polluter, { title: 'Hacked', id: 1 });
        return args;
      }),
    );

/** Never a task's id: not a whole number from 1 to the largest, or a number nobody has. */
const badId = fc.oneof(
  fc.integer({ min: 6, max: 2 ** 31 }),
  fc.constantFrom(
    0,
    -1,
    -5,
    1.5,
    2.000001,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    '1',
    ' 2',
    '1e0',
    '',
    true,
    null,
    [1],
    [[2]],
    { id: 1 },
    ...RAW_NUMBERS,
    ...RAW_DEEP,
  ),
  polluted,
  hostileText,
);
const idArgs = fc.oneof(
  badId.map((id) => ({ id })),
  fc.constant({}),
  fc.tuple(badId, fc.constantFrom(...POLLUTERS)).map(([id, k]) => withKey({ id }, k, { id: 1 })),
  fc.constant({ ids: [1, 2] }),
);
const CONFIRM_NOT_TRUE = fc.constantFrom(undefined, false, 'true', 'yes', 1, null, [true], {
  value: true,
});
const notConfirmed = (ids: unknown[], confirm: unknown) =>
  confirm === undefined ? { ids } : { ids, confirm };
/** Bulk arguments that must be refused. `withWrongNumber`: also confirmed ones with a wrong number among them. */
const bulkArgs = (withWrongNumber: boolean) =>
  fc.oneof(
    // Two or more tasks without the person's yes.
    fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 8 }),
        CONFIRM_NOT_TRUE,
      )
      .map(([ids, confirm]) => notConfirmed(ids, confirm)),
    fc
      .tuple(fc.constantFrom(...POLLUTERS), CONFIRM_NOT_TRUE)
      .map(([k, confirm]) =>
        withKey(notConfirmed([1, 2, 3], confirm), k, { confirm: true, polluted: true }),
      ),
    // Ids that aren't a list of task numbers, or too many: refused whatever the confirm.
    fc
      .tuple(
        fc.oneof(
          fc.constant([]),
          fc.constant(Array.from({ length: 501 }, (_, i) => i + 1)),
          fc.constant(Array.from({ length: 5000 }, (_, i) => i + 1)),
          fc.constant(Array.from({ length: 5000 }, () => 1)),
          wrongScalar,
          fc.constant(null),
          fc
            .tuple(fc.uniqueArray(fc.constantFrom(...EXISTING), { maxLength: 4 }), badId)
            .filter(([, bad]) => typeof bad !== 'number' || !Number.isSafeInteger(bad) || bad < 1)
            .map(([good, bad]) => [...good, bad]),
        ),
        fc.constantFrom(true, undefined, 'true'),
      )
      .map(([ids, confirm]) => (confirm === undefined ? { ids } : { ids, confirm })),
    // No such tasks at all (whatever the confirm).
    fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 6, max: 1_000_000 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(true, undefined),
      )
      .map(([ids, confirm]) => (confirm ? { ids, confirm } : { ids })),
    ...(withWrongNumber
      ? [
          fc
            .tuple(
              fc.uniqueArray(fc.constantFrom(...EXISTING), { minLength: 1, maxLength: 4 }),
              fc.integer({ min: 6, max: 1_000_000 }),
            )
            .map(([good, wrong]) => ({ ids: [...good, wrong], confirm: true })),
        ]
      : []),
  );

const TOOL_ARGS: Record<string, fc.Arbitrary<unknown>> = {
  add_task: fc.oneof(
    withBadField(),
    goodFields.map(({ title: _, ...rest }) => rest),
    // A time without a date.
    goodFields.map(({ dueDate: _, ...rest }) => ({ ...rest, dueTime: '09:00' })),
  ),
  update_task: fc.oneof(
    fc.tuple(badId, goodFields).map(([id, good]) => ({ id, ...good })),
    fc.constantFrom(...EXISTING).chain((id) => withBadField({ id })),
    fc
      .tuple(fc.constantFrom(...EXISTING), fc.constantFrom(...POLLUTERS, 'expected', 'id2'))
      .map(([id, k]) => withKey({ id }, k, { title: 'Hacked' })),
    goodFields,
  ),
  complete_task: idArgs,
  reopen_task: idArgs,
  delete_task: idArgs,
  // Restoring a task that is in the list, or skipping one that doesn't repeat: refused too.
  restore_task: fc.oneof(
    idArgs,
    fc.constantFrom(...EXISTING).map((id) => ({ id })),
  ),
  skip_occurrence: fc.oneof(
    idArgs,
    fc.constantFrom(1, 2, 3, 4).map((id) => ({ id })),
  ),
  complete_tasks: bulkArgs(true),
  delete_tasks: bulkArgs(true),
  // These only read: any answer will do, as long as it is one.
  get_task: fc.oneof(
    idArgs,
    fc.constantFrom(...EXISTING).map((id) => ({ id })),
  ),
  list_tasks: fc.dictionary(
    fc.constantFrom('status', 'due', 'label', 'priority', 'words', 'limit', ...POLLUTERS),
    anyValue,
    { maxKeys: 4 },
  ),
  search: fc.dictionary(
    fc.constantFrom('query', 'scope', 'limit', 'kind', ...POLLUTERS),
    anyValue,
    { maxKeys: 3 },
  ),
};
const TOOLS = Object.keys(TOOL_ARGS);
const READ_ONLY = new Set(['get_task', 'list_tasks', 'search']);

// ---------------------------------------------------------------------------------------------
// Messages.
const request = (method: string, params?: unknown) => (id: Id) =>
  params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params };
const draft = (kind: string, expect: Expect, make: (id: Id) => unknown): Draft => ({
  kind,
  expect,
  make,
});
const callParams = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Record<string, unknown>>({}) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<Record<string, unknown>>(
      { _meta: { progressToken: 'p' } },
      { _meta: { progressToken: 1e308 } },
      { _meta: withKey({}, '__proto__', { polluted: true }) },
      { extra: 'field' },
    ),
  },
  // Task-augmented calls: refused before the tool runs (the server has no task store).
  { weight: 1, arbitrary: fc.constant<Record<string, unknown>>({ task: { ttl: 1000 } }) },
);

const toolCall = fc
  .tuple(fc.constantFrom(...TOOLS), callParams)
  .chain(([name, extra]) =>
    TOOL_ARGS[name]!.map((args) =>
      draft(
        `tools/call ${name}`,
        READ_ONLY.has(name) ? 'any' : 'refused',
        request('tools/call', { ...extra, name, arguments: args }),
      ),
    ),
  );
const unknownTool = fc
  .tuple(
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        ...POLLUTERS,
        'add_task ',
        'ADD_TASK',
        'add-task',
        'tasks.create',
        'drop_all_tables',
        'delete_task\u0000',
        'list_tasks\ud800',
        '',
        big(100_000, 'n'),
      ),
    ),
    fc.dictionary(fc.string({ maxLength: 6 }), anyValue, { maxKeys: 3 }),
  )
  .filter(([name]) => !TOOLS.includes(name))
  .map(([name, args]) =>
    draft('tools/call unknown tool', 'refused', request('tools/call', { name, arguments: args })),
  );
const badCallShape = fc
  .tuple(
    fc.constantFrom(...TOOLS),
    fc.oneof(wrongScalar, hostileText, fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })),
    fc.constantFrom('arguments', 'name', 'params', 'missing name'),
  )
  .map(([tool, bad, where]) => {
    const args = { title: 'Fuzzed task', ids: [1, 2], id: 1, confirm: true };
    const params =
      where === 'arguments'
        ? { name: tool, arguments: typeof bad === 'object' && bad !== null ? [bad] : bad }
        : where === 'name'
          ? { name: typeof bad === 'string' ? [bad] : bad, arguments: args }
          : where === 'params'
            ? bad
            : { arguments: args };
    return draft('tools/call malformed params', 'refused', request('tools/call', params));
  });
const unknownMethod = fc
  .tuple(
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        ...POLLUTERS,
        'resources/list',
        'resources/read',
        'prompts/get',
        'logging/setLevel',
        'completion/complete',
        'sampling/createMessage',
        'elicitation/create',
        'roots/list',
        'tasks/get',
        'tasks/list',
        'tasks.create',
        'rpc.discover',
        'tools/call ',
        'TOOLS/CALL',
        'tools/delete',
        'notifications/initialized',
        big(100_000, 'q'),
      ),
    ),
    fc.option(fc.dictionary(fc.string({ maxLength: 6 }), anyValue, { maxKeys: 3 }), {
      nil: undefined,
    }),
  )
  .filter(([m]) => !['ping', 'initialize', 'tools/list', 'tools/call'].includes(m))
  .map(([method, params]) => draft('unknown method', 'refused', request(method, params)));
const badKnownMethod = fc.oneof(
  // A second initialize, always with a protocol version that isn't text (a valid one could
  // change what the server believes the client can do).
  fc
    .tuple(
      fc.oneof(wrongScalar, fc.constant(null)),
      fc.constantFrom<Record<string, unknown>>(
        {},
        { capabilities: { elicitation: {} }, clientInfo: { name: 'x', version: '1' } },
        { capabilities: 'all' },
        { clientInfo: big(100_000, 'c') },
      ),
    )
    .map(([protocolVersion, rest]) =>
      draft(
        'initialize with bad params',
        'refused',
        request('initialize', { ...rest, protocolVersion }),
      ),
    ),
  fc
    .oneof(wrongScalar, fc.constant(null), oversize)
    .map((cursor) => draft('tools/list with odd params', 'any', request('tools/list', { cursor }))),
  fc
    .dictionary(fc.string({ maxLength: 6 }), anyValue, { maxKeys: 3 })
    .map((params) => draft('ping with odd params', 'any', request('ping', params))),
);

/** Valid requests to break: cut short, or with the envelope spoiled. */
const sample = (id: Id) =>
  request('tools/call', { name: 'add_task', arguments: { title: 'Cut short, never saved' } })(id);
const truncated = fc
  .tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom(sample, request('ping')))
  .map(([cut, make]) =>
    draft('truncated JSON', 'refused', (id) => {
      const text = serialise(make(id));
      return new Line(text.slice(0, Math.min(cut, text.length - 1)));
    }),
  );
const spoiled = fc
  .tuple(
    fc.constantFrom(
      'no jsonrpc',
      'jsonrpc 1.0',
      'jsonrpc number',
      'no method',
      'method number',
      'params text',
      'params array',
      'id object',
      'id true',
      'extra key',
      'proto key',
      'result and method',
    ),
    fc.constantFrom(...TOOLS),
  )
  .map(([how, tool]) =>
    draft(`not JSON-RPC: ${how}`, 'refused', (id) => {
      const m: Record<string, unknown> = {
        jsonrpc: '2.0',
        id,
        method: 'tools/call',
        params: { name: tool, arguments: { ids: [1, 2, 3], id: 1 } },
      };
      if (how === 'no jsonrpc') delete m.jsonrpc;
      if (how === 'jsonrpc 1.0') m.jsonrpc = '1.0';
      if (how === 'jsonrpc number') m.jsonrpc = 2;
      if (how === 'no method') delete m.method;
      if (how === 'method number') m.method = 42;
      if (how === 'params text') m.params = 'name=add_task';
      if (how === 'params array') m.params = ['add_task', { title: 'x' }];
      if (how === 'id object') m.id = { id };
      if (how === 'id true') m.id = true;
      if (how === 'extra key') m.extra = 1;
      if (how === 'result and method') m.result = {};
      return how === 'proto key' ? withKey(m, '__proto__', { jsonrpc: '2.0' }) : m;
    }),
  );
const notJson = fc.oneof(
  fc.string({ maxLength: 200 }).map((s) => s.replace(/\n/g, ' ')),
  fc
    .uint8Array({ minLength: 1, maxLength: 300 })
    .map((b) => Buffer.from(b.map((x) => (x === 0x0a ? 0x20 : x)))),
  fc.constantFrom(
    '',
    ' ',
    '\r',
    '\t',
    '{',
    '}',
    '[',
    '"',
    '{"jsonrpc":"2.0","id":1,"method":"ping"} trailing',
    "{'jsonrpc':'2.0','id':1,'method':'ping'}",
    '{jsonrpc:"2.0",id:1,method:"ping"}',
    '{"jsonrpc":"2.0","id":1,"method":"ping",}',
    '{"jsonrpc":"2.0","id":NaN,"method":"ping"}',
    '{"jsonrpc":"2.0","id":Infinity,"method":"ping"}',
    '/* comment */ {"jsonrpc":"2.0","id":1,"method":"ping"}',
    '\ufeff{"jsonrpc":"2.0","id":1,"method":"ping"}',
    '{"jsonrpc":"2.0","id":1,"method":"ping"}{"jsonrpc":"2.0","id":2,"method":"ping"}',
    'Content-Length: 52',
    'GET / HTTP/1.1',
    '\u0000\u0000\u0000',
    big(1_000_000, '{'),
    big(100_000, '['),
  ),
);
const notJsonRpc = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, 0, -1, 1e308, true, 'ping', [], {}, [[]], ...RAW_NUMBERS, ...RAW_DEEP),
);
const notifications = fc
  .tuple(
    fc.constantFrom(
      'notifications/initialized',
      'notifications/cancelled',
      'notifications/progress',
      'notifications/roots/list_changed',
      'notifications/message',
      'notifications/unknown',
      '__proto__',
      'constructor',
    ),
    fc.oneof(
      fc.constant(undefined),
      fc.record({
        // Never the id of something in flight: a cancel would rightly leave it unanswered.
        requestId: fc.oneof(fc.integer({ max: -1000 }), fc.constant('nope'), fc.constant(null)),
        reason: anyValue,
      }),
      fc.dictionary(fc.string({ maxLength: 6 }), anyValue, { maxKeys: 3 }),
    ),
  )
  .map(([method, params]) =>
    draft('notification', 'any', () =>
      params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params },
    ),
  );
const strayResponses = fc
  .tuple(fc.boolean(), anyValue)
  .map(([ok, value]) =>
    draft('response to nothing', 'any', (id) =>
      ok
        ? { jsonrpc: '2.0', id, result: { value } }
        : { jsonrpc: '2.0', id, error: { code: -32000, message: 'no', data: value } },
    ),
  );

const single = fc.oneof(
  { weight: 30, arbitrary: toolCall },
  { weight: 5, arbitrary: unknownTool },
  { weight: 4, arbitrary: badCallShape },
  { weight: 5, arbitrary: unknownMethod },
  { weight: 3, arbitrary: badKnownMethod },
  { weight: 3, arbitrary: spoiled },
  { weight: 2, arbitrary: notifications },
  { weight: 2, arbitrary: strayResponses },
);
/** A batch array (no longer part of MCP): its requests are not to be carried out. */
const batch = fc
  .array(single, { minLength: 1, maxLength: 5 })
  .map((drafts) => ({ batch: drafts }) as const);
const HOSTILE_IDS: unknown[] = [
  -1,
  0,
  1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  1e308,
  ...RAW_NUMBERS,
  '',
  '__proto__',
  'constructor',
  big(10_000, 'i'),
  '\u0000',
  '\ud800',
  '\u{1F600}',
  null,
  true,
  {},
  [],
];
const message = fc.tuple(
  fc.oneof(
    { weight: 54, arbitrary: single },
    { weight: 4, arbitrary: truncated },
    { weight: 4, arbitrary: notJson.map((l) => draft('not JSON', 'any', () => new Line(l))) },
    { weight: 3, arbitrary: notJsonRpc.map((v) => draft('JSON, not JSON-RPC', 'any', () => v)) },
    { weight: 2, arbitrary: batch },
  ),
  fc.oneof(
    { weight: 15, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
  ),
);

// ---------------------------------------------------------------------------------------------
// Checking the answers.

/** What an answer must never show: a stack, a file or module path, SQL or a JS runtime error. */
const LEAK =
  /\n\s+at |\bat [\w$.<>]+ \(|node:internal|file:\/\/|\/(?:work|home|tmp|root|usr)\/|node_modules|\.[cm]?[jt]s:\d|SQLITE|sqlite_|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b|Cannot read propert|is not a function|is not defined|undefined \(reading|\[object Object\]/i;

interface Sent {
  text: string;
  kind: string;
  expect: Expect;
}

function leakIn(answer: string, sent: string, profile: string): string | undefined {
  if (answer.includes(profile) || answer.includes(repoRoot)) return 'a path';
  const found = LEAK.exec(answer)?.[0];
  // An answer may quote what it was sent, and only that.
  if (found && !sent.includes(found) && !sent.includes(JSON.stringify(found).slice(1, -1)))
    return found;
  return undefined;
}

const short = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s);

async function write(child: ChildProcessWithoutNullStreams, chunks: (string | Buffer)[]) {
  for (const chunk of chunks) {
    if (!child.stdin.write(chunk))
      await new Promise<void>((resolve) => child.stdin.once('drain', resolve));
  }
}

it(`the MCP server survives ${MESSAGES} malformed and hostile messages, answers each request once and changes nothing`, async () => {
  // A profile with a few tasks of each kind, open in this process too (as the app would be).
  const core = openTempCore({ profileDir: path.join(makeTempDir('mcp-fuzz-'), 'profile') });
  let child: ChildProcessWithoutNullStreams | undefined;
  try {
    const seed = [
      { title: 'Pay rent', dueDate: '2026-12-01', priority: 1, labels: ['home'] },
      { title: 'Call the bank', description: 'About the card' },
      { title: 'Water the plants', dueDate: '2026-12-03', dueTime: '09:00' },
      { title: 'Old chore' },
      { title: 'Weekly review', dueDate: '2026-12-07', repeat: 'FREQ=WEEKLY;BYDAY=MO' },
    ];
    for (const t of seed) expect((await core.handlers['tasks.create'](t)).ok).toBe(true);
    expect((await core.handlers['tasks.setCompleted']({ id: 4, completed: true })).ok).toBe(true);
    const original = await core.handlers['tasks.list']({ status: 'all' });
    if (!original.ok) throw new Error('could not list the seeded tasks');
    expect(original.value.map((t) => t.id)).toEqual(EXISTING);
    const before = snapshotDatabase(core);

    const server = spawn(process.execPath, ['electron/host/cli.ts', '--profile', core.dir, 'mcp'], {
      cwd: repoRoot,
    });
    child = server;
    let stderr = '';
    let exited: string | null = null;
    let stdinError: Error | null = null;
    server.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    server.on('exit', (code, signal) => (exited = `code ${code} signal ${signal}`));
    server.stdin.on('error', (e) => (stdinError = e));

    // Every line the server writes, by id.
    const answers = new Map<string, Record<string, unknown>[]>();
    const notJsonOut: string[] = [];
    const serverRequests: string[] = [];
    let pending = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (c: string) => {
      pending += c;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        let msg: Record<string, unknown>;
        try {
          msg = JSON.parse(line) as Record<string, unknown>;
        } catch {
          notJsonOut.push(line);
          continue;
        }
        if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
          notJsonOut.push(line);
          continue;
        }
        if ('method' in msg) {
          // A notification is harmless; a request to us would wait for an answer forever.
          if ('id' in msg) serverRequests.push(line);
          continue;
        }
        const key = JSON.stringify(msg.id ?? null);
        answers.set(key, [...(answers.get(key) ?? []), msg]);
      }
    });
    const count = (key: string) => answers.get(key)?.length ?? 0;
    const alive = () => {
      expect(exited, `the server stopped: ${short(stderr)}`).toBeNull();
      expect(stdinError, 'writing to the server failed').toBeNull();
    };
    const waitFor = async (keys: Map<string, number>, what: string) => {
      await vi.waitFor(
        () => {
          if (exited !== null) return; // reported by alive()
          for (const [key, n] of keys)
            if (count(key) < n) throw new Error(`${what}: no answer yet to id ${short(key)}`);
        },
        { timeout: 30_000, interval: 10 },
      );
      alive();
    };

    // The handshake, written by hand.
    await write(server, [
      `${serialise({
        jsonrpc: '2.0',
        id: 'init',
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'mcp-fuzz', version: '1.0.0' },
        },
      })}\n`,
    ]);
    await waitFor(new Map([['"init"', 1]]), 'initialize');
    const init = answers.get('"init"')![0]!;
    expect(init.result).toMatchObject({ serverInfo: { name: 'task-assistant' } });
    await write(server, [
      `${serialise({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`,
    ]);

    // What is expected back: for each id key, how many requests must be answered, how many lines
    // that aren't requests may be (at most), and whether any must be refused.
    const expected = new Map<string, number>();
    const mayAnswer = new Map<string, number>();
    const sentBy = new Map<string, Sent[]>();
    const kinds = new Map<string, number>();
    let counter = 1_000_000;
    let sentBytes = 0;
    let requests = 0;

    const generated = fc.sample(message, { numRuns: MESSAGES, seed: SEED });
    for (let start = 0; start < generated.length; start += BATCH) {
      const chunk = generated.slice(start, start + BATCH);
      const lines: (string | Buffer)[] = [];
      const waiting = new Map<string, number>();
      for (const [m, hostileId] of chunk) {
        const drafts = 'batch' in m ? m.batch : [m];
        const made = drafts.map((d) => {
          counter++;
          const id =
            hostileId !== undefined && !('batch' in m)
              ? hostileId
              : counter % 2
                ? counter
                : `m${counter}`;
          return { d, value: d.make(id) };
        });
        const kind = 'batch' in m ? 'batch array' : drafts[0]!.kind;
        const family =
          kind.startsWith('tools/call ') &&
          !kind.includes(' unknown') &&
          !kind.includes('malformed')
            ? 'tools/call (tool arguments)'
            : kind.startsWith('not JSON-RPC')
              ? 'not JSON-RPC (spoiled envelope)'
              : kind;
        kinds.set(family, (kinds.get(family) ?? 0) + 1);
        let content: string | Buffer;
        if ('batch' in m) content = serialise(made.map((x) => x.value));
        else {
          const v = made[0]!.value;
          content = v instanceof Line ? v.content : serialise(v);
        }
        const text = typeof content === 'string' ? content : content.toString('latin1');
        sentBytes += Buffer.byteLength(content);
        lines.push(
          typeof content === 'string'
            ? `${content}\n`
            : Buffer.concat([content, Buffer.from('\n')]),
        );

        // What the SDK will take as a request (and so must answer), and ids it may answer.
        let parsed: unknown;
        try {
          parsed = JSON.parse(typeof content === 'string' ? content : content.toString('utf8'));
        } catch {
          continue;
        }
        const items = Array.isArray(parsed) && 'batch' in m ? (parsed as unknown[]) : [parsed];
        const isBatch = 'batch' in m;
        items.forEach((item, i) => {
          if (typeof item !== 'object' || item === null || !('id' in item)) return;
          const key = JSON.stringify((item as { id: unknown }).id ?? null);
          if (!isBatch && JSONRPCRequestSchema.safeParse(item).success) {
            requests++;
            expected.set(key, (expected.get(key) ?? 0) + 1);
            waiting.set(key, expected.get(key)!);
            sentBy.set(key, [
              ...(sentBy.get(key) ?? []),
              { text, kind: made[i]?.d.kind ?? kind, expect: made[i]?.d.expect ?? 'refused' },
            ]);
          } else {
            mayAnswer.set(key, (mayAnswer.get(key) ?? 0) + 1);
          }
        });
      }
      await write(server, lines);
      await waitFor(waiting, `batch from message ${start}`);
    }

    // Still serving: a plain list_tasks gets the original tasks.
    await write(server, [
      `${serialise({ jsonrpc: '2.0', id: 'final', method: 'tools/call', params: { name: 'list_tasks', arguments: {} } })}\n`,
      `${serialise({ jsonrpc: '2.0', id: 'last-ping', method: 'ping' })}\n`,
    ]);
    await waitFor(
      new Map([
        ['"final"', 1],
        ['"last-ping"', 1],
      ]),
      'the final list_tasks',
    );
    const final = answers.get('"final"')![0]!.result as {
      isError?: boolean;
      structuredContent: { tasks: unknown[] };
    };
    expect(final.isError).toBeFalsy();
    expect(final.structuredContent.tasks).toEqual(original.value);
    // Anything late (a second answer to something) has had time to arrive.
    await new Promise((r) => setTimeout(r, 300));
    alive();

    // Exactly one answer per request (at most one per id of anything else), each well formed,
    // refusing what had to be refused, and showing nothing of the inside.
    expect(notJsonOut.map(short), 'stdout lines that are not JSON-RPC').toEqual([]);
    expect(serverRequests.map(short), 'requests from the server').toEqual([]);
    const problems: string[] = [];
    let refusals = 0;
    let protocolErrors = 0;
    for (const [key, got] of answers) {
      if (['"init"', '"final"', '"last-ping"'].includes(key)) continue;
      const need = expected.get(key) ?? 0;
      const allowed = need + (mayAnswer.get(key) ?? 0) + (key === 'null' ? Infinity : 0);
      const sent = sentBy.get(key) ?? [];
      if (got.length < need || got.length > allowed)
        problems.push(
          `id ${short(key)}: ${got.length} answers for ${need} requests: ${sent.map((s) => short(s.text)).join(' | ')}`,
        );
      const mustRefuse = sent.length > 0 && sent.every((s) => s.expect === 'refused');
      const sentText = sent.map((s) => s.text).join('\n');
      for (const a of got) {
        const error = a.error as { code?: unknown; message?: unknown; data?: unknown } | undefined;
        const result = a.result as
          { isError?: boolean; content?: { type: string; text?: string }[] } | undefined;
        if (a.jsonrpc !== '2.0' || (error === undefined) === (result === undefined)) {
          problems.push(`id ${short(key)}: malformed answer ${short(JSON.stringify(a))}`);
          continue;
        }
        let shown: string;
        if (error) {
          protocolErrors++;
          if (typeof error.code !== 'number' || typeof error.message !== 'string')
            problems.push(`id ${short(key)}: malformed error ${short(JSON.stringify(error))}`);
          shown = `${String(error.message)} ${JSON.stringify(error.data ?? '')}`;
        } else {
          if (result!.isError) refusals++;
          else if (mustRefuse)
            problems.push(
              `carried out, should have been refused: ${short(sentText)} -> ${short(JSON.stringify(result))}`,
            );
          shown = (result!.content ?? []).map((c) => c.text ?? '').join('\n');
          if (result!.isError && !shown.trim())
            problems.push(`id ${short(key)}: a refusal without words`);
        }
        const leak = leakIn(shown, sentText, core.dir);
        if (leak) problems.push(`leaks "${leak}": ${short(sentText)} -> ${short(shown)}`);
      }
    }
    for (const [key, need] of expected)
      if (count(key) < need) problems.push(`unanswered: ${short(sentBy.get(key)![0]!.text)}`);
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);

    // The server never stopped, and leaves when its client does.
    alive();
    server.stdin.end();
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 10_000);
      server.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
      if (server.exitCode !== null) resolve(server.exitCode);
    });
    expect(code, `exit after stdin closed: ${short(stderr)}`).toBe(0);
    expect(stderr).not.toMatch(/Unhandled|uncaught|FATAL|Maximum call stack/i);

    // Nothing in the database changed.
    expect(snapshotDatabase(core)).toBe(before);

    record('MCP fuzz: messages sent', generated.length);
    record('MCP fuzz: JSON-RPC requests among them', requests);
    record('MCP fuzz: tool calls refused (isError)', refusals);
    record('MCP fuzz: JSON-RPC error answers', protocolErrors);
    record('MCP fuzz: server stopped', 0);
    console.info(
      `mcp-fuzz: ${generated.length} messages (${(sentBytes / 1e6).toFixed(1)} MB), ${requests} requests, ${refusals} refused tool calls, ${protocolErrors} JSON-RPC errors\n` +
        [...kinds]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `  ${k}: ${n}`)
          .join('\n'),
    );
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    core.cleanup();
  }
}, 180_000);
