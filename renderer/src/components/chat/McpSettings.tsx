// "Tools from other apps (MCP)" in Assistant settings: the servers added, each one's state and
// tools (on or off, asked about every time or always allowed), and adding one by hand or by
// pasting Claude Desktop's config. Changes here are saved at once (not with the dialog's Save).
import { type ReactNode, useEffect, useState } from 'react';
import type { McpServerView, McpTransport } from '../../../../electron/shared/mcp.ts';
import { useQuery } from '../../hooks/use-query.ts';
import { api } from '../../lib/api.ts';
import { ErrorBanner } from '../ErrorBanner.tsx';
import './McpSettings.css';

const STATE_WORDS: Record<McpServerView['state'], string> = {
  off: 'Turned off',
  idle: 'Starts when the assistant needs it',
  connecting: 'Starting…',
  ready: 'Running',
  failed: 'Not working',
};

/** "NAME=value" or "Name: value" lines, as an object; the first bad line is named. */
function readPairs(text: string, separator: '=' | ':'): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.indexOf(separator);
    if (at <= 0)
      return `Line ${i + 1} should look like ${separator === '=' ? 'NAME=value' : 'Name: value'}`;
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

export function McpSettings() {
  const list = useQuery('mcp.list', {});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { reload } = list;
  useEffect(() => api.on('mcp.changed', () => void reload()), [reload]);

  const act = async (key: string, run: () => ReturnType<typeof api.invoke>) => {
    setBusy(key);
    setError(null);
    const result = await run();
    setBusy(null);
    if (!result.ok) setError(result.error.message);
    await reload();
    return result.ok;
  };

  const servers = list.value?.servers ?? [];
  return (
    <fieldset className="mcp-settings">
      <legend>Tools from other apps (MCP)</legend>
      <p className="muted small-print">
        When a model answers (not the built-in assistant), it can use the tools of MCP servers you
        add here. Every call is shown in the chat and asks you first, unless you choose “Always
        allow” for that tool.
      </p>
      <ErrorBanner message={error ?? list.error} onDismiss={() => setError(null)} />
      {servers.length === 0 && list.value && <p className="muted">No servers yet.</p>}
      <ul className="mcp-servers" aria-label="MCP servers">
        {servers.map((s) => (
          <ServerItem key={s.config.id} server={s} busy={busy} act={act} />
        ))}
      </ul>
      <AddServer act={act} />
    </fieldset>
  );
}

type Act = (key: string, run: () => ReturnType<typeof api.invoke>) => Promise<boolean>;

