// Styles live with their components, and no selector is defined in two places.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../../electron/host/host-paths.ts';

const src = path.join(repoRoot, 'renderer', 'src');
const files = fs
  .readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'));

/** Selectors of top-level rules (theme overrides inside @media are the same rule, themed). */
function selectors(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let head = '';
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (ch === '{') {
      if (depth === 0 && !head.trim().startsWith('@'))
        out.push(...head.split(',').map((s) => s.trim().replace(/\s+/g, ' ')));
      depth++;
      head = '';
    } else if (ch === '}') {
      depth--;
      head = '';
    } else head += ch;
  }
  return out;
}

it('no selector is defined twice, in one file or across files', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const file of files) {
    for (const selector of selectors(fs.readFileSync(path.join(src, file), 'utf8'))) {
      const first = seen.get(selector);
      if (first) twice.push(`${selector} (${first} and ${file})`);
      else seen.set(selector, file);
    }
  }
  expect(files.length).toBeGreaterThan(5);
  expect(twice).toEqual([]);
});

it("every component's stylesheet is imported by the component beside it", () => {
  for (const file of files.filter((f) => f !== 'styles.css')) {
    const component = path.join(src, file.replace(/\.css$/, '.tsx'));
    expect(fs.existsSync(component), file).toBe(true);
    expect(fs.readFileSync(component, 'utf8')).toContain(`import './${path.basename(file)}';`);
  }
});
