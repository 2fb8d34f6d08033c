import { useEffect } from 'react';
import { MOD_KEY } from '../lib/keys.ts';
import './UndoToast.css';

export interface Toast {
  message: string;
  onUndo?: () => void;
}

const TOAST_MS = 10_000;

export function UndoToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span dir="auto">{toast.message}</span>
          {toast.onUndo && (
            <button
              type="button"
              title={`Undo (${MOD_KEY}+Z)`}
              onClick={() => {
                toast.onUndo?.();
                onClose();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" aria-label="Dismiss" className="icon" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
