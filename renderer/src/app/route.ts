import { useEffect, useState } from 'react';
import { isWeekKey } from '../../../shared/domain/calendar';
import type { IsoWeekKey } from '../../../shared/domain/types';
import { mayFollowHashChange } from './leaveGuard';

// Views live in the address fragment so links, Back and Forward work in both Electron
// and browser mode without a server route per view.

export type Route = 'planning' | 'settings' | 'newUnit' | 'staff' | 'billing' | 'backups' | 'auditLog' | 'session';

const HASHES: Record<Exclude<Route, 'session'>, string> = {
  planning: '#/planering',
  settings: '#/installningar',
  newUnit: '#/ny-enhet',
  staff: '#/personal',
  billing: '#/underlag',
  backups: '#/sakerhetskopior',
  auditLog: '#/logg',
};

/** One week's session: '#/tillfalle/2026-W48'. */
const SESSION_PREFIX = '#/tillfalle/';

export const hrefOf = (route: Exclude<Route, 'session'>): string => HASHES[route];
export const sessionHref = (week: IsoWeekKey): string => `${SESSION_PREFIX}${week}`;

/** The week of the session view, or null when the address names no valid week. */
function sessionWeekOf(hash: string): IsoWeekKey | null {
  if (!hash.startsWith(SESSION_PREFIX)) return null;
  const week = decodeURIComponent(hash.slice(SESSION_PREFIX.length));
  return isWeekKey(week) ? week : null;
}

function routeOf(hash: string): Route {
  if (sessionWeekOf(hash) !== null) return 'session';
  const entry = Object.entries(HASHES).find(([, h]) => h === hash);
  return (entry?.[0] as Route | undefined) ?? 'planning';
}

export function navigate(route: Exclude<Route, 'session'>): void {
  window.location.hash = HASHES[route];
}

function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = (event: HashChangeEvent) => {
      // Leave guard (issue 10): a view with unsaved changes asks first; the address is put back meanwhile.
      if (!mayFollowHashChange(event)) return;
      setHash(window.location.hash);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function useRoute(): { route: Route; week: IsoWeekKey | null } {
  const hash = useHash();
  return { route: routeOf(hash), week: sessionWeekOf(hash) };
}
