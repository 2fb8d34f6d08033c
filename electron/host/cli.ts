// `npm run -s cli -- …`: see cli-main.ts. The compile cache is turned on before it loads.
import { enableCompileCache } from './compile-cache.ts';

enableCompileCache();
await import('./cli-main.ts');
