import { daysBetween, isIsoDate, isWeekKey, mondayOfWeek } from '../../../shared/domain/calendar';
import { LIMITS } from '../../../shared/domain/limits';
import type { IsoDate, IsoWeekKey, YearMonth } from '../../../shared/domain/types';

// Where the manager is, as the address fragment says it: '#/enhet/3/planering?fran=2027-W01&till=2027-W16',
// '#/enhet/3/tillfalle/2027-W05', '#/enhet/3/underlag/2027-01', '#/enhet/3/ar/2027', '#/enhet/3/statistik?fran=2027-01-01&till=2027-06-30'
// (and '#/alla-enheter/statistik?...' for every unit). Pure, so it can be tested without a browser.
// An address is typed, pasted, bookmarked or old: whatever it holds, parsing never throws; what cannot
// be read falls back to the plan (or the view's default range, month or year) without a word.

export type View = 'planning' | 'settings' | 'newUnit' | 'staff' | 'billing' | 'backups' | 'auditLog' | 'session' | 'yearOverview' | 'statistics';

/** The plan's weeks, first and last, both whole ISO weeks. */
export interface WeekRange {
  from: IsoWeekKey;
  to: IsoWeekKey;
}

/** The statistics' period, first and last day. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export interface Address {
  view: View;
  /** null: the address names no unit, so the unit shown (or remembered) is meant. */
  unitId: number | null;
  /** The session's week; only with 'session'. */
  week: IsoWeekKey | null;
  /** The plan's range; null is the default window around today. Only with 'planning'. */
  range: WeekRange | null;
  /** The billing month; null is the month the form opens on by itself. Only with 'billing'. */
  month: YearMonth | null;
  /** The ISO week-year; null is the year of today. Only with 'yearOverview'. */
  year: number | null;
  /** The statistics' period; null is the default from the routine's start. Only with 'statistics'. */
  period: DateRange | null;
  /** The statistics of every unit rather than one. Only with 'statistics'. */
  allUnits: boolean;
}

const SLUGS: Record<View, string> = {
  planning: 'planering',
  settings: 'installningar',
  newUnit: 'ny-enhet',
  staff: 'personal',
  billing: 'underlag',
  backups: 'sakerhetskopior',
  auditLog: 'logg',
  session: 'tillfalle',
  yearOverview: 'ar',
  statistics: 'statistik',
};
const ALL_UNITS = 'alla-enheter';

/** Views of one unit carry its id; Ny enhet, Säkerhetskopior and Logg are the same for every unit. */
const UNIT_VIEWS: ReadonlySet<View> = new Set(['planning', 'settings', 'staff', 'billing', 'session', 'yearOverview', 'statistics']);

export const isUnitView = (view: View): boolean => UNIT_VIEWS.has(view);

/** Two years and a little: more than any manager pages through, small enough to read quickly. */
export const MAX_RANGE_WEEKS = 110;
/** Longer than any address this app writes; a longer one is not ours. */
const MAX_LENGTH = 200;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const UNIT_ID = /^[1-9]\d{0,8}$/;
const MONTH = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;
/** The years the calendar knows whole (1900–2199), as the months. */
const YEAR = /^(19|20|21)\d{2}$/;

export const addressOf = (
  view: View,
  unitId: number | null,
  extra: Partial<Pick<Address, 'week' | 'range' | 'month' | 'year' | 'period' | 'allUnits'>> = {},
): Address => ({
  view,
  unitId,
  week: extra.week ?? null,
  range: extra.range ?? null,
  month: extra.month ?? null,
  year: extra.year ?? null,
  period: extra.period ?? null,
  allUnits: extra.allUnits ?? false,
});

const PLAN: Address = addressOf('planning', null);

export function formatAddress(address: Address): string {
  const every = address.view === 'statistics' && address.allUnits;
  const unit = every ? `/${ALL_UNITS}` : isUnitView(address.view) && address.unitId !== null ? `/enhet/${address.unitId}` : '';
  const slug = SLUGS[address.view];
  if (address.view === 'session' && address.week) return `#${unit}/${slug}/${address.week}`;
  if (address.view === 'session') return `#${unit}/${SLUGS.planning}`;
  if (address.view === 'billing' && address.month) return `#${unit}/${slug}/${address.month}`;
  if (address.view === 'yearOverview' && address.year !== null) return `#${unit}/${slug}/${address.year}`;
  if (address.view === 'planning' && address.range) return `#${unit}/${slug}?fran=${address.range.from}&till=${address.range.to}`;
  if (address.view === 'statistics' && address.period) return `#${unit}/${slug}?fran=${address.period.from}&till=${address.period.to}`;
  return `#${unit}/${slug}`;
}

export function parseAddress(hash: string): Address {
  if (hash.length > MAX_LENGTH) return PLAN;
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = path.split('/').map(decodeSegment);
  if (segments[0] !== '') return PLAN;
  let unitId: number | null = null;
  let rest = segments.slice(1);
  const allUnits = rest[0] === ALL_UNITS;
  if (allUnits) rest = rest.slice(1);
  else if (rest[0] === 'enhet') {
    unitId = UNIT_ID.test(rest[1] ?? '') ? Number(rest[1]) : null;
    rest = rest.slice(2);
  }
  const view = viewOf(rest[0] ?? '');
  if (view === null) return { ...PLAN, unitId };
  const [, detail, ...extra] = rest;
  if (extra.length > 0) return { ...PLAN, unitId };
  // Only the statistics are shown for every unit at once.
  if (allUnits && view !== 'statistics') return PLAN;
  if (view === 'session') {
    return detail !== undefined && isWeekKey(detail) ? addressOf('session', unitId, { week: detail }) : { ...PLAN, unitId };
  }
  if (view === 'billing') return addressOf('billing', unitId, { month: detail !== undefined && MONTH.test(detail) ? detail : null });
  if (view === 'yearOverview') return addressOf('yearOverview', unitId, { year: detail !== undefined && YEAR.test(detail) ? Number(detail) : null });
  if (detail !== undefined) return { ...PLAN, unitId };
  if (view === 'planning') return addressOf('planning', unitId, { range: rangeOf(new URLSearchParams(query)) });
  if (view === 'statistics') return addressOf('statistics', unitId, { period: periodOf(new URLSearchParams(query)), allUnits });
  return addressOf(view, unitId);
}

function viewOf(slug: string): View | null {
  const entry = Object.entries(SLUGS).find(([, s]) => s === slug);
  return (entry?.[0] as View | undefined) ?? null;
}

/** A stray '%' must not throw: an undecodable segment simply matches nothing. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\u0000';
  }
}

/** Both ends real weeks, in order, and not more than MAX_RANGE_WEEKS apart; else the default window. */
function rangeOf(params: URLSearchParams): WeekRange | null {
  const from = params.get('fran');
  const to = params.get('till');
  if (from === null || to === null || !isWeekKey(from) || !isWeekKey(to)) return null;
  const weeks = Math.round((Date.parse(mondayOfWeek(to)) - Date.parse(mondayOfWeek(from))) / WEEK_MS) + 1;
  return weeks >= 1 && weeks <= MAX_RANGE_WEEKS ? { from, to } : null;
}

/** Both ends real dates, in order, and not longer than the backend reads; else the default period. */
function periodOf(params: URLSearchParams): DateRange | null {
  const from = params.get('fran');
  const to = params.get('till');
  if (from === null || to === null || !isIsoDate(from) || !isIsoDate(to)) return null;
  const days = daysBetween(from, to);
  return days >= 0 && days <= LIMITS.statisticsRangeMaxDays ? { from, to } : null;
}
