import { LIMITS } from '../../domain/limits';
import * as z from 'zod';
import { ACTION_STATUSES, SESSION_LOCATIONS } from '../../domain/types';
import {
  actionWhatSchema,
  agendaNotesSchema,
  caseFieldsSchema,
  clockTimeSchema,
  durationSchema,
  guestSchema,
  idSchema,
  isoDateSchema,
  previousAttendanceSchema,
  sessionDetailSchema,
} from '../schemas';
import { method, weekRef, type ContractFor } from './method';
import type { sessionsMethods } from './sessions.methods';

/** What marking a session held records: time, place, chair(s) and every participant. */
const heldRecordSchema = z.object({
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
  location: z.enum(SESSION_LOCATIONS, { error: 'validation.location' }),
  chairIds: z.array(idSchema).max(4, { error: 'validation.invalid' }),
  attendeeIds: z.array(idSchema).max(LIMITS.attendeesMax, { error: 'validation.tooManyAttendees' }),
  guests: z.array(guestSchema).max(LIMITS.attendeesMax, { error: 'validation.tooManyAttendees' }),
});

export const sessionsContract = {
  'sessions.get': method(weekRef, sessionDetailSchema),
  /** The members and chairs of the unit's latest held session before this week's; null if none. */
  'sessions.previousAttendance': method(weekRef, previousAttendanceSchema.nullable()),
  /** Marks the week's session held (or corrects it): time, place, chair(s) and every participant. */
  'sessions.recordHeld': method(weekRef.extend(heldRecordSchema.shape), sessionDetailSchema),
  'sessions.saveAgenda': method(weekRef.extend({ agenda: agendaNotesSchema }), sessionDetailSchema),
  /**
   * The session view's one save, in one transaction: the held record (null: left as it is,
   * e.g. an agenda prepared before the day) and the agenda (null: left as it is).
   */
  'sessions.saveRecord': method(weekRef.extend({ held: heldRecordSchema.nullable(), agenda: agendaNotesSchema.nullable() }), sessionDetailSchema),
  /** Adds (no id) or changes (id) a case discussed in the week's session. */
  'cases.save': method(weekRef.extend({ id: idSchema.nullable(), case: caseFieldsSchema }), sessionDetailSchema),
  'cases.remove': method(weekRef.extend({ id: idSchema }), sessionDetailSchema),
  /** Adds (no id) or changes (id) an action agreed in the week's session. */
  'actions.save': method(
    weekRef.extend({
      id: idSchema.nullable(),
      what: actionWhatSchema,
      responsibleId: idSchema,
      dueDate: isoDateSchema.nullable(),
    }),
    sessionDetailSchema,
  ),
  /** Closes (done) or reopens an action; `week` is the session where that happens. */
  'actions.setStatus': method(
    weekRef.extend({ id: idSchema, status: z.enum(ACTION_STATUSES, { error: 'validation.invalid' }) }),
    sessionDetailSchema,
  ),
} satisfies ContractFor<typeof sessionsMethods>;
