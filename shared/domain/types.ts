// The domain's vocabulary. Dates are calendar dates in the unit's local time, written
// YYYY-MM-DD; weeks are ISO-8601 weeks written "2026-W48". Keeping both as strings
// means no time zone ever shifts a meeting to another day.

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

export const SESSION_STATUSES = ['planned', 'moved', 'cancelled', 'teamMeetingWeek', 'holiday'] as const;
/** planerad, flyttad, inställd, teamträffsvecka, helgdag. */
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
}
