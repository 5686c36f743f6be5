// The domain's vocabulary. Dates are calendar dates in the unit's local time, written
// YYYY-MM-DD; weeks are ISO-8601 weeks written "2026-W48". Keeping both as strings
// means no time zone ever shifts a meeting to another day.
// The types the API answers with are also described by the contract's zod schemas
// (shared/api/schemas.ts); test/api/schemaTypes.test.ts checks at compile time that both agree.

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;
/** An ISO-8601 week, e.g. "2026-W53". */
export type IsoWeekKey = string;
/** A wall-clock time, HH:MM, 24-hour. */
export type ClockTime = string;
/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** An enhet: one staff group that has its own weekly supervision. */
export interface Unit {
  id: number;
  name: string;
  /** The utförare (employer) that is compensated. */
  providerName: string;
  /** The enhetschef / verksamhetsansvarig who convenes. */
  managerName: string;
  /** Where the supervision is held (plats), for the calendar; '' when not given. */
  location: string;
  /** The manager's e-mail: the organizer of the calendar events; '' when not given. */
  managerEmail: string;
}

/** The weekly slot, in force from `validFrom` until a newer rule's `validFrom`. */
export interface SlotRule {
  id: number;
  unitId: number;
  weekday: Weekday;
  startTime: ClockTime;
  durationMinutes: number;
  validFrom: IsoDate;
}

/** A single team meeting (teamträff) on a given day. */
export interface TeamMeetingDate {
  id: number;
  unitId: number;
  date: IsoDate;
}

/** How a recurring team meeting repeats. */
export type TeamMeetingRecurrence =
  /** e.g. "first Tuesday of every month"; nth = -1 means the last one. */
  | { kind: 'nthWeekdayOfMonth'; nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday }
  /** e.g. "every fourth week", counted from the ISO week of `validFrom`, on `weekday`. */
  | { kind: 'everyNWeeks'; intervalWeeks: number; weekday: Weekday };

export interface TeamMeetingPattern {
  id: number;
  unitId: number;
  recurrence: TeamMeetingRecurrence;
  validFrom: IsoDate;
  /** Last day the pattern applies; null while it goes on. */
  validTo: IsoDate | null;
  /** Its occurrences that will not take place (sorted): those weeks get their session. */
  skippedDates: IsoDate[];
}

/** What the manager changed about one week's session; absent means "as the rule says". */
export interface SessionOverride {
  unitId: number;
  week: IsoWeekKey;
  /** Set when the session was moved within its week. */
  moved: { date: IsoDate; startTime: ClockTime } | null;
  /** Set when the session is cancelled (inställd); the reason is required. */
  cancelledReason: string | null;
}

/** A day off: a public holiday or an eve treated as one (midsommarafton, julafton, nyårsafton). */
export interface Holiday {
  date: IsoDate;
  name: string;
}

export const SESSION_STATUSES = ['planned', 'moved', 'cancelled', 'teamMeetingWeek', 'holiday', 'held'] as const;
/** planerad, flyttad, inställd, teamträffsvecka, helgdag, genomförd. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** One row of the plan: the session of one ISO week (or why there is none). */
export interface PlannedSession {
  unitId: number;
  week: IsoWeekKey;
  isoYear: number;
  isoWeek: number;
  /** The day it takes place (after a move), else the rule's day. */
  date: IsoDate;
  weekday: Weekday;
  startTime: ClockTime;
  durationMinutes: number;
  status: SessionStatus;
  /** The rule's own day for this week, before any move. */
  ruleDate: IsoDate;
  ruleId: number;
  /** The holiday on `ruleDate` (kept after a move, so the plan can say why it moved). */
  holiday: Holiday | null;
  /** For a session on a holiday: the nearest working day in the same week, if any. */
  suggestedDate: IsoDate | null;
  cancelledReason: string | null;
  /** The team meetings that make this a team-meeting week. */
  teamMeetings: { date: IsoDate; source: 'date' | 'pattern'; id: number }[];
  /** Occurrences of recurring team meetings skipped this week (pattern id), so they can be restored. */
  skippedTeamMeetings: { date: IsoDate; id: number }[];
  /** For a held session: how many took part (all roles, guests included); else null. */
  participantCount: number | null;
  /** Its month (by `date`) is sent as a billing form and not reopened: read-only until corrected. */
  locked: boolean;
}

// --- Staff roster (issue 3) ---------------------------------------------------------

