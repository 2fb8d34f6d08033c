// What quick add reads in the "New task" box as the person types: asked a moment after they
// pause, and only the answer to the latest text is kept (an older one arriving late is dropped).
import { useEffect, useRef, useState } from 'react';
import type { QuickAddResult } from '../../../electron/shared/task.ts';
import { api } from '../lib/api.ts';
import type { Span } from '../lib/keep-ranges.ts';

const PAUSE_MS = 120;

export interface QuickParse {
  /** The text it read. */
  text: string;
  value: QuickAddResult;
}

/** The latest reading of `text`; while a newer one is on its way, the previous one (or null). */
export function useQuickParse(text: string, keep: Span[]): QuickParse | null {
  const [read, setRead] = useState<QuickParse | null>(null);
  const latest = useRef(0);
  const lastText = useRef(text);
  useEffect(() => {
    const mine = ++latest.current;
    if (!text.trim()) return;
    // Typing waits for a pause; a chip turned back into text is shown again at once.
    const delay = text === lastText.current ? 0 : PAUSE_MS;
    lastText.current = text;
    const timer = setTimeout(() => {
      void api
        .invoke('tasks.parseQuick', { text, ...(keep.length ? { keep } : {}) })
        .then((result) => {
          if (mine === latest.current) setRead(result.ok ? { text, value: result.value } : null);
        });
    }, delay);
    return () => clearTimeout(timer);
  }, [text, keep]);
  return text.trim() ? read : null;
}
