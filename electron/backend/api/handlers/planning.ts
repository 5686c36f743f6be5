import type { MethodsNamed, MethodsOf } from '../../../../shared/api/methods';
import { dateInWeek, mondayOfWeek, parseWeekKey, weekKeyOf } from '../../../../shared/domain/calendar';
import { DomainError } from '../../../../shared/domain/errors';
import { planSessions, type PlanInput } from '../../../../shared/domain/plan';
import {
  cancelSession,
  moveSession,
  undoCancelSession,
  undoMoveSession,
} from '../../../../shared/domain/sessionChanges';
import type {
  Holiday,
  IsoDate,
  IsoWeekKey,
  PlannedSession,
  SessionOverride,
} from '../../../../shared/domain/types';
import { swedishDaysOff } from '../../holidays';
import type { Store } from '../../store/store';
import type { BackendContext, HandlerGroup } from '../types';
import { refuseIfMonthLocked } from './billingLock';
import { requireUnit } from './units';

/** What the plan for [from, to] is made of, as stored; holidays cover the whole weeks the range touches. */
export function planInput(store: Store, unitId: number, from: IsoDate, to: IsoDate, overrides?: SessionOverride[]): PlanInput {
  const firstWeek = weekKeyOf(from);
  const lastWeek = weekKeyOf(to);
  return {
    unitId,
    from,
    to,
    rules: store.slotRules.list(unitId),
    teamMeetingDates: store.teamMeetings.listDates(unitId),
    teamMeetingPatterns: store.teamMeetings.listPatterns(unitId),
    overrides: overrides ?? store.sessionOverrides.listBetween(unitId, firstWeek, lastWeek),
    holidays: swedishDaysOff(mondayOfWeek(firstWeek), dateInWeek(lastWeek, 7)),
    held: store.heldSessions.summariesBetween(unitId, firstWeek, lastWeek),
  };
}

/** The plan for [from, to]. */
export function plan(store: Store, unitId: number, from: IsoDate, to: IsoDate, overrides?: SessionOverride[]): PlannedSession[] {
  return planSessions(planInput(store, unitId, from, to, overrides));
}

/** The week's session as the plan shows it, or NOT_FOUND for a week without one. */
export function sessionOfWeek(store: Store, unitId: number, week: IsoWeekKey, overrides?: SessionOverride[]): PlannedSession {
  const [session] = plan(store, unitId, mondayOfWeek(week), dateInWeek(week, 7), overrides);
  if (!session) {
    throw new DomainError('NOT_FOUND', 'error.weekHasNoSession', { week: parseWeekKey(week).isoWeek }, 'week');
  }
  return session;
}

type SessionChange = (session: PlannedSession, current: SessionOverride | null, holidays: Holiday[]) => SessionOverride | null;

/** Applies one change to one week's session and answers with that week re-planned. */
function changeSession(store: Store, unitId: number, week: IsoWeekKey, change: SessionChange): PlannedSession {
  requireUnit(store, unitId);
  const monday = mondayOfWeek(week);
  const sunday = dateInWeek(week, 7);
  const current = store.sessionOverrides.get(unitId, week);
  const session = sessionOfWeek(store, unitId, week, current ? [current] : []);
  // A sent month is read-only: both the day the session has and the day it gets.
  refuseIfMonthLocked(store, unitId, session.date);
  const next = change(session, current, swedishDaysOff(monday, sunday));
  refuseIfMonthLocked(store, unitId, next?.moved?.date ?? session.ruleDate, 'date');
  if (next) store.sessionOverrides.save(next);
  else store.sessionOverrides.delete(unitId, week);
  return sessionOfWeek(store, unitId, week, next ? [next] : []);
}

export function planningHandlers({
  store,
}: BackendContext): HandlerGroup<Exclude<MethodsOf<'planning'>, MethodsNamed<'slotRules' | 'teamMeetings'>>> {
  return {
    'plan.get': ({ unitId, from, to }) => {
      requireUnit(store, unitId);
      return plan(store, unitId, from, to);
    },
    'sessions.move': ({ unitId, week, date, startTime }) =>
      changeSession(store, unitId, week, (session, current, holidays) =>
        moveSession(session, current, date, startTime, holidays),
      ),
    'sessions.cancel': ({ unitId, week, reason }) =>
      changeSession(store, unitId, week, (session, current) => cancelSession(session, current, reason)),
    'sessions.undoCancel': ({ unitId, week }) => changeSession(store, unitId, week, undoCancelSession),
    'sessions.undoMove': ({ unitId, week }) => changeSession(store, unitId, week, undoMoveSession),
  };
}
