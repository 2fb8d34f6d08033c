// Says when the page has lost the app (it is restarting, or this page belongs to an earlier
// launch), so a click that seems to do nothing is never a mystery.
import { useSyncExternalStore } from 'react';
import { connection } from '../lib/api.ts';

export function ConnectionBanner() {
  const state = useSyncExternalStore(connection.subscribe, connection.get);
  if (state === 'online') return null;
  return state === 'reconnecting' ? (
    <div className="notice connection" role="status">
      Can't reach Task Assistant right now. Reconnecting… (your changes so far are saved)
    </div>
  ) : (
    <div className="notice connection" role="alert">
      Task Assistant was started again with a new link, so this page can't reach it. Open the link
      it printed when it started (run <code>npm start</code> again if it isn't running).
    </div>
  );
}
