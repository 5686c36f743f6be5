import type { HeldSessionSummary } from '../../../shared/domain/plan';
import type {
  BillingSettings,
  BillingVersionInfo,
  IsoDate,
  IsoWeekKey,
  SessionOverride,
  SlotRule,
  StaffRole,
  TeamMeetingDate,
  TeamMeetingPattern,
  YearMonth,
} from '../../../shared/domain/types';
import { toBillingSettings, type MonthRecord, type SettingsRow } from './billing';
import type { Db } from './db';
import { toOverride, type OverrideRow } from './sessionOverrides';
import { toPattern, type PatternRow } from './teamMeetings';

/** What the per-unit reads of one unit answer, for one month and its weeks. */
export interface UnitMonthData {
  rules: SlotRule[];
  teamMeetingDates: TeamMeetingDate[];
  teamMeetingPatterns: TeamMeetingPattern[];
  overrides: SessionOverride[];
  held: HeldSessionSummary[];
  roles: Map<IsoWeekKey, { role: StaffRole }[]>;
  months: MonthRecord[];
  settings: BillingSettings;
  versions: BillingVersionInfo[];
  versionJson: Map<number, string>;
  lastReopening: { afterVersion: number; reason: string } | null;
}

type WithUnit<T> = T & { unitId: number };

function byUnit<T extends { unitId: number }>(rows: T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.unitId);
    if (list) list.push(row);
    else grouped.set(row.unitId, [row]);
  }
  return grouped;
}

/**
 * The reads of one month for every unit at once, for the billing summary: one statement per
 * kind of row however many units there are (it ran 9 per unit). Each statement selects what
 * its per-unit counterpart in the repositories selects, in the same order within a unit, so
 * a unit's part is exactly that read's answer. Sessions, attendance and sent forms are
 * reached through their (unit, week), (session, person) and (unit, month) indexes, never
 * scanned: CROSS JOIN keeps SQLite from choosing another join order (units first, then each
 * unit's weeks or month).
 */
