import type { MethodsNamed, MethodsOf } from '../../../../shared/api/methods';
import { dateInWeek, mondayOfWeek } from '../../../../shared/domain/calendar';
import { cancelSession, moveSession, undoCancelSession, undoMoveSession } from '../../../../shared/domain/sessionChanges';
import type { Holiday, IsoWeekKey, PlannedSession, SessionOverride } from '../../../../shared/domain/types';
import { swedishDaysOff } from '../../holidays';
import { refuseIfMonthLocked } from '../../services/billingMonth';
import { plan, sessionOfWeek } from '../../services/plan';
import { requireUnit } from '../../services/units';
import type { Store } from '../../store/store';
import type { BackendContext, HandlerGroup } from '../types';

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
      changeSession(store, unitId, week, (session, current, holidays) => moveSession(session, current, date, startTime, holidays)),
    'sessions.cancel': ({ unitId, week, reason }) =>
      changeSession(store, unitId, week, (session, current) => cancelSession(session, current, reason)),
    'sessions.undoCancel': ({ unitId, week }) => changeSession(store, unitId, week, undoCancelSession),
    'sessions.undoMove': ({ unitId, week }) => changeSession(store, unitId, week, undoMoveSession),
  };
}
