// `npm run web [-- --profile DIR --port N]`: the app in a browser, for machines without Electron.
// The compile cache is turned on before the app's modules load; they are in web-host-main.ts.
import { enableCompileCache } from './compile-cache.ts';

enableCompileCache();
await import('./web-host-main.ts');
