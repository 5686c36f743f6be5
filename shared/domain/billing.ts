import { monthName } from '../format/dates';
import { countParticipants } from './attendance';
import { daysBetween, lastDayOfMonthOf, mondayOfWeek, weekKeyOf } from './calendar';
import { DomainError } from './errors';
import { divideRounded } from './rounding';
import { planSessions, type PlanInput } from './plan';
import { teamMeetingOccurrences } from './teamMeetings';
import {
  STAFF_ROLES,
  type BillingDifference,
  type BillingForm,
  type BillingMonthState,
  type BillingRow,
  type BillingSettings,
  type BillingTotals,
  type IsoDate,
  type IsoWeekKey,
  type PlannedSession,
  type Rate,
  type StaffRole,
  type Unit,
  type UnbilledWeek,
  type YearMonth,
} from './types';

// The debiteringsunderlag: what a unit bills for one calendar month. A session belongs to
// the month of the day it took place (or would have), never to its ISO week's number, so
// week 2026-W53 (28 December – 3 January) splits between December and January by its dates.

// --- Months ---------------------------------------------------------------------------

/** "2026-11" for 2026-11-30. */
export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

/** The first and the last day of the month. */
export function datesOfMonth(month: YearMonth): { from: IsoDate; to: IsoDate } {
  const first = `${month}-01`;
  return { from: first, to: lastDayOfMonthOf(first) };
}