export const STAFF_ROLES = [
  'careStaff', // omvårdnadspersonal (undersköterska, vårdbiträde)
  'occupationalTherapist', // arbetsterapeut (AT)
  'physiotherapist', // fysioterapeut / sjukgymnast (FT)
  'nurse', // sjuksköterska
  'unitManager', // enhetschef / verksamhetsansvarig
  'planner', // planerare / kontaktperson
  'rehabAssistant', // rehabassistent
  'other', // annan
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The roles that may chair (ordförande) the supervision. */
export const CHAIR_ROLES: readonly StaffRole[] = ['occupationalTherapist', 'physiotherapist'];

export const EMPLOYMENTS = ['regular', 'substitute'] as const;
/** ordinarie or vikarie. */
export type Employment = (typeof EMPLOYMENTS)[number];

/** A person, entered once even when they serve several units (OT, PT and nurses often do). */
export interface Person {
  id: number;
  name: string;
  role: StaffRole;
  employment: Employment;
  /** To invite them to the calendar events; '' when not given. */
  email: string;
}

/** A person as a member of one unit's roster. Leavers keep their row, with activeTo set. */
export interface StaffMember extends Person {
  unitId: number;
  activeFrom: IsoDate;
  /** Last day in the unit; null while active. */
  activeTo: IsoDate | null;
}

/** A person with the units they belong to, to add someone already entered elsewhere. */
export interface PersonWithUnits extends Person {
  unitIds: number[];
}

/** One line of a pasted or opened roster list, as the preview shows it. */
export interface RosterImportRow {
  /** 1-based line number in the pasted text or file. */
  line: number;
  raw: string;
  name: string;
  role: StaffRole | null;
  /** add: a new person; link: a person already in another unit, added to this one;
   *  existing: already in this unit, skipped; error: not imported (see message). */
  outcome: 'add' | 'link' | 'existing' | 'error';
  /** Swedish, for error (and existing) rows. */
  message: string | null;
}

// --- Recording a session (issue 3) --------------------------------------------------

export const SESSION_LOCATIONS = ['office', 'clientHome'] as const;
/** kontoret (planeringsmöte) or hemma hos brukaren (ordinärt boende). */
export type SessionLocation = (typeof SESSION_LOCATIONS)[number];

/** The fixed agenda (dagordning) of the routine, in order. */
export const AGENDA_ITEMS = ['followUp', 'dilemmas', 'complexCases', 'newRehabCases', 'responsibilities'] as const;
export type AgendaItem = (typeof AGENDA_ITEMS)[number];
export type AgendaNotes = Record<AgendaItem, string>;

/** One participant of a held session. Role and employment are kept as they were that day. */
export interface Attendee {
  id: number;
  /** Null for a one-off guest (e.g. a substitute from the staffing centre). */
  personId: number | null;
  name: string;
  role: StaffRole;
  employment: Employment;
}

export interface Guest {
  name: string;
  role: StaffRole;
}

/** What was recorded when the session was held (genomförd). */
export interface HeldRecord {
  week: IsoWeekKey;
  date: IsoDate;
  startTime: ClockTime;
  durationMinutes: number;
  location: SessionLocation;
  /** Ordförande: one or two AT/FT. */
  chairIds: number[];
}

/**
 * Who took part in the unit's latest held session before a given one: what "Samma som
 * förra tillfället" starts from. Members only (guests are one-offs), by person id.
 */
export interface PreviousAttendance {
  week: IsoWeekKey;
  date: IsoDate;
  attendeeIds: number[];
  chairIds: number[];
}

export type RoleCounts = Record<StaffRole, number>;

export interface ParticipantCounts {
  byRole: RoleCounts;
  total: number;
}

export const CASE_KINDS = ['complex', 'newRehab'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The documentation duties of the routine, per case. */
export const DOCUMENTATION_DUTIES = ['caseSystem', 'needsAssessor', 'implementationPlan', 'seniorAlert'] as const;
export type DocumentationDuty = (typeof DOCUMENTATION_DUTIES)[number];
export type DocumentationChecklist = Record<DocumentationDuty, { done: boolean; responsibleId: number | null }>;

/** A client case discussed in a session: only a pseudonymous reference, never a personnummer. */
export interface CaseDiscussed {
  id: number;
  reference: string;
  kind: CaseKind;
  /** Målsättning, for a new rehab case. */
  goal: string;
  /** Delmål, one per line. */
  subGoals: string[];
  notes: string;
  documentation: DocumentationChecklist;
}

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** "Ansvarig för åtgärder – vem gör vad?": agreed in one session, followed up in the next. */
export interface AgreedAction {
  id: number;
  unitId: number;
  /** The week of the session that agreed it. */
  agreedInWeek: IsoWeekKey;
  what: string;
  responsibleId: number;
  dueDate: IsoDate | null;
  status: ActionStatus;
  /** The week of the session that closed it, if any. */
  closedInWeek: IsoWeekKey | null;
}

/** Everything about one week's session, as the session view shows it. */
export interface SessionDetail {
  session: PlannedSession;
  /** Null until the session is marked held. */
  held: HeldRecord | null;
  attendees: Attendee[];
  counts: ParticipantCounts;
  agenda: AgendaNotes;
  cases: CaseDiscussed[];
  /** Actions agreed in this session. */
  actions: AgreedAction[];
  /** Open actions from earlier sessions (and those closed in this one): "Uppföljning från föregående vecka". */
  followUp: AgreedAction[];
}

// --- The monthly billing form (issue 4) ---------------------------------------------

/** A calendar month, YYYY-MM. */
export type YearMonth = string;

/** The roles the provider is paid for by default: its own staff, not the municipality's OT, PT and nurse. */
export const DEFAULT_BILLABLE_ROLES: readonly StaffRole[] = ['careStaff', 'unitManager', 'planner', 'rehabAssistant'];

export const RATE_KINDS = ['perParticipantHour', 'perParticipantSession'] as const;
/** kr per deltagartimme, or kr per deltagare och tillfälle. */
export type RateKind = (typeof RATE_KINDS)[number];

/** Money is whole öre (1 kr = 100 öre): no floating point ever touches an amount. */
export interface Rate {
  kind: RateKind;
  amountOre: number;
}

/** What the billing form needs beyond the unit itself; set per unit. */
export interface BillingSettings {
  unitId: number;
  /** Beställare, e.g. "Exempelby kommun". */
  municipality: string;
  /** The provider's organisationsnummer, NNNNNN-NNNN; empty until entered. */
  providerOrgNumber: string;
  /** Kostnadsställe or reference code, free text. */
  costCentre: string;
  managerPhone: string;
  billableRoles: StaffRole[];
  /** Null: the form has no amount column. */
  rate: Rate | null;
}

/** Installation-wide settings. */
export interface AppSettings {
  /** The form for a month is due on this day of the following month (default 4). */
  billingDeadlineDay: number;
}

/** One held session on the form. */
export interface BillingRow {
  week: IsoWeekKey;
  date: IsoDate;
  startTime: ClockTime;
  durationMinutes: number;
  byRole: RoleCounts;
  /** Participants in billable roles (guests by their role). */
  billable: number;
  /** billable x durationMinutes. */
  participantMinutes: number;
  /** Null when the unit has no rate. */
  amountOre: number | null;
}

export const UNBILLED_REASONS = ['teamMeetingWeek', 'cancelled', 'holiday', 'notRecorded', 'upcoming'] as const;
/** Why a week of the month has no billed session. */
export type UnbilledReason = (typeof UNBILLED_REASONS)[number];

export interface UnbilledWeek {
  week: IsoWeekKey;
  /** The day the session would have been (the rule's day, or the moved day). */
  date: IsoDate;
  reason: UnbilledReason;
  /** The cancellation reason or the holiday's name, if any. */
  detail: string | null;
}

export interface BillingTotals {
  sessions: number;
  billableParticipants: number;
  participantMinutes: number;
  amountOre: number | null;
}

/** A change between two versions of a month's form, for the "Rättelse" list. */
export interface BillingDifference {
  kind: 'sessionAdded' | 'sessionRemoved' | 'sessionChanged' | 'totalsChanged';
  week: IsoWeekKey | null;
  date: IsoDate | null;
  /** Billable participants before/after (for totalsChanged: the totals). */
  billableBefore: number | null;
  billableAfter: number | null;
  amountBeforeOre: number | null;
  amountAfterOre: number | null;
}

/** The debiteringsunderlag for one unit and month: no notes, no case data, no names. */
export interface BillingForm {
  unitId: number;
  month: YearMonth;
  /** 1 for the first form sent; each correction adds one. A draft carries the number it will get. */
  version: number;
  status: 'draft' | 'sent';
  /** When this version was marked sent (ISO timestamp), else null. */
  sentAt: string | null;
  /** The day the form was produced (YYYY-MM-DD): for a sent version, the day it was sent. */
  producedOn: IsoDate;
  header: {
    municipality: string;
    providerName: string;
    providerOrgNumber: string;
    unitName: string;
    costCentre: string;
    managerName: string;
    managerPhone: string;
  };
  billableRoles: StaffRole[];
  rate: Rate | null;
  rows: BillingRow[];
  unbilled: UnbilledWeek[];
  totals: BillingTotals;
  /** Set on a correction (version >= 2). */
  correction: { reason: string; previousVersion: number; differences: BillingDifference[] } | null;
}

/** Where a unit's month stands. open: never sent; sent: locked; reopened: a correction is under way. */
export type BillingMonthState = 'open' | 'sent' | 'reopened';

export interface BillingVersionInfo {
  version: number;
  sentAt: string;
  /** The reason the month was reopened before this version (null for version 1). */
  correctionReason: string | null;
}

export interface BillingMonthStatus {
  unitId: number;
  month: YearMonth;
  state: BillingMonthState;
  versions: BillingVersionInfo[];
  /** The deadline for this month's form: the deadline day of the following month. */
  deadline: IsoDate;
  /** Days from today to the deadline (negative when overdue). */
  daysLeft: number;
  /** The routine's start when it came after this month: nothing to bill, nothing overdue. */
  routineStartsAfter: IsoDate | null;
}

/** A month waiting to be sent, with the weeks of it that have passed with nothing recorded. */
export interface BillingReminder extends BillingMonthStatus {
  unrecordedWeeks: number;
}

/** One line of the month summary across all units, for the economist. */
export interface BillingSummaryRow {
  unitId: number;
  unitName: string;
  sessions: number;
  billableParticipants: number;
  participantMinutes: number;
  amountOre: number | null;
  sent: boolean;
  /** The routine's start when it came after this month: nothing to bill, nothing to send. */
  routineStartsAfter: IsoDate | null;
}

// --- Data safety (issue 5) ----------------------------------------------------------

export const BACKUP_KINDS = ['automatic', 'manual', 'beforeMigration', 'beforeRestore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** What a verified backup holds, read from the file itself, shown before a restore. */
export interface BackupContents {
  schemaVersion: number;
  units: number;
  heldSessions: number;
  latestSessionDate: IsoDate | null;
}

/** A verified backup file in the backup folder. Unverified files are never listed. */
export interface BackupInfo {
  fileName: string;
  kind: BackupKind;
  /** ISO timestamp (local time, no zone) when the backup was made. */
  createdAt: string;
  sizeBytes: number;
  contents: BackupContents;
}

export interface BackupOverview {
  folder: string;
  /** The default folder (inside the data folder) when no other is set. */
  isDefaultFolder: boolean;
  backups: BackupInfo[];
  /** The backup made just before the last restore, while that restore can be undone. */
  undoRestore: BackupInfo | null;
}

export const AUDIT_ACTIONS = ['created', 'changed', 'deleted', 'markedSent', 'corrected', 'printed', 'exported', 'backedUp', 'restored'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the append-only audit log: what happened to what (ids, never note text). */
export interface AuditEntry {
  id: number;
  /** ISO timestamp, local time. */
  at: string;
  action: AuditAction;
  /** The API method (or host event) that did it, e.g. "sessions.recordHeld". */
  method: string;
  /** What it concerned, as ids: e.g. "enhet 3, vecka 2026-W48". */
  subject: string;
}

/** A log line as the log view gets it: the subject also in words, from the records as they are now. */
export interface AuditLine extends AuditEntry {
  /** E.g. "Hemtjänst Norr, vecka 48 (2026-11-26)"; an id that no longer resolves keeps its stored words. */
  subjectText: string;
}

/**
 * The start-up check's verdict; 'damaged' shows the recovery screen. 'readOnly': the file or
 * its folder can no longer be written (a disk remounted read-only, permissions taken away),
 * so nothing could be saved; said at once rather than at the next Save.
 */
export interface DatabaseHealth {
  state: 'ok' | 'damaged' | 'readOnly';
  /** The database file's path, for IT. */
  file: string;
  /** Swedish explanation when damaged. */
  problem: string | null;
  /**
   * The newest verified backup, if any, to open instead. Checked for it when damaged; else the
   * newest one already checked in this run (the start never waits on backup files), or null.
   */
  newestBackup: BackupInfo | null;
}
