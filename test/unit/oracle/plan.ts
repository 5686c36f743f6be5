// The code of shared/domain/plan.ts before issue 11 (commit c75d77c), on date-fns and local Dates:
// the reference the integer-arithmetic rewrite is checked against. Not used by the app.
import type {
  ClockTime,
  Holiday,
  IsoDate,
  IsoWeekKey,
  PlannedSession,
  SessionOverride,
  SessionStatus,
  SlotRule,
  TeamMeetingDate,
  TeamMeetingPattern,
  YearMonth,
} from '../../../shared/domain/types';
import { dateInWeek, mondayOfWeek, parseWeekKey, weekKeyOf, weekdayOf, weeksBetween } from './calendar';
import { holidayOn, nearestWorkingDay } from './holidays';
import { ruleForWeek } from './slotRules';
import { teamMeetingsByWeek } from './teamMeetings';

export interface PlanInput {
  unitId: number;
  from: IsoDate;
  to: IsoDate;
  rules: SlotRule[];
  teamMeetingDates: TeamMeetingDate[];
  teamMeetingPatterns: TeamMeetingPattern[];
  overrides: SessionOverride[];
  /** Must cover the full ISO weeks of [from, to]. */
  holidays: Holiday[];
  /** The sessions recorded as held (genomförda) in the range. */
  held: HeldSessionSummary[];
  /** The months whose billing form is sent and not reopened: their sessions are locked. */
  sentMonths: YearMonth[];
}

/** What the plan shows of a held session: when it actually took place, and how many came. */
export interface HeldSessionSummary {
  week: IsoWeekKey;
  date: IsoDate;
  startTime: ClockTime;
  durationMinutes: number;
  participantCount: number;
}

/**
 * One session per ISO week that touches [from, to] and has a rule in force. Whole weeks
 * count: a team meeting on the Tuesday before `from` still empties that week.
 */
export function planSessions(input: PlanInput): PlannedSession[] {
  const weeks = weeksBetween(input.from, input.to);
  const lastWeek = weeks[weeks.length - 1];
  if (lastWeek === undefined) return [];
  const meetings = teamMeetingsByWeek(input.teamMeetingDates, input.teamMeetingPatterns, mondayOfWeek(weeks[0]!), dateInWeek(lastWeek, 7));
  const overrides = new Map(input.overrides.map((o) => [o.week, o]));
  const heldByWeek = new Map(input.held.map((h) => [h.week, h]));
  const sentMonths = new Set(input.sentMonths);

  return weeks.flatMap((week): PlannedSession[] => {
    const inForce = ruleForWeek(input.rules, week);
    if (!inForce) return [];
    const { rule, date: ruleDate } = inForce;
    const override = overrides.get(week);
    // A move back onto the rule's own day and time is no move at all.
    const moved = override?.moved && !(override.moved.date === ruleDate && override.moved.startTime === rule.startTime) ? override.moved : null;
    const cancelledReason = override?.cancelledReason ?? null;
    const teamMeetings = meetings.get(week) ?? [];
    const holiday = holidayOn(ruleDate, input.holidays);
    const held = heldByWeek.get(week);
    // What happened is never rewritten: a team meeting or a cancellation added later does
    // not hide a session that was held.
    const status: SessionStatus = held
      ? 'held'
      : teamMeetings.length > 0
        ? 'teamMeetingWeek'
        : cancelledReason !== null
          ? 'cancelled'
          : moved
            ? 'moved'
            : holiday
              ? 'holiday'
              : 'planned';
    const date = held?.date ?? moved?.date ?? ruleDate;
    const { isoYear, isoWeek } = parseWeekKey(week);
    return [
      {
        unitId: input.unitId,
        week,
        isoYear,
        isoWeek,
        date,
        weekday: weekdayOf(date),
        startTime: held?.startTime ?? moved?.startTime ?? rule.startTime,
        durationMinutes: held?.durationMinutes ?? rule.durationMinutes,
        status,
        ruleDate,
        ruleId: rule.id,
        holiday,
        suggestedDate: status === 'holiday' ? nearestWorkingDay(ruleDate, input.holidays) : null,
        cancelledReason,
        teamMeetings,
        skippedTeamMeetings: input.teamMeetingPatterns.flatMap((p) =>
          p.skippedDates.filter((skipped) => weekKeyOf(skipped) === week).map((skipped) => ({ date: skipped, id: p.id })),
        ),
        participantCount: held?.participantCount ?? null,
        // The month is the date's YYYY-MM, as billing's monthOf (which imports this module).
        locked: sentMonths.has(date.slice(0, 7)),
      },
    ];
  });
}
