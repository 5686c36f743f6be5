import * as z from 'zod';
import { isIsoDate, isWeekKey } from '../domain/calendar';
import { LIMITS } from '../domain/limits';
import { containsPersonnummer, type PersonnummerOptions } from '../domain/personnummer';
import {
  ACTION_STATUSES,
  AGENDA_ITEMS,
  AUDIT_ACTIONS,
  BACKUP_KINDS,
  CASE_KINDS,
  DOCUMENTATION_DUTIES,
  EMPLOYMENTS,
  SESSION_LOCATIONS,
  SESSION_STATUSES,
  RATE_KINDS,
  STAFF_ROLES,
  UNBILLED_REASONS,
  type AgendaItem,
  type DocumentationDuty,
  type StaffRole,
} from '../domain/types';

// Building blocks of the contract. Error texts are catalog keys (shared/i18n); the API
// boundary and the forms translate them, so both show the same Swedish message.

export const idSchema = z.int({ error: 'validation.id' }).positive({ error: 'validation.id' });
export const isoDateSchema = z.string({ error: 'validation.date' }).refine(isIsoDate, { error: 'validation.date', abort: true });
export const weekKeySchema = z.string({ error: 'validation.week' }).refine(isWeekKey, { error: 'validation.week', abort: true });
export const clockTimeSchema = z.string({ error: 'validation.time' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
export const weekdaySchema = z.union(
  [1, 2, 3, 4, 5, 6, 7].map((d) => z.literal(d)) as unknown as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
    z.ZodLiteral<6>,
    z.ZodLiteral<7>,
  ],
  { error: 'validation.weekday' },
);
export const durationSchema = z
  .int({ error: 'validation.duration' })
  .min(LIMITS.durationMin, { error: 'validation.duration' })
  .max(LIMITS.durationMax, { error: 'validation.duration' });

/**
 * Refuses text that looks like a personnummer: for input fields that are printed on the
 * billing form or leave the app in a file. Output schemas never use it, so a row saved
 * before the check (or before it grew stricter) is still shown, and can be corrected.
 */
export const withoutPersonnummer = (key: string, options: PersonnummerOptions = {}) =>
  z.refine<string>((text) => !containsPersonnummer(text, options), { error: key });

const requiredName = (key: string) =>
  z
    .string({ error: key })
    .trim()
    .min(1, { error: key })
    .max(LIMITS.nameMax, { error: 'validation.unitNameTooLong' })
    .check(withoutPersonnummer('validation.nameWithPersonnummer'));

/** An e-mail address, or '' for none. */
export const optionalEmailSchema = z
  .string({ error: 'validation.email' })
  .trim()
  .max(LIMITS.emailMax, { error: 'validation.email' })
  .refine((text) => text === '' || z.email().safeParse(text).success, { error: 'validation.email' });

export const unitFieldsSchema = z.strictObject({
  name: requiredName('validation.unitNameRequired'),
  providerName: requiredName('validation.providerNameRequired'),
  managerName: requiredName('validation.managerNameRequired'),
  // Both leave the app in the calendar file, so a personnummer is refused as in a name.
  location: z
    .string({ error: 'validation.placeTooLong' })
    .trim()
    .max(LIMITS.placeMax, { error: 'validation.placeTooLong' })
    // One line: it is a calendar event's LOCATION and a line of the printed documents.
    .regex(/^[^\p{Cc}]*$/u, { error: 'validation.placeOneLine' })
    .check(withoutPersonnummer('validation.personnummerRefused'))
    .default(''),
  // Optional with '' as default: callers from before the calendar fields still create units.
  managerEmail: optionalEmailSchema.default(''),
});

export const unitSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  providerName: z.string(),
  managerName: z.string(),
  location: z.string(),
  managerEmail: z.string(),
});

export const slotRuleFieldsSchema = z.strictObject({
  weekday: weekdaySchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
  validFrom: isoDateSchema,
});

