// `npm run -s cli -- --profile DIR <command> [--json]`: the same core, for scripts and tests.
// With --json the last line printed is exactly one JSON value; errors exit non-zero.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore, type Core } from '../core/app-core.ts';
import { validationMessage } from '../core/errors-to-user.ts';
import { defaultProfileDir } from '../core/profile/profile-paths.ts';
import { settingsPatchSchema } from '../shared/settings.ts';
import { exportRequestSchema, IMPORT_TEXT_MAX } from '../shared/exchange.ts';
import { once } from 'node:events';
import { AppError, type ErrorInfo, type Result } from '../shared/errors.ts';
import type { Task } from '../shared/task.ts';
import { sayDue, sayPriority, sayRepeat } from '../shared/when-text.ts';
import { localDate } from '../core/time/local-dates.ts';
import { downloadModel } from '../core/agent/model/embedded/model-download.ts';
import { sizeText } from '../shared/text.ts';
import { DEFAULT_MODEL_ID } from '../core/agent/model/embedded/model-files.ts';
import { appVersion, migrationsDir } from './host-paths.ts';
import { serveMcp } from './mcp-server.ts';

const USAGE = `Usage: npm run -s cli -- [--profile DIR] [--json] <command>

  tasks add TITLE [--description D] [--due YYYY-MM-DD] [--time HH:MM] [--priority 1-3]
                [--repeat RRULE] [--label L]...   add a task (the title is taken literally)
  tasks quick TEXT                       add a task from text: "Pay rent tomorrow 9am p1 #home
                                         every month" (dates, times, repeats, p1-p3, #labels)
  tasks list [--status all|pending|completed] [--due today|overdue|upcoming|none]
             [--label L] [--priority 1-3]
  tasks done ID | tasks reopen ID        complete / reopen a task (a repeating task moves on
                                         to its next occurrence)
  tasks skip ID                          a repeating task skips this occurrence
  tasks edit ID [--title T] [--description D] [--due DATE|none] [--time HH:MM|none]
                [--priority 1-3|none] [--repeat RRULE|none] [--label L]... [--label none]
  tasks rm ID                            move a task to the Trash
  tasks trash                            list the Trash (kept 30 days)
  tasks restore ID                       put a task from the Trash back in its place
  tasks purge ID | tasks empty-trash     delete for good (cannot be undone)
  conversations list
  export --format json|csv|markdown|todotxt|ics [--scope tasks|conversations|all]
         [--conversation ID] [--out FILE]
                                         tasks (any format), conversations (json, markdown) or
                                         everything (json); to stdout unless --out
  import FILE [--format json|todoist|csv|todotxt|ics|markdown] [--dry-run] [--skip-errors]
              [--duplicates skip|add]    add tasks from a file (format read from the content when
                                         not given); a bad line stops it unless --skip-errors;
                                         one step of the undo history
  mcp                                    serve the tasks as MCP tools over stdio (for Claude
                                         Desktop, Cursor and other agents)
  search QUERY [--scope all|tasks|messages]
                                         find tasks (title, description, labels) and chat
                                         messages: "quoted phrase", -exclude, last word a prefix
  models list                            the built-in model's files: recommended, downloaded,
                                         and unfinished downloads
  models download [ID | --url URL [--sha256 HEX]]
                                         download a model into the profile (default: the
                                         recommended one); resumes an interrupted download
  models use NAME | models rm NAME       answer with a downloaded model / delete one
  say TEXT [--new] [--yes] [--conversation ID]
                                         talk to the assistant (--yes accepts a confirmation)

Model (this run only; default: the profile's settings, else the built-in assistant):
  --provider builtin|openai|openai-compatible|embedded  --base-url URL  --model NAME
  --model-path FILE.gguf                 run a model file inside the app (provider embedded)
  The API key comes from OPENAI_API_KEY.`;

