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
    `SELECT h.unit_id AS unitId, h.week, h.date, h.start_time AS startTime, h.duration_minutes AS durationMinutes,
       (SELECT count(*) FROM attendance a WHERE a.held_session_id = h.id) AS participantCount
     FROM units u CROSS JOIN held_sessions h ON h.unit_id = u.id AND h.week BETWEEN ? AND ? ORDER BY h.unit_id, h.week`,
  );
  const roles = db.prepare(
    `SELECT h.unit_id AS unitId, h.week, a.role
     FROM units u CROSS JOIN held_sessions h ON h.unit_id = u.id AND h.week BETWEEN ? AND ?
       CROSS JOIN attendance a ON a.held_session_id = h.id`,
  );
  const months = db.prepare(
    `SELECT v.unit_id AS unitId, v.month, max(v.version) AS lastVersion,
       (SELECT max(r.after_version) FROM billing_reopenings r WHERE r.unit_id = v.unit_id AND r.month = v.month)
         AS lastReopenedAfter
     FROM units u CROSS JOIN billing_versions v ON v.unit_id = u.id GROUP BY v.unit_id, v.month ORDER BY v.unit_id, v.month`,
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
    /** Every unit's data for `month`, whose plan covers the ISO weeks [fromWeek, toWeek]. */
    month(month: YearMonth, fromWeek: IsoWeekKey, toWeek: IsoWeekKey): (unitId: number) => UnitMonthData {
      const skipsByPattern = new Map<number, IsoDate[]>();
      for (const { patternId, date } of skips.all() as { patternId: number; date: IsoDate }[]) {
        skipsByPattern.set(patternId, [...(skipsByPattern.get(patternId) ?? []), date]);
      }
      const rolesByUnit = new Map<number, Map<IsoWeekKey, { role: StaffRole }[]>>();
      for (const { unitId, week, role } of roles.all(fromWeek, toWeek) as WithUnit<{ week: IsoWeekKey; role: StaffRole }>[]) {
        const byWeek = rolesByUnit.get(unitId) ?? new Map<IsoWeekKey, { role: StaffRole }[]>();
        rolesByUnit.set(unitId, byWeek.set(week, [...(byWeek.get(week) ?? []), { role }]));
      }
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
        held: byUnit(held.all(fromWeek, toWeek) as WithUnit<HeldSessionSummary>[]),
        months: byUnit(months.all() as WithUnit<MonthRecord>[]),
        versions: byUnit(versions.all(month) as WithUnit<BillingVersionInfo & { formJson: string }>[]),
      };
      return (unitId) => {
        const versionRows = grouped.versions.get(unitId) ?? [];
        return {
          rules: grouped.rules.get(unitId) ?? [],
          teamMeetingDates: grouped.meetingDates.get(unitId) ?? [],
          teamMeetingPatterns: (grouped.patterns.get(unitId) ?? []).map((row) => toPattern(row, skipsByPattern.get(row.id) ?? [])),
          overrides: (grouped.overrides.get(unitId) ?? []).map(toOverride),
          held: (grouped.held.get(unitId) ?? []).map(({ unitId: _unitId, ...summary }) => summary),
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
