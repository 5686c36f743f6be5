import './print.css';
import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { MethodInput } from '../../../shared/api/contract';
import { api } from '../api/client';

/** What a printout is, for the audit log: the document, its unit and its month or week. */
export type PrintedDocument = MethodInput<'audit.recordPrinted'>;

/**
 * What the printer gets: a container beside the app (not inside it), hidden on screen; when
 * printing, the app is hidden and only this is shown, laid out for A4 (print.css).
 */
export function PrintArea({ children, printed }: { children: ReactNode; printed?: PrintedDocument }) {
  useRecordPrinted(printed);
  return createPortal(<div className="print-root">{children}</div>, document.body);
}

/**
 * However the printing starts (a button, Ctrl+P, the menu), the browser announces it with
 * 'beforeprint', so the audit log notes every printout. A failed note does not stop the
 * printout, which is already under way.
 */
function useRecordPrinted(printed: PrintedDocument | undefined): void {
  const what = printed?.what;
  const unitId = printed?.unitId;
  const period = printed?.period;
  useEffect(() => {
    if (what === undefined || unitId === undefined || period === undefined) return;
    const record = () => void api.call('audit.recordPrinted', { what, unitId, period });
    window.addEventListener('beforeprint', record);
    return () => window.removeEventListener('beforeprint', record);
  }, [what, unitId, period]);
}
