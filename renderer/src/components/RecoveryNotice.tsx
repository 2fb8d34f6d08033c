import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../electron/shared/ipc/contract.ts';
import { api } from '../lib/api.ts';

/** Says so when the database was found damaged at start and a backup was put in its place. */
export function RecoveryNotice() {
  const [recovery, setRecovery] = useState<ChannelOutput<'app.info'>['recovery']>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    void api.invoke('app.info', {}).then((r) => r.ok && setRecovery(r.value.recovery));
  }, []);
  if (!recovery || dismissed) return null;
  return (
    <div className="recovery" role="alert">
      <span>
        {recovery.restoredBackupFrom
          ? `Your task database was damaged, so it was set aside and your backup from ${new Date(recovery.restoredBackupFrom).toLocaleString()} was put back. Changes made after that backup are not in it; the damaged copy is listed under Backups, where “Try to recover” can bring back what is still readable.`
          : 'Your task database was damaged and there was no backup to put back, so a fresh, empty list was started. The damaged copy is listed under Backups, where “Try to recover” can bring back what is still readable.'}
      </span>
      <button
        type="button"
        className="icon"
        aria-label="Dismiss notice"
        onClick={() => setDismissed(true)}
      >
        ×
      </button>
    </div>
  );
}
