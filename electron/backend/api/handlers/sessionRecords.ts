import type { MethodInput } from '../../../../shared/api/contract';
import type { MethodsOf } from '../../../../shared/api/methods';
import { checkActionInSession, checkResponsible, followUpOf, withStatus } from '../../../../shared/domain/actions';
import { checkHeldRecord, countParticipants } from '../../../../shared/domain/attendance';
import { DomainError } from '../../../../shared/domain/errors';
import { checkSessionTakesNotes, tidySubGoals } from '../../../../shared/domain/minutes';
import {
  DOCUMENTATION_DUTIES,
  type AgreedAction,
  type IsoDate,
  type IsoWeekKey,
  type PlannedSession,
  type SessionDetail,
  type StaffMember,
} from '../../../../shared/domain/types';
import { refuseIfMonthLocked } from '../../services/billingMonth';
import { asHeld } from '../../../../shared/domain/plan';
import { sessionOfWeek } from '../../services/plan';
import { requireUnit } from '../../services/units';
import type { CaseFields } from '../../store/cases';
import type { Store } from '../../store/store';
import type { BackendContext, HandlerGroup } from '../types';

/** Everything about one week's session; a session not yet held has no record and no participants. */
function sessionDetail(store: Store, session: PlannedSession): SessionDetail {
  const { unitId, week } = session;
  const stored = store.heldSessions.get(unitId, week);
  const attendees = stored?.attendees ?? [];
  return {
    session,
    held: stored?.held ?? null,
    attendees,
    counts: countParticipants(attendees),
    agenda: store.agenda.get(unitId, week),
    cases: store.cases.list(unitId, week),
    actions: store.actions.listAgreedIn(unitId, week),
    followUp: followUpOf(store.actions.listFollowUp(unitId, week), week),
  };
}

function weekSession(store: Store, unitId: number, week: IsoWeekKey): PlannedSession {
  requireUnit(store, unitId);
  return sessionOfWeek(store, unitId, week);
}

/** A session that takes notes (agenda, cases, actions): not in a team-meeting week, not cancelled. */
function notesSession(store: Store, unitId: number, week: IsoWeekKey): PlannedSession {
  const session = weekSession(store, unitId, week);
  checkSessionTakesNotes(session);
  return session;
}

/** The unit's whole roster, leavers included: the rules look at who was there on the day. */
const roster = (store: Store, unitId: number, today: IsoDate): StaffMember[] => store.staff.list(unitId, today, true);

export function sessionRecordHandlers({ store, today }: BackendContext): HandlerGroup<MethodsOf<'sessions'>> {
  return {
    'sessions.get': ({ unitId, week }) => sessionDetail(store, weekSession(store, unitId, week)),

    'sessions.previousAttendance': ({ unitId, week }) => store.heldSessions.previousAttendance(unitId, weekSession(store, unitId, week).date),

    // Re-recording replaces the whole record; the dispatcher's transaction makes it all or nothing.
    'sessions.recordHeld': ({ unitId, week, ...record }) => sessionDetail(store, recordHeld(store, today(), unitId, week, record)),

    'sessions.saveAgenda': ({ unitId, week, agenda }) => {
      const session = notesSession(store, unitId, week);
      store.agenda.save(unitId, week, agenda);
      return sessionDetail(store, session);
    },

    // One transaction: a refused attendance throws before the agenda is written, a refused agenda rolls the attendance back.
    'sessions.saveRecord': ({ unitId, week, held, agenda }) => {
      const session = held ? recordHeld(store, today(), unitId, week, held) : weekSession(store, unitId, week);
      if (agenda) {
        checkSessionTakesNotes(session);
        store.agenda.save(unitId, week, agenda);
      }
      return sessionDetail(store, session);
    },

    'cases.save': ({ unitId, week, id, case: fields }) => {
      const session = notesSession(store, unitId, week);
      const existing = id === null ? undefined : store.cases.list(unitId, week).find((c) => c.id === id);
      if (id !== null && !existing) throw new DomainError('NOT_FOUND', 'error.case.notFound', {}, 'id');
      const members = roster(store, unitId, today());
      for (const duty of DOCUMENTATION_DUTIES) {
        const { responsibleId } = fields.documentation[duty];
        if (responsibleId !== null && responsibleId !== existing?.documentation[duty].responsibleId) {
          checkResponsible(members, responsibleId, session.date, `case.documentation.${duty}.responsibleId`);
        }
      }
      const tidy: CaseFields = { ...fields, subGoals: tidySubGoals(fields.subGoals) };
      if (existing) store.cases.update(existing.id, tidy);
      else store.cases.insert(unitId, week, tidy);
      return sessionDetail(store, session);
    },

    'cases.remove': ({ unitId, week, id }) => {
      const session = notesSession(store, unitId, week);
      if (!store.cases.list(unitId, week).some((c) => c.id === id)) {
        throw new DomainError('NOT_FOUND', 'error.case.notFound', {}, 'id');
      }
      store.cases.delete(id);
      return sessionDetail(store, session);
    },

    'actions.save': ({ unitId, week, id, what, responsibleId, dueDate }) => {
      const session = notesSession(store, unitId, week);
      const existing = id === null ? undefined : requireAction(store, unitId, id);
      if (existing) checkActionInSession(existing, week);
      if (responsibleId !== existing?.responsibleId) {
        checkResponsible(roster(store, unitId, today()), responsibleId, session.date, 'responsibleId');
      }
      if (existing) store.actions.update({ ...existing, what, responsibleId, dueDate });
      else store.actions.insert({ unitId, agreedInWeek: week, what, responsibleId, dueDate, status: 'open', closedInWeek: null });
      return sessionDetail(store, session);
    },

    'actions.setStatus': ({ unitId, week, id, status }) => {
      const session = notesSession(store, unitId, week);
      const action = requireAction(store, unitId, id);
      const changed = withStatus(action, status, week);
      if (changed !== action) store.actions.update(changed);
      return sessionDetail(store, session);
    },
  };
}

type HeldRecordInput = Omit<MethodInput<'sessions.recordHeld'>, 'unitId' | 'week'>;

/** Marks the week's session held (or corrects it), after the routine's rules; replaces any earlier record. */
/** Checks and stores the week's held record; the week's session as the plan now shows it (planned once). */
function recordHeld(store: Store, today: IsoDate, unitId: number, week: IsoWeekKey, record: HeldRecordInput): PlannedSession {
  const session = weekSession(store, unitId, week);
  refuseIfMonthLocked(store, unitId, session.date);
  const { startTime, durationMinutes, location, chairIds, attendeeIds, guests } = record;
  const participants = checkHeldRecord({
    session,
    today,
    attendeeIds,
    chairIds,
    guests,
    roster: roster(store, unitId, today),
    recorded: store.heldSessions.get(unitId, week)?.attendees ?? [],
  });
  store.heldSessions.save(unitId, { week, date: session.date, startTime, durationMinutes, location }, participants);
  return asHeld(session, { startTime, durationMinutes, participantCount: participants.length });
}

function requireAction(store: Store, unitId: number, id: number): AgreedAction {
  const action = store.actions.get(unitId, id);
  if (!action) throw new DomainError('NOT_FOUND', 'error.action.notFound', {}, 'id');
  return action;
}