class UsageError extends Error {}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        json: { type: 'boolean', default: false },
        status: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
        due: { type: 'string' },
        time: { type: 'string' },
        priority: { type: 'string' },
        repeat: { type: 'string' },
        label: { type: 'string', multiple: true },
        new: { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
        conversation: { type: 'string' },
        provider: { type: 'string' },
        'base-url': { type: 'string' },
        model: { type: 'string' },
        'model-path': { type: 'string' },
        url: { type: 'string' },
        sha256: { type: 'string' },
        scope: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'skip-errors': { type: 'boolean', default: false },
        duplicates: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    const message = (err as Error).message;
    console.error(`${message}\n\n${USAGE}`);
    if (process.argv.includes('--json'))
      console.log(JSON.stringify({ error: { code: 'VALIDATION', message } }));
    process.exit(2);
  }
})();

// Text from the database may hold terminal escape sequences or bidirectional overrides (a title
// typed anywhere, a message pasted in chat); a terminal must show them, not obey them.
const UNSAFE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const escapeChar = (c: string) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
/** One line of human output: every control character shown as an escape. */
const printable = (s: string) => s.replace(UNSAFE, escapeChar);
/** Several lines (an assistant's reply): line breaks and tabs kept, other controls escaped. */
const printableLines = (s: string) =>
  s.replace(UNSAFE, (c) => (c === '\n' || c === '\t' ? c : escapeChar(c)));

/** Matched words in bold on a terminal, as they are otherwise. */
function marked(text: string, marks: [number, number][]): string {
  if (!process.stdout.isTTY) return printable(text);
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    out += `${printable(text.slice(at, start))}\u001b[1m${printable(text.slice(start, end))}\u001b[22m`;
    at = end;
  }
  return out + printable(text.slice(at));
}

function finish(value: unknown, human: string): void {
  console.log(values.json ? JSON.stringify(value) : human);
}

function fail(error: ErrorInfo, exitCode = 1): never {
  if (values.json) console.log(JSON.stringify({ error }));
  else console.error(error.message);
  process.exit(exitCode);
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) fail(result.error);
  return result.value;
}

