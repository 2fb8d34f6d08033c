// The core as the crash tests and the processes they kill open it: the profile given, quiet.
import { type CoreOptions, openCore } from '../../electron/core/app-core.ts';
import { silentLogger } from '../../electron/core/log.ts';
import { migrationsDir } from '../../electron/host/host-paths.ts';

export const openCrashCore = (
  profileDir: string,
  options: Partial<Omit<CoreOptions, 'profileDir'>> = {},
) =>
  openCore({
    profileDir,
    migrationsDir,
    appVersion: 'crash-test',
    logger: silentLogger,
    ...options,
  });
