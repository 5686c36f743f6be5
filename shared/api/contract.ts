import { z } from 'zod';
import { differenceInCalendarDays } from 'date-fns';
import { toDate } from '../domain/calendar';
import type { MethodName } from './methods';
import {
  ACTION_STATUSES,
  SESSION_LOCATIONS,
} from '../domain/types';
import {
  LIMITS,
  actionWhatSchema,
  caseFieldsSchema,
  employmentSchema,
  guestSchema,
  agendaNotesSchema,
  personNameSchema,
  personSchema,
  personWithUnitsSchema,
  rosterImportRowSchema,
  rosterTextSchema,
  sessionDetailSchema,
  staffMemberSchema,
  staffRoleSchema,
  cancelReasonSchema,
  clockTimeSchema,
  durationSchema,
  idSchema,
  isoDateSchema,
  plannedSessionSchema,
  slotRuleFieldsSchema,
  slotRuleSchema,
  teamMeetingDateSchema,
  teamMeetingPatternSchema,
  teamMeetingRecurrenceSchema,
  unitFieldsSchema,
  unitSchema,
  weekKeySchema,
} from './schemas';

/**
 * The one API contract. Each method has a zod input and output schema; the IPC
 * handlers, the preload, the HTTP server and the renderer's client all derive from it,
 * and every transport validates input before a handler runs.
 */
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const unitRef = z.strictObject({ unitId: idSchema });
const weekRef = z.strictObject({ unitId: idSchema, week: weekKeySchema });
const none = z.strictObject({});

export const contract = {
  'app.info': method(
    none,
    z.strictObject({
      version: z.string(),
      /** The backend's today: the renderer never trusts its own clock for rules. */
      today: isoDateSchema,
      lastUnitId: idSchema.nullable(),
      schemaVersion: z.int(),
    }),
  ),
  'units.list': method(none, z.array(unitSchema)),
  'units.create': method(unitFieldsSchema, unitSchema),
  'units.update': method(unitFieldsSchema.extend({ id: idSchema }), unitSchema),
  'units.select': method(z.strictObject({ id: idSchema }), z.null()),

  'slotRules.list': method(unitRef, z.array(slotRuleSchema)),
  'slotRules.add': method(slotRuleFieldsSchema.extend({ unitId: idSchema }), slotRuleSchema),

  'teamMeetings.list': method(
    unitRef,
    z.strictObject({ dates: z.array(teamMeetingDateSchema), patterns: z.array(teamMeetingPatternSchema) }),
  ),
  'teamMeetings.addDate': method(z.strictObject({ unitId: idSchema, date: isoDateSchema }), teamMeetingDateSchema),
  'teamMeetings.removeDate': method(z.strictObject({ unitId: idSchema, id: idSchema }), z.null()),
  'teamMeetings.addPattern': method(
    z.strictObject({ unitId: idSchema, recurrence: teamMeetingRecurrenceSchema, validFrom: isoDateSchema }),
    teamMeetingPatternSchema,
  ),
  /** Ends a pattern: a pattern that has started keeps its past weeks (validTo = yesterday). */
  'teamMeetings.removePattern': method(z.strictObject({ unitId: idSchema, id: idSchema }), z.null()),

  'plan.get': method(
    z
      .strictObject({ unitId: idSchema, from: isoDateSchema, to: isoDateSchema })
      .refine(
        ({ from, to }) => {
          const days = differenceInCalendarDays(toDate(to), toDate(from));
          return days >= 0 && days <= LIMITS.planRangeMaxDays;
        },
        { error: 'validation.dateRange', path: ['to'] },
      ),
    z.array(plannedSessionSchema),
  ),
  'sessions.move': method(
    weekRef.extend({ date: isoDateSchema, startTime: clockTimeSchema }),
    plannedSessionSchema,
  ),
  'sessions.cancel': method(weekRef.extend({ reason: cancelReasonSchema }), plannedSessionSchema),
  'sessions.undoCancel': method(weekRef, plannedSessionSchema),
  'sessions.undoMove': method(weekRef, plannedSessionSchema),

  // --- Staff roster ---
  /** Everyone entered in this installation, with their units: to add someone from another unit. */
  'people.list': method(none, z.array(personWithUnitsSchema)),
  /** The unit's roster; leavers only with includeInactive. */
  'staff.list': method(unitRef.extend({ includeInactive: z.boolean() }), z.array(staffMemberSchema)),
  'staff.add': method(
    unitRef.extend({ name: personNameSchema, role: staffRoleSchema, employment: employmentSchema, activeFrom: isoDateSchema }),
    staffMemberSchema,
  ),
  /** Adds a person already entered (in another unit) to this unit's roster. */
  'staff.addExisting': method(unitRef.extend({ personId: idSchema, activeFrom: isoDateSchema }), staffMemberSchema),
  /** Corrects a person's name, role or employment (everywhere; history keeps the role of the day). */
  'staff.update': method(
    z.strictObject({ personId: idSchema, name: personNameSchema, role: staffRoleSchema, employment: employmentSchema }),
    personSchema,
  ),
  /** A leaver: hidden from new sessions from the day after activeTo; history stays. */
  'staff.deactivate': method(unitRef.extend({ personId: idSchema, activeTo: isoDateSchema }), staffMemberSchema),
  'staff.reactivate': method(unitRef.extend({ personId: idSchema }), staffMemberSchema),
  /** Parses pasted or opened text ("name; role" per line) and says what would happen; writes nothing. */
  'staff.importPreview': method(unitRef.extend({ text: rosterTextSchema }), z.array(rosterImportRowSchema)),
  /** Imports the rows the preview marks add or link, in one transaction; error rows are skipped. */
  'staff.import': method(
    unitRef.extend({ text: rosterTextSchema, activeFrom: isoDateSchema }),
    z.strictObject({ rows: z.array(rosterImportRowSchema), added: z.array(staffMemberSchema) }),
  ),

  // --- Recording a session ---
  'sessions.get': method(weekRef, sessionDetailSchema),
  /** Marks the week's session held (or corrects it): time, place, chair(s) and every participant. */
  'sessions.recordHeld': method(
    weekRef.extend({
      startTime: clockTimeSchema,
      durationMinutes: durationSchema,
      location: z.enum(SESSION_LOCATIONS, { error: 'validation.location' }),
      chairIds: z.array(idSchema).max(4, { error: 'validation.invalid' }),
      attendeeIds: z.array(idSchema).max(LIMITS.attendeesMax, { error: 'validation.tooManyAttendees' }),
      guests: z.array(guestSchema).max(LIMITS.attendeesMax, { error: 'validation.tooManyAttendees' }),
    }),
    sessionDetailSchema,
  ),
  'sessions.saveAgenda': method(weekRef.extend({ agenda: agendaNotesSchema }), sessionDetailSchema),
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
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller sends (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

// Every name in METHOD_NAMES has a contract entry (`satisfies` above) and no more:
type Extra = Exclude<keyof Contract, MethodName>;
export const noExtraMethods: Extra extends never ? true : never = true;
