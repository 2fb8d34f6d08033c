import { useState } from 'react';
import { useQuery } from '../hooks/use-query.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

/** Says so when the database was found damaged at start and a backup was put in its place. */
export function RecoveryNotice() {
  const info = useQuery('app.info', {});
  const recovery = info.value?.recovery ?? null;
  const [dismissed, setDismissed] = useState(false);
  if (info.error) return <ErrorBanner message={info.error} onDismiss={info.dismissError} />;
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