export const slotRuleSchema = slotRuleFieldsSchema.extend({ id: idSchema, unitId: idSchema });

export const teamMeetingRecurrenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('nthWeekdayOfMonth'),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], { error: 'validation.nth' }),
    weekday: weekdaySchema,
  }),
  z.strictObject({
    kind: z.literal('everyNWeeks'),
    intervalWeeks: z
      .int({ error: 'validation.intervalWeeks' })
      .min(LIMITS.intervalWeeksMin, { error: 'validation.intervalWeeks' })
      .max(LIMITS.intervalWeeksMax, { error: 'validation.intervalWeeks' }),
    weekday: weekdaySchema,
  }),
]);

export const teamMeetingDateSchema = z.strictObject({ id: idSchema, unitId: idSchema, date: isoDateSchema });

export const teamMeetingPatternSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  recurrence: teamMeetingRecurrenceSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  skippedDates: z.array(isoDateSchema),
});

const holidaySchema = z.strictObject({ date: isoDateSchema, name: z.string() });

export const plannedSessionSchema = z.strictObject({
  unitId: idSchema,
  week: weekKeySchema,
  isoYear: z.int(),
  isoWeek: z.int(),
  date: isoDateSchema,
  weekday: weekdaySchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
  status: z.enum(SESSION_STATUSES),
  ruleDate: isoDateSchema,
  ruleId: idSchema,
  holiday: holidaySchema.nullable(),
  suggestedDate: isoDateSchema.nullable(),
  cancelledReason: z.string().nullable(),
  teamMeetings: z.array(z.strictObject({ date: isoDateSchema, source: z.enum(['date', 'pattern']), id: idSchema })),
  skippedTeamMeetings: z.array(z.strictObject({ date: isoDateSchema, id: idSchema })),
  participantCount: z.int().nonnegative().nullable(),
  locked: z.boolean(),
});

export const cancelReasonSchema = z
  .string({ error: 'validation.cancelReasonRequired' })
  .trim()
  .min(1, { error: 'validation.cancelReasonRequired' })
  .max(LIMITS.textMax, { error: 'validation.textTooLong' })
  .check(withoutPersonnummer('validation.personnummerRefused'));

/** The params a catalog key needs when it is shown for a field. */
export const MESSAGE_PARAMS: Record<string, Record<string, number>> = {
  'validation.duration': { min: LIMITS.durationMin, max: LIMITS.durationMax },
  'validation.unitNameTooLong': { max: LIMITS.nameMax },
  'validation.textTooLong': { max: LIMITS.textMax },
  'validation.intervalWeeks': { min: LIMITS.intervalWeeksMin, max: LIMITS.intervalWeeksMax },
  'validation.dateRange': { max: LIMITS.planRangeMaxDays },
  'validation.noteTooLong': { max: LIMITS.noteMax },
  'validation.caseReferenceTooLong': { max: LIMITS.caseReferenceMax },
  'validation.importTooLong': { max: LIMITS.importRowsMax },
  'validation.tooManyAttendees': { max: LIMITS.attendeesMax },
  'validation.placeTooLong': { max: LIMITS.placeMax },
};

// --- Issue 3: roster and session records --------------------------------------------

export const staffRoleSchema = z.enum(STAFF_ROLES, { error: 'validation.role' });
export const employmentSchema = z.enum(EMPLOYMENTS, { error: 'validation.employment' });

export const personNameSchema = z
  .string({ error: 'validation.personNameRequired' })
  .trim()
  .min(1, { error: 'validation.personNameRequired' })
  .max(LIMITS.nameMax, { error: 'validation.unitNameTooLong' })
  .check(withoutPersonnummer('validation.nameWithPersonnummer'));

/** Free text (notes, goals); personnummer-like text is warned about in the UI, not refused. */
export const noteSchema = z.string({ error: 'validation.invalid' }).max(LIMITS.noteMax, { error: 'validation.noteTooLong' });

export const personSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  role: staffRoleSchema,
  employment: employmentSchema,
  email: z.string(),
});

