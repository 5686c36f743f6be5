import { DomainError } from '../../shared/domain/errors';
import type {
  Holiday,
  SessionOverride,
  SlotRule,
  TeamMeetingDate,
  TeamMeetingPattern,
  TeamMeetingRecurrence,
  Weekday,
} from '../../shared/domain/types';
import { planSessions, type PlanInput } from '../../shared/domain/plan';
import { dateInWeek, mondayOfWeek } from '../../shared/domain/calendar';

export const UNIT = 1;

export function rule(id: number, weekday: Weekday, startTime: string, validFrom: string, durationMinutes = 30): SlotRule {
  return { id, unitId: UNIT, weekday, startTime, durationMinutes, validFrom };
}

/** The routine's example: Thursday 14:00, 30 minutes. */
export const thursdayAt14 = rule(1, 4, '14:00', '2026-01-01');

export function meetingOn(id: number, date: string): TeamMeetingDate {
  return { id, unitId: UNIT, date };
}

export function pattern(
  id: number,
  recurrence: TeamMeetingRecurrence,
  validFrom: string,
  validTo: string | null = null,
  skippedDates: string[] = [],
): TeamMeetingPattern {
  return { id, unitId: UNIT, recurrence, validFrom, validTo, skippedDates };
}

export function holiday(date: string, name: string): Holiday {
  return { date, name };
}

export const kristiHimmelsfardsdag2026 = holiday('2026-05-14', 'Kristi himmelsfärdsdag');

export function plan(from: string, to: string, parts: Partial<Omit<PlanInput, 'unitId' | 'from' | 'to'>> = {}) {
  return planSessions({
    unitId: UNIT,
    from,
    to,
    rules: [thursdayAt14],
    teamMeetingDates: [],
    teamMeetingPatterns: [],
    overrides: [],
    holidays: [],
    held: [],
    sentMonths: [],
    ...parts,
  });
}

/** The plan of a single ISO week (its Monday..Sunday), which must have a session. */
export function sessionOfWeek(week: string, parts: Parameters<typeof plan>[2] = {}) {
  const [session, ...rest] = plan(mondayOfWeek(week), dateInWeek(week, 7), parts);
  if (!session || rest.length > 0) throw new Error(`Expected one session in ${week}`);
  return session;
}

export function override(week: string, moved: SessionOverride['moved'], cancelledReason: string | null = null): SessionOverride {
  return { unitId: UNIT, week, moved, cancelledReason };
}

/** The DomainError a change throws; fails the test when it throws nothing or something else. */
export function refusal(change: () => unknown): DomainError {
  try {
    change();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('Expected the change to be refused');
}
