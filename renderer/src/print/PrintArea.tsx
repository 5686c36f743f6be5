import './print.css';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * What the printer gets: a container beside the app (not inside it), hidden on screen; when
 * printing, the app is hidden and only this is shown, laid out for A4 (print.css).
 */
export function PrintArea({ children }: { children: ReactNode }) {
  return createPortal(<div className="print-root">{children}</div>, document.body);
}