export const staffMemberSchema = personSchema.extend({
  unitId: idSchema,
  activeFrom: isoDateSchema,
  activeTo: isoDateSchema.nullable(),
});

export const notActiveMemberSchema = z.strictObject({
  personId: idSchema,
  name: z.string(),
  reason: z.enum(['notStarted', 'left']),
  date: isoDateSchema,
});

export const personWithUnitsSchema = personSchema.extend({ unitIds: z.array(idSchema) });

export const rosterImportRowSchema = z.strictObject({
  line: z.int(),
  raw: z.string(),
  name: z.string(),
  role: staffRoleSchema.nullable(),
  outcome: z.enum(['add', 'link', 'existing', 'error']),
  message: z.string().nullable(),
});

export const rosterTextSchema = z.string({ error: 'validation.importText' }).max(LIMITS.importTextMax, { error: 'validation.importTooLong' });

export const guestSchema = z.strictObject({ name: personNameSchema, role: staffRoleSchema });

export const attendeeSchema = z.strictObject({
  id: idSchema,
  personId: idSchema.nullable(),
  name: z.string(),
  role: staffRoleSchema,
  employment: employmentSchema,
});

export const heldRecordSchema = z.strictObject({
  week: weekKeySchema,
  date: isoDateSchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
  location: z.enum(SESSION_LOCATIONS),
  chairIds: z.array(idSchema),
});

export const previousAttendanceSchema = z.strictObject({
  week: weekKeySchema,
  date: isoDateSchema,
  attendeeIds: z.array(idSchema),
  chairIds: z.array(idSchema),
});

/** Participants per role: in a session's counts and on each row of the billing form. */
export const roleCountsSchema = z.strictObject(
  Object.fromEntries(STAFF_ROLES.map((role) => [role, z.int().nonnegative()])) as Record<StaffRole, z.ZodInt>,
);

export const agendaNotesSchema = z.strictObject(
  Object.fromEntries(AGENDA_ITEMS.map((item) => [item, noteSchema])) as Record<AgendaItem, typeof noteSchema>,
);

const dutySchema = z.strictObject({ done: z.boolean(), responsibleId: idSchema.nullable() });
export const documentationChecklistSchema = z.strictObject(
  Object.fromEntries(DOCUMENTATION_DUTIES.map((duty) => [duty, dutySchema])) as Record<DocumentationDuty, typeof dutySchema>,
);

/** A case reference is pseudonymous: text that looks like a personnummer is refused here. */
export const caseReferenceSchema = z
  .string({ error: 'validation.caseReferenceRequired' })
  .trim()
  .min(1, { error: 'validation.caseReferenceRequired' })
  .max(LIMITS.caseReferenceMax, { error: 'validation.caseReferenceTooLong' })
  .check(withoutPersonnummer('validation.caseReferencePersonnummer'));

export const caseFieldsSchema = z.strictObject({
  reference: caseReferenceSchema,
  kind: z.enum(CASE_KINDS, { error: 'validation.caseKind' }),
  goal: noteSchema,
  subGoals: z.array(noteSchema).max(20, { error: 'validation.invalid' }),
  notes: noteSchema,
  documentation: documentationChecklistSchema,
});

/** As stored: a reference saved before the check grew stricter is still shown. */
export const caseDiscussedSchema = caseFieldsSchema.extend({ id: idSchema, reference: z.string() });

export const actionWhatSchema = z
  .string({ error: 'validation.actionWhatRequired' })
  .trim()
  .min(1, { error: 'validation.actionWhatRequired' })
  .max(LIMITS.textMax, { error: 'validation.textTooLong' });

export const agreedActionSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  agreedInWeek: weekKeySchema,
  what: z.string(),
  responsibleId: idSchema,
  dueDate: isoDateSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  closedInWeek: weekKeySchema.nullable(),
});

