// Today's local date, which moves on at midnight (and is checked again when the window comes back
// from sleep or the background), so "Tomorrow" and "overdue" never go stale on an open window.
import { useEffect, useState } from 'react';
import { localDate } from '../lib/local-dates.ts';

export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const check = () => setToday(localDate(new Date()));
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const timer = setTimeout(check, midnight.getTime() - now.getTime() + 1000);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [today]);
  return today;
}
