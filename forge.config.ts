import fs from 'node:fs';
import path from 'node:path';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// The Vite plugin packs only .vite/; the packages left out of the bundles must also ship: the
// native SQLite addon and node-llama-cpp (with its dependencies and this platform's binaries),
// outside the asar since native code can't load from inside it.
const NATIVE = ['better-sqlite3', 'node-llama-cpp'];

/** A package and everything it depends on, as installed in node_modules. */
function closure(names: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    let manifest: { dependencies?: object; optionalDependencies?: object };
    try {
      manifest = JSON.parse(
        fs.readFileSync(path.join('node_modules', name, 'package.json'), 'utf8'),
      );
    } catch {
      return; // an optional dependency for another platform
    }
    seen.add(name);
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
      visit(dep);
  };
  names.forEach(visit);
  return seen;
}

const shipped = [...closure(NATIVE)].map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
const KEEP = [
  /^\/\.vite(\/|$)/,
  /^\/package\.json$/,
  /^\/node_modules$/,
  new RegExp(`^/node_modules/(@[^/]+$|(${shipped.join('|')})(/|$))`),
];

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Task Assistant',
    executableName: 'task-assistant',
    asar: { unpack: '**/node_modules/{better-sqlite3,node-llama-cpp,@node-llama-cpp}/**' },
    extraResource: ['migrations'],
    ignore: (file: string) => !!file && !KEEP.some((re) => re.test(file)),
  },
  rebuildConfig: {},
  makers: [new MakerZIP({}, ['darwin', 'linux', 'win32']), new MakerDeb({})],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        {
          entry: 'electron/core/agent/model/embedded/llama-worker.ts',
          config: 'vite.worker.config.ts',
          target: 'main',
        },
        {
          entry: 'electron/preload/preload.ts',
          config: 'vite.preload.config.ts',
          target: 'preload',
        },
      ],
      renderer: [{ name: 'main_window', config: 'vite.config.ts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