export const sessionDetailSchema = z.strictObject({
  session: plannedSessionSchema,
  held: heldRecordSchema.nullable(),
  attendees: z.array(attendeeSchema),
  counts: z.strictObject({ byRole: roleCountsSchema, total: z.int().nonnegative() }),
  agenda: agendaNotesSchema,
  cases: z.array(caseDiscussedSchema),
  actions: z.array(agreedActionSchema),
  followUp: z.array(agreedActionSchema),
});

// --- Issue 4: the billing form ------------------------------------------------------

export const yearMonthSchema = z.string({ error: 'validation.month' }).regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, { error: 'validation.month' });

export const rateSchema = z.strictObject({
  kind: z.enum(RATE_KINDS, { error: 'validation.rateKind' }),
  amountOre: z
    .int({ error: 'validation.rateAmount' })
    .min(1, { error: 'validation.rateAmount' })
    .max(LIMITS.rateMaxOre, { error: 'validation.rateAmount' }),
});

export const billingSettingsFieldsSchema = z.strictObject({
  municipality: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(LIMITS.nameMax, { error: 'validation.unitNameTooLong' })
    .check(withoutPersonnummer('validation.personnummerRefused')),
  /** Empty until entered; then NNNNNN-NNNN. */
  providerOrgNumber: z
    .string({ error: 'validation.orgNumber' })
    .trim()
    .regex(/^(\d{6}-\d{4})?$/, { error: 'validation.orgNumber' }),
  costCentre: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(LIMITS.nameMax, { error: 'validation.unitNameTooLong' })
    .check(withoutPersonnummer('validation.personnummerRefused')),
  managerPhone: z
    .string({ error: 'validation.phone' })
    .trim()
    .regex(/^[0-9+\-() ]{0,20}$/, { error: 'validation.phone' })
    .check(withoutPersonnummer('validation.phonePersonnummer', { phone: true })),
  billableRoles: z
    .array(staffRoleSchema)
    .min(1, { error: 'validation.billableRoles' })
    .refine((roles) => new Set(roles).size === roles.length, { error: 'validation.billableRoles' }),
  rate: rateSchema.nullable(),
});

/** As stored: text saved before the personnummer check is still shown, and can be corrected. */
export const billingSettingsSchema = billingSettingsFieldsSchema.extend({
  unitId: idSchema,
  municipality: z.string(),
  costCentre: z.string(),
  managerPhone: z.string(),
});

export const appSettingsSchema = z.strictObject({
  billingDeadlineDay: z
    .int({ error: 'validation.deadlineDay' })
    .min(1, { error: 'validation.deadlineDay' })
    .max(28, { error: 'validation.deadlineDay' }),
});

export const billingRowSchema = z.strictObject({
  week: weekKeySchema,
  date: isoDateSchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
  byRole: roleCountsSchema,
  billable: z.int().nonnegative(),
  participantMinutes: z.int().nonnegative(),
  amountOre: z.int().nonnegative().nullable(),
});

export const billingTotalsSchema = z.strictObject({
  sessions: z.int().nonnegative(),
  billableParticipants: z.int().nonnegative(),
  participantMinutes: z.int().nonnegative(),
  amountOre: z.int().nonnegative().nullable(),
});

export const billingDifferenceSchema = z.strictObject({
  kind: z.enum(['sessionAdded', 'sessionRemoved', 'sessionChanged', 'totalsChanged']),
  week: weekKeySchema.nullable(),
  date: isoDateSchema.nullable(),
  billableBefore: z.int().nullable(),
  billableAfter: z.int().nullable(),
  amountBeforeOre: z.int().nullable(),
  amountAfterOre: z.int().nullable(),
});