export function createEveryUnitReader(db: Db) {
  const rules = db.prepare(
    `SELECT id, unit_id AS unitId, weekday, start_time AS startTime, duration_minutes AS durationMinutes,
       valid_from AS validFrom
     FROM slot_rules ORDER BY unit_id, valid_from, id`,
  );
  const meetingDates = db.prepare('SELECT id, unit_id AS unitId, date FROM team_meeting_dates ORDER BY unit_id, date');
  const patterns = db.prepare(
    `SELECT id, unit_id AS unitId, kind, nth, interval_weeks AS intervalWeeks, weekday,
       valid_from AS validFrom, valid_to AS validTo
     FROM team_meeting_patterns ORDER BY unit_id, valid_from, id`,
  );
  const skips = db.prepare('SELECT pattern_id AS patternId, date FROM team_meeting_skips ORDER BY pattern_id, date');
  const overrides = db.prepare(
    `SELECT o.unit_id AS unitId, o.week, o.moved_date AS movedDate, o.moved_start_time AS movedStartTime,
       o.cancelled_reason AS cancelledReason
     FROM units u CROSS JOIN session_overrides o ON o.unit_id = u.id AND o.week BETWEEN ? AND ? ORDER BY o.unit_id, o.week`,
  );
  const held = db.prepare(
    `SELECT h.unit_id AS unitId, h.week, h.date, h.start_time AS startTime, h.duration_minutes AS durationMinutes
     FROM units u CROSS JOIN held_sessions h ON h.unit_id = u.id AND h.week BETWEEN ? AND ? ORDER BY h.unit_id, h.week`,
  );
  // Counted per session and role from the index: the form only counts roles, and a row per
  // attendee (about 2,000 a month at 50 units) cost more than all the other reads together.
  const roleCounts = db.prepare(
    `SELECT h.unit_id AS unitId, h.week, a.role, count(*) AS n
     FROM units u CROSS JOIN held_sessions h ON h.unit_id = u.id AND h.week BETWEEN ? AND ?
       CROSS JOIN attendance a ON a.held_session_id = h.id
     GROUP BY h.id, a.role`,
  );
  const months = db.prepare(
    `SELECT v.unit_id AS unitId, v.month, max(v.version) AS lastVersion,
       (SELECT max(r.after_version) FROM billing_reopenings r WHERE r.unit_id = v.unit_id AND r.month = v.month)
         AS lastReopenedAfter
     FROM units u CROSS JOIN billing_versions v ON v.unit_id = u.id AND v.month BETWEEN ? AND ?
     GROUP BY v.unit_id, v.month ORDER BY v.unit_id, v.month`,
  );
  const settings = db.prepare(
    `SELECT unit_id AS unitId, municipality, provider_org_number AS providerOrgNumber, cost_centre AS costCentre,
       manager_phone AS managerPhone, billable_roles AS billableRoles, rate_kind AS rateKind,
       rate_amount_ore AS rateAmountOre
     FROM billing_settings`,
  );
  const versions = db.prepare(
    `SELECT v.unit_id AS unitId, v.version, v.sent_at AS sentAt, v.correction_reason AS correctionReason, v.form_json AS formJson
     FROM units u CROSS JOIN billing_versions v ON v.unit_id = u.id AND v.month = ? ORDER BY v.unit_id, v.version`,
  );
  const reopenings = db.prepare(
    `SELECT r.unit_id AS unitId, r.after_version AS afterVersion, r.reason
     FROM units u CROSS JOIN billing_reopenings r ON r.unit_id = u.id AND r.month = ? ORDER BY r.unit_id, r.after_version DESC`,
  );

  return {
    /**
     * Every unit's data for `month`, whose plan covers the ISO weeks [fromWeek, toWeek]. Of
     * the sent months only those the weeks' days fall in, [firstMonth, lastMonth], are read:
     * the plan asks only whether its own days are locked, and a unit's years of sent
     * months were most of the summary's time.
     */
    month(
      month: YearMonth,
      fromWeek: IsoWeekKey,
      toWeek: IsoWeekKey,
      firstMonth: YearMonth,
      lastMonth: YearMonth,
    ): (unitId: number) => UnitMonthData {
      const skipsByPattern = new Map<number, IsoDate[]>();
      for (const { patternId, date } of skips.all() as { patternId: number; date: IsoDate }[]) {
        const list = skipsByPattern.get(patternId);
        if (list) list.push(date);
        else skipsByPattern.set(patternId, [date]);
      }
      // One { role } per attendee, as participantRolesBetween answers; the form only counts them.
      const rolesByUnit = new Map<number, Map<IsoWeekKey, { role: StaffRole }[]>>();
      const roleRows = roleCounts.all(fromWeek, toWeek) as WithUnit<{ week: IsoWeekKey; role: StaffRole; n: number }>[];
      for (const { unitId, week, role, n } of roleRows) {
        let byWeek = rolesByUnit.get(unitId);
        if (!byWeek) rolesByUnit.set(unitId, (byWeek = new Map<IsoWeekKey, { role: StaffRole }[]>()));
        let list = byWeek.get(week);
        if (!list) byWeek.set(week, (list = []));
        for (let i = 0; i < n; i++) list.push({ role });
      }
      // A held session is the only one of its unit's week: its participants are its week's.
      const participantCount = (unitId: number, week: IsoWeekKey) => rolesByUnit.get(unitId)?.get(week)?.length ?? 0;
      const settingsByUnit = new Map((settings.all() as SettingsRow[]).map((row) => [row.unitId, row]));
      const lastReopenings = new Map<number, { afterVersion: number; reason: string }>();
      for (const { unitId, ...reopening } of reopenings.all(month) as WithUnit<{ afterVersion: number; reason: string }>[]) {
        if (!lastReopenings.has(unitId)) lastReopenings.set(unitId, reopening);
      }
      const grouped = {
        rules: byUnit(rules.all() as SlotRule[]),
        meetingDates: byUnit(meetingDates.all() as TeamMeetingDate[]),
        patterns: byUnit(patterns.all() as PatternRow[]),
        overrides: byUnit(overrides.all(fromWeek, toWeek) as OverrideRow[]),
        held: byUnit(held.all(fromWeek, toWeek) as WithUnit<Omit<HeldSessionSummary, 'participantCount'>>[]),
        months: byUnit(months.all(firstMonth, lastMonth) as WithUnit<MonthRecord>[]),
        versions: byUnit(versions.all(month) as WithUnit<BillingVersionInfo & { formJson: string }>[]),
      };
      return (unitId) => {
        const versionRows = grouped.versions.get(unitId) ?? [];
        return {
          rules: grouped.rules.get(unitId) ?? [],
          teamMeetingDates: grouped.meetingDates.get(unitId) ?? [],
          teamMeetingPatterns: (grouped.patterns.get(unitId) ?? []).map((row) => toPattern(row, skipsByPattern.get(row.id) ?? [])),
          overrides: (grouped.overrides.get(unitId) ?? []).map(toOverride),
          held: (grouped.held.get(unitId) ?? []).map(({ unitId: _unitId, ...summary }) => ({
            ...summary,
            participantCount: participantCount(unitId, summary.week),
          })),
          roles: rolesByUnit.get(unitId) ?? new Map<IsoWeekKey, { role: StaffRole }[]>(),
          months: (grouped.months.get(unitId) ?? []).map(({ unitId: _unitId, ...record }) => record),
          settings: toBillingSettings(unitId, settingsByUnit.get(unitId)),
          versions: versionRows.map(({ version, sentAt, correctionReason }) => ({ version, sentAt, correctionReason })),
          versionJson: new Map(versionRows.map(({ version, formJson }) => [version, formJson])),
          lastReopening: lastReopenings.get(unitId) ?? null,
        };
      };
    },
  };
}
