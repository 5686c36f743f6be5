import { useEffect } from 'react';
import { defaultPlanWindow } from '../../../shared/domain/plan';
import type { IsoDate } from '../../../shared/domain/types';
import { api } from '../api/client';
import { parseAddress, type Address } from '../app/address';
import { periodOf, windowOf, windowOfRange } from './planWindow';

// Opening the plan or a week (issue 10: within 100 ms of the click) waited first for the address
// to change and the view to mount, then for its reads. Here the reads go out as the manager points
// at or clicks a link to either view, so they run meanwhile; the view's own calls take the answers
// (renderer/src/api/prefetch.ts says when one may be used: never after a write).

/** The plan's window for the address's range (null: the default window around today), as PlanningView asks. */
export function planWindowOf(range: Address['range'], today: IsoDate): { from: IsoDate; to: IsoDate } {
  return windowOf(periodOf(range ? windowOfRange(range) : defaultPlanWindow(today)));
}

/** The reads the view at `address` makes as it opens; nothing for other views. */
export function prefetchFor(address: Address, today: IsoDate): void {
  const { view, unitId, week } = address;
  if (unitId === null) return;
  if (view === 'planning') {
    api.prefetch('plan.get', { unitId, ...planWindowOf(address.range, today) });
    // BillingReminders, above the table: fetched alongside so the table does not jump down after.
    api.prefetch('billing.reminders', {});
    api.prefetch('units.list', {});
  } else if (view === 'session' && week) {
    api.prefetch('sessions.get', { unitId, week });
    api.prefetch('staff.list', { unitId, includeInactive: true });
    api.prefetch('sessions.previousAttendance', { unitId, week });
  }
}

/** The app's today (from the backend, the same all session), once a view has been given it. */
let knownToday: IsoDate | null = null;

function onIntent(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;
  if (!link || knownToday === null) return;
  prefetchFor(parseAddress(link.getAttribute('href') ?? ''), knownToday);
}

/**
 * Prefetches on any link to the plan or a week, wherever it is (the menu, the plan's rows, the
 * way back): a hover, a press, or a click (Enter on a link is a click too). Installed once, by
 * the first view given `today`, and kept for the app's life.
 */
export function useOpenPrefetch(today: IsoDate): void {
  useEffect(() => {
    if (knownToday === null) {
      for (const type of ['pointerover', 'pointerdown', 'click'] as const) document.addEventListener(type, onIntent, { capture: true });
    }
    knownToday = today;
  }, [today]);
}