export const billingFormSchema = z.strictObject({
  unitId: idSchema,
  month: yearMonthSchema,
  version: z.int().positive(),
  status: z.enum(['draft', 'sent']),
  sentAt: z.string().nullable(),
  producedOn: isoDateSchema,
  header: z.strictObject({
    municipality: z.string(),
    providerName: z.string(),
    providerOrgNumber: z.string(),
    unitName: z.string(),
    costCentre: z.string(),
    managerName: z.string(),
    managerPhone: z.string(),
  }),
  billableRoles: z.array(staffRoleSchema),
  rate: rateSchema.nullable(),
  rows: z.array(billingRowSchema),
  unbilled: z.array(
    z.strictObject({
      week: weekKeySchema,
      date: isoDateSchema,
      reason: z.enum(UNBILLED_REASONS),
      detail: z.string().nullable(),
    }),
  ),
  totals: billingTotalsSchema,
  correction: z.strictObject({ reason: z.string(), previousVersion: z.int().positive(), differences: z.array(billingDifferenceSchema) }).nullable(),
});

export const billingMonthStatusSchema = z.strictObject({
  unitId: idSchema,
  month: yearMonthSchema,
  state: z.enum(['open', 'sent', 'reopened']),
  versions: z.array(z.strictObject({ version: z.int().positive(), sentAt: z.string(), correctionReason: z.string().nullable() })),
  deadline: isoDateSchema,
  daysLeft: z.int(),
  routineStartsAfter: isoDateSchema.nullable(),
});

export const billingReminderSchema = billingMonthStatusSchema.extend({ unrecordedWeeks: z.int().nonnegative() });

export const billingSummaryRowSchema = z.strictObject({
  unitId: idSchema,
  unitName: z.string(),
  sessions: z.int().nonnegative(),
  billableParticipants: z.int().nonnegative(),
  participantMinutes: z.int().nonnegative(),
  amountOre: z.int().nonnegative().nullable(),
  sent: z.boolean(),
  routineStartsAfter: isoDateSchema.nullable(),
});

export const correctionReasonSchema = z
  .string({ error: 'validation.correctionReasonRequired' })
  .trim()
  .min(1, { error: 'validation.correctionReasonRequired' })
  .max(LIMITS.textMax, { error: 'validation.textTooLong' })
  .check(withoutPersonnummer('validation.personnummerRefused'));

export const exportedFileSchema = z.strictObject({
  fileName: z.string(),
  /** The file's bytes, base64: the renderer turns them into a download. */
  base64: z.string(),
});

// --- Issue 5: data safety -----------------------------------------------------------

/** A folder the user typed or picked: an absolute path (Windows or POSIX). */
export const folderSchema = z
  .string({ error: 'validation.folder' })
  .trim()
  .min(1, { error: 'validation.folder' })
  .max(LIMITS.pathMax, { error: 'validation.folder' })
  .refine((p) => /^([a-zA-Z]:[\\/]|\\\\|\/)/.test(p), { error: 'validation.folder' });

/** A backup's file name as listed: no folders, only the app's own naming. */
export const backupFileNameSchema = z
  .string({ error: 'validation.backupFile' })
  .regex(/^handledning-[a-z0-9-]+\.sqlite$/, { error: 'validation.backupFile' })
  .max(120, { error: 'validation.backupFile' });

export const backupInfoSchema = z.strictObject({
  fileName: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  sizeBytes: z.int().nonnegative(),
  contents: z.strictObject({
    schemaVersion: z.int().nonnegative(),
    units: z.int().nonnegative(),
    heldSessions: z.int().nonnegative(),
    latestSessionDate: isoDateSchema.nullable(),
  }),
});

export const backupOverviewSchema = z.strictObject({
  folder: z.string(),
  isDefaultFolder: z.boolean(),
  backups: z.array(backupInfoSchema),
  undoRestore: backupInfoSchema.nullable(),
});

export const auditEntrySchema = z.strictObject({
  id: idSchema,
  at: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  method: z.string(),
  subject: z.string(),
});

export const auditLineSchema = auditEntrySchema.extend({ subjectText: z.string() });

export const databaseHealthSchema = z.strictObject({
  state: z.enum(['ok', 'damaged', 'readOnly']),
  file: z.string(),
  problem: z.string().nullable(),
  newestBackup: backupInfoSchema.nullable(),
});
