// MCP `tools/call` round trip: get_task through `cli mcp` (its own process, stdio, the official
// SDK's client, as Claude Desktop or Cursor would call it) against the handler table called
// directly on the same profile. Called by bench/run.ts.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { openCore } from '../electron/core/app-core.ts';
import { silentLogger } from '../electron/core/log.ts';
import { appVersion, migrationsDir, repoRoot } from '../electron/host/host-paths.ts';
import type { BenchRow } from './search-exchange.ts';

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

export async function mcpMetrics(work: string, options: { quick: boolean }): Promise<BenchRow[]> {
  const profileDir = path.join(work, 'mcp-profile');
  const core = openCore({ profileDir, migrationsDir, appVersion, logger: silentLogger });
  const TASKS = 1000;
  const calls = options.quick ? 400 : 3000;
  const client = new Client({ name: 'bench', version: '1.0.0' });
  try {
    core.db.transaction(() => {
      for (let i = 0; i < TASKS; i++)
        core.tasks.create({ title: `Task ${i}`, description: 'x'.repeat(i % 200) });
    })();
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [path.join(repoRoot, 'electron/host/cli.ts'), '--profile', profileDir, 'mcp'],
        stderr: 'ignore',
      }),
    );
    const viaMcp: number[] = [];
    const direct: number[] = [];
    // Alternating one call each, so a noisy moment hits both alike; the first 50 warm up.
    for (let i = -50; i < calls; i++) {
      const id = 1 + ((((i * 7919) % TASKS) + TASKS) % TASKS);
      let t = performance.now();
      const result = await client.callTool({ name: 'get_task', arguments: { id } });
      const mcpMs = performance.now() - t;
      if (result.isError) throw new Error(`get_task ${id} failed`);
      t = performance.now();
      const own = await core.handlers['tasks.get']({ id });
      const directMs = performance.now() - t;
      if (!own.ok) throw new Error(`tasks.get ${id} failed`);
      if (i < 0) continue;
      viaMcp.push(mcpMs);
      direct.push(directMs);
    }
    const p95 = percentile(viaMcp, 0.95);
    return [
      {
        metric: `MCP tools/call get_task over stdio (cli mcp, SDK client), p95 of ${calls}; floor: the handler table called directly`,
        app: p95,
        floor: percentile(direct, 0.95),
        target: '< 5 ms p95 (ratio reported)',
        unit: 'ms',
        met: p95 < 5,
        note: `median ${percentile(viaMcp, 0.5).toFixed(2)} ms vs ${percentile(direct, 0.5).toFixed(3)} ms direct`,
      },
    ];
  } finally {
    await client.close().catch(() => {});
    core.close();
  }
}
