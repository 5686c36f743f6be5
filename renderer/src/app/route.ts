import { useEffect, useState } from 'react';
import type { IsoWeekKey, YearMonth } from '../../../shared/domain/types';
import { addressOf, formatAddress, parseAddress, type Address, type View } from './address';
import { mayFollowHashChange } from './leaveGuard';

// Views live in the address fragment so links, Back, Forward and Reload work in both Electron
// and browser mode without a server route per view. Every change of the address, ours or the
// user's, arrives as one 'hashchange' in useHash: the one place to listen (or to hold a change back).

export type Route = View;

/** A link to a view; without a unit id it means the unit shown (see App's redirect). */
export const hrefOf = (route: Exclude<Route, 'session'>, unitId: number | null = null): string => formatAddress(addressOf(route, unitId));
export const sessionHref = (week: IsoWeekKey, unitId: number | null = null): string => formatAddress(addressOf('session', unitId, { week }));
/** One unit's billing form of one month: '#/enhet/3/underlag/2027-01'. */
export const billingHref = (unitId: number, month: YearMonth): string => formatAddress(addressOf('billing', unitId, { month }));
/** One unit's year at a glance: '#/enhet/3/ar/2027'. */
export const yearOverviewHref = (unitId: number, year: number): string => formatAddress(addressOf('yearOverview', unitId, { year }));

/**
 * A deliberate step (a view, a unit, another range or month) is a new history entry, so Back
 * undoes it; `replace` is for putting an address right (an old or unreadable one, a missing unit),
 * which is no step of the user's and must not take one Back to undo.
 */
export function goTo(address: Address, how: 'push' | 'replace' = 'push'): void {
  const hash = formatAddress(address);
  if (hash === window.location.hash) return;
  // Both fire 'hashchange' (a fragment navigation), unlike history.pushState/replaceState.
  if (how === 'replace') window.location.replace(hash);
  else window.location.hash = hash;
}

export function navigate(route: Exclude<Route, 'session'>, unitId: number | null = null): void {
  goTo(addressOf(route, unitId));
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

/**
 * The plan as the manager last left it, per unit, so "Tillbaka till planeringen" returns to the
 * same range. Kept in sessionStorage (this window, survives a reload) and written after the
 * address has been shown, never during a render.
 */
const lastPlanKey = (unitId: number) => `handledning.lastPlan.${unitId}`;

function rememberPlan(hash: string): void {
  const address = parseAddress(hash);
  if (address.view !== 'planning' || address.unitId === null) return;
  sessionStorage.setItem(lastPlanKey(address.unitId), formatAddress(address));
}

/** The plan of the unit as the manager last left it (its default window if not seen yet). */
export function planHrefOf(unitId: number): string {
  const stored = parseAddress(sessionStorage.getItem(lastPlanKey(unitId)) ?? '');
  const range = stored.view === 'planning' && stored.unitId === unitId ? stored.range : null;
  return formatAddress(addressOf('planning', unitId, { range }));
}

/** The address as the app reads it, and its text (to tell whether it needs putting right). */
export function useRoute(): { address: Address; hash: string } {
  const hash = useHash();
  useEffect(() => rememberPlan(hash), [hash]);
  return { address: parseAddress(hash), hash };
}