const taskId = (raw: string | undefined): number => {
  if (raw === undefined || !/^#?\d+$/.test(raw))
    throw new UsageError('Give a task number, like 3.');
  return Number(raw.replace('#', ''));
};

const line = (t: Task) => {
  const about = [
    t.dueDate && `due ${sayDue(t.dueDate, t.dueTime, localDate(new Date()))}`,
    t.priority && sayPriority(t.priority),
    t.repeat && sayRepeat(t.repeat).toLowerCase(),
    ...t.labels.map((l) => `#${l}`),
  ].filter(Boolean);
  return `${t.completed ? '[x]' : '[ ]'} #${t.id} ${printable(t.title)}${about.length ? ` (${printable(about.join(', '))})` : ''}${t.description ? ` — ${printable(t.description)}` : ''}`;
};

/** The time flags of add and edit; "none" clears one (edit). */
function timeFlags(clearable: boolean) {
  const none = (v: string | undefined) => clearable && v?.toLowerCase() === 'none';
  const number = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  const labels = values.label;
  return {
    ...(values.due !== undefined ? { dueDate: none(values.due) ? null : values.due } : {}),
    ...(values.time !== undefined ? { dueTime: none(values.time) ? null : values.time } : {}),
    ...(values.priority !== undefined
      ? { priority: none(values.priority) ? null : number(values.priority) }
      : {}),
    ...(values.repeat !== undefined ? { repeat: none(values.repeat) ? null : values.repeat } : {}),
    ...(labels !== undefined
      ? { labels: clearable && labels.length === 1 && none(labels[0]) ? [] : labels }
      : {}),
  };
}

async function run(core: Core): Promise<void> {
  const [group, action, ...rest] = positionals;
  const h = core.handlers;
  const whole =
    group === 'mcp' ||
    group === 'say' ||
    group === 'search' ||
    group === 'export' ||
    group === 'import';
  switch (`${group} ${whole ? '' : (action ?? '')}`.trim()) {
    case 'tasks add': {
      const title = [action === 'add' ? rest.join(' ') : ''].join('');
      const task = unwrap(
        await h['tasks.create']({
          title,
          ...(values.description !== undefined ? { description: values.description } : {}),
          ...timeFlags(false),
        }),
      );
      return finish(task, `Added ${line(task)}`);
    }
    case 'tasks quick': {
      const task = unwrap(await h['tasks.quickAdd']({ text: rest.join(' ') }));
      return finish(task, `Added ${line(task)}`);
    }
    case 'tasks list': {
      const number = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
      const tasks = unwrap(
        await h['tasks.list']({
          // A list about dates is of what is still to do, unless a status is asked for.
          ...(values.status ? { status: values.status } : values.due ? { status: 'pending' } : {}),
          ...(values.due !== undefined ? { due: values.due } : {}),
          ...(values.label?.[0] !== undefined ? { label: values.label[0] } : {}),
          ...(values.priority !== undefined ? { priority: number(values.priority) } : {}),
        }),
      );
      return finish(tasks, tasks.length ? tasks.map(line).join('\n') : 'No tasks.');
    }
    case 'tasks done':
    case 'tasks reopen': {
      const task = unwrap(
        await h['tasks.setCompleted']({ id: taskId(rest[0]), completed: action === 'done' }),
      );
      return finish(task, line(task));
    }
    case 'tasks edit': {
      const task = unwrap(
        await h['tasks.update']({
          id: taskId(rest[0]),
          ...(values.title !== undefined ? { title: values.title } : {}),
          ...(values.description !== undefined ? { description: values.description } : {}),
          ...timeFlags(true),
        }),
      );
      return finish(task, line(task));
    }
    case 'tasks skip': {
      const task = unwrap(await h['tasks.skip']({ id: taskId(rest[0]) }));
      return finish(task, `Skipped to the next one: ${line(task)}`);
    }
    case 'tasks rm': {
      const task = unwrap(await h['tasks.delete']({ id: taskId(rest[0]) }));
      return finish(task, `Deleted #${task.id} ${printable(task.title)}`);
    }
    case 'tasks trash': {
      const { items } = unwrap(await h['trash.page']({ limit: 1000 }));
      return finish(
        items,
        items.length
          ? items.map((t) => `${line(t)} (deleted ${t.deletedAt})`).join('\n')
          : 'The Trash is empty.',
      );
    }
    case 'tasks restore': {
      const task = unwrap(await h['tasks.restore']({ id: taskId(rest[0]) }));
      return finish(task, `Restored ${line(task)}`);
    }
    case 'tasks purge': {
      const { id } = unwrap(await h['trash.purge']({ id: taskId(rest[0]) }));
      return finish({ id }, `Deleted #${id} for good`);
    }
    case 'tasks empty-trash': {
      const result = unwrap(await h['trash.empty']({}));
      return finish(result, `Deleted ${result.deleted} tasks for good`);
    }
    case 'conversations list': {
      const { items } = unwrap(await h['conversations.list']({ limit: 200 }));
      return finish(
        items,
        items.length
          ? items.map((c) => `#${c.id} ${printable(c.title)} (${c.updatedAt})`).join('\n')
          : 'No conversations yet.',
      );
    }
    case 'models list': {
      const list = unwrap(await h['models.list']({}));
      const lines = [
        ...list.installed.map(
          (m) => `${m.inUse ? '* ' : '  '}${m.fileName} (${sizeText(m.sizeBytes)})`,
        ),
        ...list.downloads.map(
          (d) =>
            `  ${d.fileName}: ${d.state}, ${sizeText(d.receivedBytes)}${d.totalBytes ? ` of ${sizeText(d.totalBytes)}` : ''}${d.message ? ` — ${d.message}` : ''}`,
        ),
        'Recommended (models download ID):',
        ...list.recommended.map(
          (r) =>
            `  ${r.id}${r.isDefault ? ' (default)' : ''}: ${r.label}, about ${sizeText(r.sizeBytes)}${r.installed ? ', downloaded' : ''} — ${r.note}`,
        ),
      ];
      return finish(list, lines.join('\n'));
    }
    case 'models download': {
      const id = rest[0];
      const spec = core.models.spec(
        values.url !== undefined
          ? { url: values.url, ...(values.sha256 ? { sha256: values.sha256 } : {}) }
          : { id: id ?? DEFAULT_MODEL_ID },
      );
      // In the foreground, with a progress line; Ctrl+C pauses (run it again to resume).
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      let shown = 0;
      const file = await downloadModel(spec, {
        dir: core.models.dir,
        signal: stop.signal,
        onProgress: (p) => {
          if (values.json || Date.now() - shown < 1000) return;
          shown = Date.now();
          const of = p.totalBytes ? ` of ${sizeText(p.totalBytes)}` : '';
          const left = p.secondsLeft !== null ? `, ${p.secondsLeft} s left` : '';
          process.stderr.write(`${p.state} ${sizeText(p.receivedBytes)}${of}${left}\n`);
        },
      }).catch((err: unknown) => {
        if (stop.signal.aborted)
          fail({ code: 'UNAVAILABLE', message: 'Paused; run the same command to resume.' });
        throw err;
      });
      const name = path.basename(file);
      return finish(
        { fileName: name, sizeBytes: fs.statSync(file).size },
        `Downloaded and checked ${name}. Use it with: models use ${name}`,
      );
    }
    case 'models use': {
      const settings = unwrap(await h['models.use']({ fileName: rest[0] ?? '' }));
      return finish(settings, `The built-in model now answers with ${rest[0]}.`);
    }
    case 'models rm': {
      const removed = unwrap(await h['models.remove']({ fileName: rest[0] ?? '' }));
      return finish(removed, `Deleted ${rest[0]}.`);
    }
    case 'export': {
      if (action !== undefined) throw new UsageError(`Unknown command: ${positionals.join(' ')}`);
      const request = exportRequestSchema.safeParse({
        format: values.format,
        ...(values.scope !== undefined ? { scope: values.scope } : {}),
        ...(values.conversation !== undefined
          ? { conversationId: taskId(values.conversation), scope: values.scope ?? 'conversations' }
          : {}),
      });
      if (!request.success) throw new UsageError(validationMessage(request.error));
      if (values.out === undefined) {
        await core.exchange.write(request.data, (chunk) =>
          process.stdout.write(chunk) ? undefined : once(process.stdout, 'drain').then(() => {}),
        );
        return;
      }
      const out = path.resolve(values.out);
      // Written next to the file and renamed over it once complete: never half a file.
      const partial = `${out}.part`;
      const file = await fs.promises.open(partial, 'w');
      let result: { bytes: number; items: number };
      try {
        result = await core.exchange.write(request.data, (chunk) =>
          file.write(chunk).then(() => undefined),
        );
        await file.sync();
      } finally {
        await file.close();
      }
      fs.renameSync(partial, out);
      return finish(
        { file: out, bytes: result.bytes },
        `Exported to ${printable(out)} (${sizeText(result.bytes)}).`,
      );
    }
    case 'import': {
      const file = action;
      if (file === undefined || rest.length > 0) throw new UsageError('Give one file to import.');
      let text: string;
      try {
        const size = fs.statSync(file).size;
        if (size > IMPORT_TEXT_MAX)
          fail({
            code: 'VALIDATION',
            message:
              'This file is bigger than 50 MB: split it into smaller files and import them one at a time.',
          });
        text = fs.readFileSync(file, 'utf8');
      } catch {
        fail({ code: 'NOT_FOUND', message: `Could not read ${printable(file)}.` });
      }
      const input = {
        text,
        ...(values.format !== undefined ? { format: values.format } : {}),
        ...(values.duplicates !== undefined ? { duplicates: values.duplicates } : {}),
        skipErrors: values['skip-errors'],
      };
      const preview = unwrap(await h['exchange.preview'](input));
      const problems = preview.errors.map((e) => `  ${printable(e.message)}`);
      if (preview.errorCount > preview.errors.length)
        problems.push(`  …and ${preview.errorCount - preview.errors.length} more`);
      if (values['dry-run']) {
        return finish(
          {
            added: preview.adds,
            duplicates: preview.duplicateCount,
            conversations: preview.conversations,
            errors: preview.errors,
            format: preview.format,
          },
          [
            `Would add ${preview.adds} tasks${preview.conversations ? ` and ${preview.conversations} conversations` : ''} (${preview.format}); ${preview.duplicateCount} look like tasks you have.`,
            ...problems,
          ].join('\n'),
        );
      }
      if (preview.errorCount > 0 && !values['skip-errors']) {
        const message = `${preview.errors[0]!.message.replace(/\.$/, '')}. Nothing was imported (--skip-errors imports the good lines).`;
        if (values.json)
          console.log(
            JSON.stringify({ error: { code: 'VALIDATION', message }, errors: preview.errors }),
          );
        else console.error([message, ...problems].join('\n'));
        process.exit(1);
      }
      const result = unwrap(await h['exchange.import'](input));
      return finish(
        result,
        `Added ${result.added} tasks${result.conversations ? ` and ${result.conversations} conversations` : ''}${result.duplicates ? `; left out ${result.duplicates} that looked like tasks you have` : ''}.`,
      );
    }
    case 'mcp': {
      // Until the client goes away; stdout carries only JSON-RPC from here on.
      return serveMcp(core, appVersion);
    }
    case 'search': {
      const text = [action, ...rest].filter((x) => x !== undefined).join(' ');
      const result = unwrap(
        await h.search({
          query: text,
          ...(values.scope !== undefined ? { scope: values.scope } : {}),
        }),
      );
      const lines = result.items.map((hit) =>
        hit.kind === 'task'
          ? `task #${hit.id} ${hit.completed ? '[x] ' : ''}${marked(hit.title, hit.titleMarks)}${hit.snippet !== hit.title ? ` — ${marked(hit.snippet, hit.marks)}` : ''}`
          : `message in conversation #${hit.conversationId} "${printable(hit.title)}" (${hit.role}, ${hit.createdAt.slice(0, 10)}): ${marked(hit.snippet, hit.marks)}`,
      );
      return finish(result, lines.length ? lines.join('\n') : 'Nothing found.');
    }
    case 'say': {
      const text = [action, ...rest].filter((x) => x !== undefined).join(' ');
      let conversationId: number | undefined;
      if (values.conversation !== undefined) conversationId = taskId(values.conversation);
      else if (!values.new)
        conversationId = unwrap(await h['conversations.list']({ limit: 1 })).items[0]?.id;
      const turn = unwrap(
        await h['chat.send']({
          text,
          ...(conversationId !== undefined ? { conversationId } : {}),
          ...(values.yes ? { autoConfirm: true } : {}),
        }),
      );
      return finish(turn, printableLines(turn.reply));
    }
    default:
      throw new UsageError(group ? `Unknown command: ${positionals.join(' ')}` : 'Give a command.');
  }
}

if (values.help) {
  console.log(USAGE);
  if (values.json) console.log(JSON.stringify({ usage: USAGE }));
  process.exit(0);
}

let core: Core | undefined;
try {
  const override = settingsPatchSchema.safeParse({
    ...(values.provider !== undefined ? { provider: values.provider } : {}),
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
    ...(values.model !== undefined ? { model: values.model } : {}),
    // A model file on its own means the built-in model runs it.
    ...(values['model-path'] !== undefined
      ? {
          modelPath: path.resolve(values['model-path']),
          ...(values.provider === undefined ? { provider: 'embedded' } : {}),
        }
      : {}),
  });
  if (!override.success) throw new UsageError(validationMessage(override.error));
  core = openCore({
    profileDir: values.profile ?? defaultProfileDir(),
    appFolder: values.profile === undefined,
    migrationsDir,
    appVersion,
    modelOverride: override.data,
    // A script's task commands are not steps of the app's undo history (Ctrl+Z in the app, "undo"
    // in chat); its deletes still go to the Trash. What it says to the assistant is undoable.
    undoAppChanges: false,
  });
  await run(core);
} catch (err) {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n\n${USAGE}`);
    if (values.json)
      console.log(JSON.stringify({ error: { code: 'VALIDATION', message: err.message } }));
    process.exitCode = 2;
  } else if (err instanceof AppError) {
    fail({ code: err.code, message: err.message });
  } else {
    // Before the profile is open there is no log to point to.
    fail({
      code: 'INTERNAL',
      message: core
        ? 'Something went wrong; the details are in the log in your profile folder.'
        : 'Could not open your tasks.',
    });
  }
} finally {
  core?.close();
}