/** The month after (or, with -1, before). */
export function addMonths(month: YearMonth, months: number): YearMonth {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included, in order. */
export function monthsBetween(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The form for a month is due on `deadlineDay` of the following month (the 4th by default). */
export function deadlineOf(month: YearMonth, deadlineDay: number): IsoDate {
  return `${addMonths(month, 1)}-${String(deadlineDay).padStart(2, '0')}`;
}

/** Days from today to the deadline; negative once it has passed. */
export function daysLeft(today: IsoDate, deadline: IsoDate): number {
  return daysBetween(today, deadline);
}

/**
 * From the Monday of the ISO week that holds the month's last day to the end of the month:
 * the week the manager is reminded to send the form.
 */
export function isInLastWeekOfMonth(today: IsoDate, month: YearMonth): boolean {
  const { to } = datesOfMonth(month);
  return monthOf(today) === month && today >= mondayOfWeek(weekKeyOf(to));
}

// --- The form -------------------------------------------------------------------------

/** A held session's participants, each with the role they had that day (guests by theirs). */
export type ParticipantRoles = ReadonlyMap<IsoWeekKey, readonly { role: StaffRole }[]>;

export interface BillingFormInput {
  unit: Unit;
  settings: BillingSettings;
  month: YearMonth;
  /** The plan of every ISO week with a day in the month (held sessions included). */
  sessions: readonly PlannedSession[];
  participants: ParticipantRoles;
  today: IsoDate;
  /** Set when the month was reopened after a sent version: this draft is its correction. */
  reopened: { reason: string; previous: BillingForm } | null;
}

/** What one row earns: per participant-hour rounded to whole öre, or per participant and session. */
export function rowAmountOre(rate: Rate | null, billable: number, durationMinutes: number): number | null {
  if (rate === null) return null;
  return rate.kind === 'perParticipantHour' ? divideRounded(billable * durationMinutes * rate.amountOre, 60) : billable * rate.amountOre;
}

function billingRow(session: PlannedSession, participants: readonly { role: StaffRole }[], settings: BillingSettings): BillingRow {
  const billable = participants.filter(({ role }) => settings.billableRoles.includes(role)).length;
  return {
    week: session.week,
    date: session.date,
    startTime: session.startTime,
    durationMinutes: session.durationMinutes,
    byRole: countParticipants(participants).byRole,
    billable,
    participantMinutes: billable * session.durationMinutes,
    amountOre: rowAmountOre(settings.rate, billable, session.durationMinutes),
  };
}

/**
 * Why a week of the month bills nothing. A session still ahead is listed as upcoming, so a
 * draft says what the month holds; a month with one cannot be sent anyway.
 */
function unbilledWeek(session: PlannedSession, today: IsoDate): UnbilledWeek {
  const { week, date } = session;
  switch (session.status) {
    case 'teamMeetingWeek':
      return { week, date, reason: 'teamMeetingWeek', detail: null };
    case 'cancelled':
      return { week, date, reason: 'cancelled', detail: session.cancelledReason };
    case 'holiday':
      return { week, date, reason: 'holiday', detail: session.holiday?.name ?? null };
    case 'held':
    case 'moved':
    case 'planned':
      return { week, date, reason: date <= today ? 'notRecorded' : 'upcoming', detail: null };
  }
}

/** Totals are the sums of the rows, so the printed form adds up on paper. */
function totalsOf(rows: readonly BillingRow[], rate: Rate | null): BillingTotals {
  return {
    sessions: rows.length,
    billableParticipants: rows.reduce((sum, row) => sum + row.billable, 0),
    participantMinutes: rows.reduce((sum, row) => sum + row.participantMinutes, 0),
    amountOre: rate === null ? null : rows.reduce((sum, row) => sum + (row.amountOre ?? 0), 0),
  };
}

const byDate = <T extends { date: IsoDate; week: IsoWeekKey }>(a: T, b: T) => a.date.localeCompare(b.date) || a.week.localeCompare(b.week);

/** The roles in their fixed order, so the form always states them the same way. */
export function sortRoles(roles: readonly StaffRole[]): StaffRole[] {
  return STAFF_ROLES.filter((role) => roles.includes(role));
}

/**
 * The month's form as a draft: one row per held session dated in the month, and every other
 * week whose session date falls in the month listed with the reason it bills nothing. Counts
 * only: no names, notes or cases. A month never sent gets version 1; a reopened one the next
 * number, marked as a correction with its differences from the version it replaces. (Keys are
 * in the contract's order, so a stored version's JSON is the same text the API answers with.)
 */
export function billingForm(input: BillingFormInput): BillingForm {
  const { unit, settings, month, today, reopened } = input;
  const inMonth = input.sessions.filter((session) => monthOf(session.date) === month);
  const rows = inMonth
    .filter((session) => session.status === 'held')
    .map((session) => billingRow(session, input.participants.get(session.week) ?? [], settings))
    .sort(byDate);
  const unbilled = inMonth
    .filter((session) => session.status !== 'held')
    .map((session) => unbilledWeek(session, today))
    .sort(byDate);
  const form: BillingForm = {
    unitId: unit.id,
    month,
    version: reopened ? reopened.previous.version + 1 : 1,
    status: 'draft',
    sentAt: null,
    producedOn: today,
    header: {
      municipality: settings.municipality,
      providerName: unit.providerName,
      providerOrgNumber: settings.providerOrgNumber,
      unitName: unit.name,
      costCentre: settings.costCentre,
      managerName: unit.managerName,
      managerPhone: settings.managerPhone,
    },
    billableRoles: sortRoles(settings.billableRoles),
    rate: settings.rate && { kind: settings.rate.kind, amountOre: settings.rate.amountOre },
    rows,
    unbilled,
    totals: totalsOf(rows, settings.rate),
    correction: null,
  };
  if (!reopened) return form;
  const { reason, previous } = reopened;
  return { ...form, correction: { reason, previousVersion: previous.version, differences: diffBillingForms(previous, form) } };
}

/** The draft as it is stored when marked sent: produced on the day it was sent. */
export function sentForm(draft: BillingForm, sentAt: string, today: IsoDate): BillingForm {
  return { ...draft, status: 'sent', sentAt, producedOn: today };
}

const sameRow = (a: BillingRow, b: BillingRow) => JSON.stringify(a) === JSON.stringify(b);

function difference(
  kind: BillingDifference['kind'],
  where: { week: IsoWeekKey; date: IsoDate } | null,
  before: { billable: number; amountOre: number | null } | null,
  after: { billable: number; amountOre: number | null } | null,
): BillingDifference {
  return {
    kind,
    week: where?.week ?? null,
    date: where?.date ?? null,
    billableBefore: before?.billable ?? null,
    billableAfter: after?.billable ?? null,
    amountBeforeOre: before?.amountOre ?? null,
    amountAfterOre: after?.amountOre ?? null,
  };
}

/**
 * What a correction changes, for the "Rättelse" list: sessions added, removed or changed
 * (day, time, length, participants or amount), in date order, then the totals if they moved.
 */
export function diffBillingForms(before: BillingForm, after: BillingForm): BillingDifference[] {
  const beforeRows = new Map(before.rows.map((row) => [row.week, row]));
  const afterRows = new Map(after.rows.map((row) => [row.week, row]));
  const rows: BillingDifference[] = [];
  for (const row of [...before.rows, ...after.rows.filter((r) => !beforeRows.has(r.week))].sort(byDate)) {
    const old = beforeRows.get(row.week);
    const next = afterRows.get(row.week);
    if (old && !next) rows.push(difference('sessionRemoved', old, old, null));
    else if (!old && next) rows.push(difference('sessionAdded', next, null, next));
    else if (old && next && !sameRow(old, next)) rows.push(difference('sessionChanged', next, old, next));
  }
  const totalsMoved = JSON.stringify(before.totals) !== JSON.stringify(after.totals);
  if (totalsMoved) {
    rows.push(
      difference(
        'totalsChanged',
        null,
        { billable: before.totals.billableParticipants, amountOre: before.totals.amountOre },
        { billable: after.totals.billableParticipants, amountOre: after.totals.amountOre },
      ),
    );
  }
  return rows;
}

// --- Sending and the lock ---------------------------------------------------------------

/** What the month's stored versions and reopenings say about it. */
export function billingMonthState(lastVersion: number | null, lastReopenedAfter: number | null): BillingMonthState {
  if (lastVersion === null) return 'open';
  return lastReopenedAfter === lastVersion ? 'reopened' : 'sent';
}

/**
 * The day the unit's routine started, when that was after `month`: such a month has nothing
 * to bill, so it is neither due nor overdue. The month the routine starts in is a normal
 * month, whatever its day; so is an earlier one with a session held in it or a form sent,
 * so that nothing recorded is hidden. Null: a normal month.
 */
export function routineStartsAfter(month: YearMonth, routineStart: IsoDate | null, heldInMonth: number, state: BillingMonthState): IsoDate | null {
  if (routineStart === null || monthOf(routineStart) <= month) return null;
  return heldInMonth === 0 && state === 'open' ? routineStart : null;
}

/**
 * A month before the routine started (routineStartsAfter not null) has nothing to bill, so
 * no form of it can be sent: it would report a month the routine never ran in.
 */
export function refuseIfBeforeRoutineStart(routineStartsAfter: IsoDate | null, month: YearMonth): void {
  if (routineStartsAfter !== null) {
    throw new DomainError('CONFLICT', 'error.billing.beforeRoutineStart', { date: routineStartsAfter, month: monthName(month) });
  }
}

/** Once sent, the month's sessions and attendance are read-only until it is reopened. */
export function refuseIfLocked(state: BillingMonthState, month: YearMonth, field?: string): void {
  if (state === 'sent') throw new DomainError('CONFLICT', 'error.billing.monthLocked', { month: monthName(month) }, field);
}

/**
 * A form can be sent once the month's last session day has passed, and only once per version.
 * A month with no session at all waits until it is over: its weeks may still be planned (a
 * new unit gets its slot rule after it is created), and a sent month could not take them.
 */
export function checkCanSend(state: BillingMonthState, month: YearMonth, sessions: readonly PlannedSession[], today: IsoDate): void {
  if (state === 'sent') throw new DomainError('CONFLICT', 'error.billing.alreadySent', { month: monthName(month) });
  const inMonth = sessions.filter((s) => monthOf(s.date) === month);
  const last = inMonth
    .map((s) => s.date)
    .sort()
    .at(-1);
  if (last !== undefined && last > today) {
    throw new DomainError('CONFLICT', 'error.billing.monthNotOver', { month: monthName(month), date: last });
  }
  const { to } = datesOfMonth(month);
  if (last === undefined && to >= today) {
    throw new DomainError('CONFLICT', 'error.billing.monthWithoutSessionsNotOver', { month: monthName(month), date: to });
  }
}

/** What a sent month shows of a week: a change to any of it changes the month's form. */
const weekAsBilled = (s: PlannedSession) => JSON.stringify([s.status, s.date, s.startTime, s.durationMinutes]);

/**
 * Whether replacing the plan's input `before` with `after` (a team-meeting pattern or date, a
 * slot rule) changes `month`: a team-meeting day dated in it, or any week whose session is
 * dated in it before or after the change. A week belongs to the month its session is dated
 * in, as on the form, so week 49 with its Monday on 30 November is November's.
 */
export function planChangesMonth(before: Omit<PlanInput, 'from' | 'to'>, after: Omit<PlanInput, 'from' | 'to'>, month: YearMonth): boolean {
  const { from, to } = datesOfMonth(month);
  const meetingDays = (input: Omit<PlanInput, 'from' | 'to'>) =>
    teamMeetingOccurrences(input.teamMeetingDates, input.teamMeetingPatterns, from, to)
      .map((o) => o.date)
      .join();
  if (meetingDays(before) !== meetingDays(after)) return true;
  const weeks = (input: Omit<PlanInput, 'from' | 'to'>) => new Map(planSessions({ ...input, from, to }).map((s) => [s.week, s]));
  const was = weeks(before);
  const is = weeks(after);
  return [...new Set([...was.keys(), ...is.keys()])].some((week) => {
    const old = was.get(week);
    const next = is.get(week);
    const inMonth = (s: PlannedSession | undefined) => s !== undefined && monthOf(s.date) === month;
    if (!inMonth(old) && !inMonth(next)) return false;
    return old === undefined || next === undefined || weekAsBilled(old) !== weekAsBilled(next);
  });
}

export function checkCanReopen(state: BillingMonthState, month: YearMonth): void {
  if (state !== 'sent') throw new DomainError('CONFLICT', 'error.billing.notSent', { month: monthName(month) });
}
