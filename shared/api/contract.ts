import { z } from 'zod';
import { differenceInCalendarDays } from 'date-fns';
import { isWeekKey, toDate } from '../domain/calendar';
import type { MethodName } from './methods';
import {
  ACTION_STATUSES,
  SESSION_LOCATIONS,
} from '../domain/types';
import {
  LIMITS,
  auditEntrySchema,
  backupFileNameSchema,
  backupInfoSchema,
  backupOverviewSchema,
  databaseHealthSchema,
  folderSchema,
  appSettingsSchema,
  billingFormSchema,
  billingMonthStatusSchema,
  billingSettingsFieldsSchema,
  billingSettingsSchema,
  billingSummaryRowSchema,
  correctionReasonSchema,
  exportedFileSchema,
  yearMonthSchema,
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
const monthRef = z.strictObject({ unitId: idSchema, month: yearMonthSchema });

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

  // --- The monthly billing form ---
  'settings.get': method(none, appSettingsSchema),
  'settings.save': method(appSettingsSchema, appSettingsSchema),
  'billing.settings.get': method(unitRef, billingSettingsSchema),
  'billing.settings.save': method(billingSettingsFieldsSchema.extend({ unitId: idSchema }), billingSettingsSchema),
  'billing.status': method(monthRef, billingMonthStatusSchema),
  /** The month's form as it stands: the draft while open or reopened, else the latest sent version. */
  'billing.form': method(monthRef, billingFormSchema),
  /** A sent version exactly as it was sent. */
  'billing.version': method(monthRef.extend({ version: z.int({ error: 'validation.invalid' }).positive({ error: 'validation.invalid' }) }), billingFormSchema),
  /** Stores this version as sent and locks the month's sessions and attendance. */
  'billing.markSent': method(monthRef, billingMonthStatusSchema),
  /** Reopens a sent month for a correction; the next form sent is the next version, marked Rättelse. */
  'billing.reopen': method(monthRef.extend({ reason: correctionReasonSchema }), billingMonthStatusSchema),
  /** Unsent past months of every unit, and the current month from its last week on. */
  'billing.reminders': method(none, z.array(billingMonthStatusSchema)),
  'billing.summary': method(z.strictObject({ month: yearMonthSchema }), z.array(billingSummaryRowSchema)),
  'billing.exportXlsx': method(monthRef, exportedFileSchema),
  /** CSV as Swedish Excel expects it: semicolons, UTF-8 with BOM (in base64, so the BOM survives). */
  'billing.exportCsv': method(monthRef, exportedFileSchema),
  'billing.exportSummaryXlsx': method(z.strictObject({ month: yearMonthSchema }), exportedFileSchema),
  'billing.exportSummaryCsv': method(z.strictObject({ month: yearMonthSchema }), exportedFileSchema),

  // --- Data safety ---
  /** The start-up check (quick_check): 'damaged' means recovery mode, where only health.get,
   *  backups.list and recovery.* answer; every other method answers RECOVERY_MODE. */
  'health.get': method(none, databaseHealthSchema),
  'backups.list': method(none, backupOverviewSchema),
  /** "Säkerhetskopiera nu": a verified backup in the backup folder. */
  'backups.create': method(none, backupInfoSchema),
  /** "Spara en kopia som…": a verified copy in a folder the user chose (a USB stick, a share). */
  'backups.saveCopy': method(z.strictObject({ folder: folderSchema }), z.strictObject({ path: z.string() })),
  /** Null: back to the default folder. The live database itself may not be on a network or cloud path; backups may. */
  'backups.setFolder': method(z.strictObject({ folder: folderSchema.nullable() }), backupOverviewSchema),
  /** Replaces the live data with a verified backup, after saving the live data as a pre-restore backup. */
  'backups.restore': method(z.strictObject({ fileName: backupFileNameSchema }), backupOverviewSchema),
  /** Puts back the data as it was just before the last restore. */
  'backups.undoRestore': method(none, backupOverviewSchema),
  /** Recovery screen: open the newest verified backup in place of the damaged file (which is kept, renamed, never deleted). */
  'recovery.restoreNewest': method(none, databaseHealthSchema),
  /** Recovery screen: a copy of the damaged file for IT, in a folder the user chose. */
  'recovery.saveDamagedCopy': method(z.strictObject({ folder: folderSchema }), z.strictObject({ path: z.string() })),
  /** Newest first; `beforeId` pages back. */
  'audit.list': method(
    z.strictObject({
      limit: z.int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(LIMITS.auditPageMax, { error: 'validation.invalid' }),
      beforeId: idSchema.nullable(),
    }),
    z.array(auditEntrySchema),
  ),
  /** The whole log as CSV (semicolons, UTF-8 with BOM). */
  'audit.export': method(none, exportedFileSchema),
  /** The page printed something (a billing form, an agenda, minutes): logged as 'printed'. */
  'audit.recordPrinted': method(
    z.strictObject({
      what: z.enum(['billingForm', 'agenda', 'minutes'], { error: 'validation.invalid' }),
      unitId: idSchema,
      /** The month (YYYY-MM) or week (YYYY-Www) printed. */
      period: z.string({ error: 'validation.invalid' }).regex(/^\d{4}-(0[1-9]|1[0-2]|W\d{2})$/, { error: 'validation.invalid' }),
    })
      // A billing form is printed per month, an agenda or minutes per (existing) ISO week.
      .refine(({ what, period }) => (what === 'billingForm' ? yearMonthSchema.safeParse(period).success : isWeekKey(period)), {
        error: 'validation.invalid',
        path: ['period'],
      }),
    z.null(),
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
