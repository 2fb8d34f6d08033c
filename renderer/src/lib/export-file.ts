// Asks the app for an export and hands it to the person: the desktop app has saved it already
// (its save dialog); the browser host gives a one-time link, opened as a download.
import type { ExportRequest } from '../../../electron/shared/exchange.ts';
import { api } from './api.ts';

/** What to tell the person afterwards, or null when they cancelled. */
export async function exportFile(
  request: ExportRequest,
): Promise<{ text: string; error: boolean } | null> {
  const result = await api.invoke('exchange.export', request);
  if (!result.ok) return { text: result.error.message, error: true };
  const delivery = result.value;
  if (delivery.kind === 'cancelled') return null;
  if (delivery.kind === 'saved') return { text: `Saved ${delivery.fileName}.`, error: false };
  const link = document.createElement('a');
  link.href = delivery.url;
  link.download = delivery.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return { text: `Downloading ${delivery.fileName}.`, error: false };
}
