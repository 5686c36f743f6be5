import { useState } from 'react';
import type { ApiError } from '../../../shared/api/result';

/**
 * "Skriv ut" and "Spara som PDF" for a view with a print area: the desktop's print dialog
 * and save dialog; in browser mode the browser's print dialog (its "Spara som PDF" printer
 * makes the file), so `canSavePdf` is false there.
 */
export function usePrintActions(onSaved: (path: string) => void) {
  const host = window.handledningHost;
  const [error, setError] = useState<ApiError | null>(null);
  const print = async () => {
    setError(null);
    if (!host) return window.print();
    const printed = await host.print();
    if (!printed.ok) setError(printed.error);
  };
  const savePdf = async (fileName: string) => {
    if (!host) return;
    setError(null);
    // Without the characters Windows refuses in a file name.
    const saved = await host.savePdf(fileName.replace(/[\\/:*?"<>|]/g, ''));
    if (!saved.ok) return setError(saved.error);
    if (saved.value.path) onSaved(saved.value.path);
  };
  return { print, savePdf, canSavePdf: host !== undefined, error };
}