function ServerItem({
  server,
  busy,
  act,
}: {
  server: McpServerView;
  busy: string | null;
  act: Act;
}) {
  const { config } = server;
  const id = config.id;
  const working = busy?.startsWith(`${id}:`) ?? false;
  return (
    <li className="mcp-server" aria-label={config.name}>
      <div className="mcp-server-head">
        <strong dir="auto">{config.name}</strong>
        <span className={`mcp-state ${server.state}`} role="status">
          {STATE_WORDS[server.state]}
        </span>
      </div>
      {server.message && <p className="small-print mcp-message">{server.message}</p>}
      <div className="mcp-server-actions">
        {config.enabled && (
          <button
            type="button"
            disabled={working}
            onClick={() => void act(`${id}:start`, () => api.invoke('mcp.refresh', { id }))}
          >
            {busy === `${id}:start` ? 'Starting…' : server.state === 'ready' ? 'Restart' : 'Start'}
          </button>
        )}
        <button
          type="button"
          disabled={working}
          onClick={() =>
            void act(`${id}:toggle`, () =>
              api.invoke('mcp.save', {
                id,
                name: config.name,
                transport: config.transport,
                enabled: !config.enabled,
              }),
            )
          }
        >
          {config.enabled ? 'Turn off' : 'Turn on'}
        </button>
        <button
          type="button"
          disabled={working}
          onClick={() => void act(`${id}:remove`, () => api.invoke('mcp.remove', { id }))}
        >
          Remove
        </button>
      </div>
      {server.tools.length > 0 && (
        <ul className="mcp-tools" aria-label={`Tools of ${config.name}`}>
          {server.tools.map((t) => (
            <li key={t.name}>
              <label className="option" title={t.description}>
                <input
                  type="checkbox"
                  checked={t.enabled}
                  onChange={(e) =>
                    void act(`${id}:tool`, () =>
                      api.invoke('mcp.setTool', {
                        serverId: id,
                        tool: t.name,
                        enabled: e.target.checked,
                      }),
                    )
                  }
                />
                <span dir="auto">{t.title ?? t.name}</span>
              </label>
              <select
                aria-label={`When the assistant uses ${t.title ?? t.name}`}
                value={t.approval}
                disabled={!t.enabled}
                onChange={(e) =>
                  void act(`${id}:tool`, () =>
                    api.invoke('mcp.setTool', {
                      serverId: id,
                      tool: t.name,
                      approval: e.target.value as 'ask' | 'always',
                    }),
                  )
                }
              >
                <option value="ask">Ask every time</option>
                <option value="always">Always allow</option>
              </select>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function AddServer({ act }: { act: Act }) {
  const [kind, setKind] = useState<'stdio' | 'http'>('stdio');
  const [name, setName] = useState('');
  const [command, setCommand] = useState('');
  const [args, setArgs] = useState('');
  const [env, setEnv] = useState('');
  const [url, setUrl] = useState('');
  const [headers, setHeaders] = useState('');
  const [pasted, setPasted] = useState('');
  const [timeout, setTimeoutSeconds] = useState('30');
  const [problem, setProblem] = useState<string | null>(null);

  const add = async () => {
    setProblem(null);
    let transport: McpTransport;
    if (kind === 'stdio') {
      const pairs = readPairs(env, '=');
      if (typeof pairs === 'string') return setProblem(`Environment: ${pairs}`);
      transport = {
        type: 'stdio',
        command: command.trim(),
        args: args
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
        env: pairs,
      };
    } else {
      const pairs = readPairs(headers, ':');
      if (typeof pairs === 'string') return setProblem(`Headers: ${pairs}`);
      transport = { type: 'http', url: url.trim(), headers: pairs };
    }
    const timeoutSeconds = Number(timeout);
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600)
      return setProblem('The time limit is a whole number of seconds, 1 to 600');
    const added = await act('add', () =>
      api.invoke('mcp.save', { name: name.trim(), transport, timeoutSeconds }),
    );
    if (added) {
      setName('');
      setCommand('');
      setArgs('');
      setEnv('');
      setUrl('');
      setHeaders('');
    }
  };

  const field = (label: string, control: ReactNode) => (
    <label className="field">
      {label}
      {control}
    </label>
  );
  return (
    <>
      <details className="mcp-add">
        <summary>Add a server</summary>
        {field(
          'Server name',
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />,
        )}
        <div role="radiogroup" aria-label="How it runs" className="mcp-kind">
          <label className="option">
            <input
              type="radio"
              name="mcp-kind"
              checked={kind === 'stdio'}
              onChange={() => setKind('stdio')}
            />
            A program on this computer
          </label>
          <label className="option">
            <input
              type="radio"
              name="mcp-kind"
              checked={kind === 'http'}
              onChange={() => setKind('http')}
            />
            A web address (Streamable HTTP)
          </label>
        </div>
        {kind === 'stdio' ? (
          <>
            {field(
              'Command',
              <input
                type="text"
                value={command}
                placeholder="npx"
                onChange={(e) => setCommand(e.target.value)}
              />,
            )}
            {field(
              'Arguments (one per line)',
              <textarea rows={3} value={args} onChange={(e) => setArgs(e.target.value)} />,
            )}
            {field(
              'Environment (NAME=value, one per line)',
              <textarea rows={2} value={env} onChange={(e) => setEnv(e.target.value)} />,
            )}
          </>
        ) : (
          <>
            {field(
              'Address',
              <input
                type="text"
                value={url}
                placeholder="https://example.com/mcp"
                onChange={(e) => setUrl(e.target.value)}
              />,
            )}
            {field(
              'Headers (Name: value, one per line)',
              <textarea rows={2} value={headers} onChange={(e) => setHeaders(e.target.value)} />,
            )}
          </>
        )}
        {field(
          'Time limit per call (seconds)',
          <input
            type="number"
            min={1}
            max={600}
            value={timeout}
            onChange={(e) => setTimeoutSeconds(e.target.value)}
          />,
        )}
        {problem && (
          <p className="small-print mcp-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="button" onClick={() => void add()}>
          Add server
        </button>
      </details>
      <details className="mcp-add">
        <summary>Paste from Claude Desktop</summary>
        {field(
          'Claude Desktop’s "mcpServers" JSON',
          <textarea
            rows={5}
            value={pasted}
            placeholder={'{ "mcpServers": { "name": { "command": "npx", "args": [] } } }'}
            onChange={(e) => setPasted(e.target.value)}
          />,
        )}
        <button
          type="button"
          onClick={() =>
            void act('import', () => api.invoke('mcp.import', { text: pasted })).then(
              (ok) => ok && setPasted(''),
            )
          }
        >
          Add these servers
        </button>
      </details>
    </>
  );
}
