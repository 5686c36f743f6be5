import {
  DEFAULT_BILLABLE_ROLES,
  type BillingSettings,
  type BillingVersionInfo,
  type RateKind,
  type StaffRole,
  type YearMonth,
} from '../../../shared/domain/types';
import type { Db } from './db';

export interface SettingsRow {
  unitId: number;
  municipality: string;
  providerOrgNumber: string;
  costCentre: string;
  managerPhone: string;
  billableRoles: string;
  rateKind: RateKind | null;
  rateAmountOre: number | null;
}

export interface NewBillingVersion {
  unitId: number;
  month: YearMonth;
  version: number;
  sentAt: string;
  correctionReason: string | null;
  /** The form as sent, already JSON: stored and returned as this very text. */
  formJson: string;
}

/** Where each month of a unit stands: its last version sent and its last reopening, if any. */
export interface MonthRecord {
  month: YearMonth;
  lastVersion: number;
  lastReopenedAfter: number | null;
}

/** What a unit without saved billing settings uses. */
function defaultBillingSettings(unitId: number): BillingSettings {
  return {
    unitId,
    municipality: '',
    providerOrgNumber: '',
    costCentre: '',
    managerPhone: '',
    billableRoles: [...DEFAULT_BILLABLE_ROLES],
    rate: null,
  };
}

/** The unit's stored settings, or the defaults when it has none. */
export function toBillingSettings(unitId: number, row: SettingsRow | undefined): BillingSettings {
  if (!row) return defaultBillingSettings(unitId);
  const { billableRoles, rateKind, rateAmountOre, ...fields } = row;
  return {
    ...fields,
    billableRoles: JSON.parse(billableRoles) as StaffRole[],
    rate: rateKind !== null && rateAmountOre !== null ? { kind: rateKind, amountOre: rateAmountOre } : null,
  };
}

/** Billing settings per unit, and the versions of each month's form as they were sent. */
export function createBillingRepository(db: Db) {
  const selectSettings = db.prepare(
    `SELECT unit_id AS unitId, municipality, provider_org_number AS providerOrgNumber, cost_centre AS costCentre,
       manager_phone AS managerPhone, billable_roles AS billableRoles, rate_kind AS rateKind,
       rate_amount_ore AS rateAmountOre
     FROM billing_settings WHERE unit_id = ?`,
  );
  const upsertSettings = db.prepare(
    `INSERT INTO billing_settings (unit_id, municipality, provider_org_number, cost_centre, manager_phone,
       billable_roles, rate_kind, rate_amount_ore)
     VALUES (@unitId, @municipality, @providerOrgNumber, @costCentre, @managerPhone, @billableRoles, @rateKind, @rateAmountOre)
     ON CONFLICT (unit_id) DO UPDATE SET
       municipality = excluded.municipality, provider_org_number = excluded.provider_org_number,
       cost_centre = excluded.cost_centre, manager_phone = excluded.manager_phone,
       billable_roles = excluded.billable_roles, rate_kind = excluded.rate_kind,
       rate_amount_ore = excluded.rate_amount_ore, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const selectVersions = db.prepare(
    `SELECT version, sent_at AS sentAt, correction_reason AS correctionReason
     FROM billing_versions WHERE unit_id = ? AND month = ? ORDER BY version`,
  );
  const selectFormJson = db.prepare('SELECT form_json FROM billing_versions WHERE unit_id = ? AND month = ? AND version = ?').pluck();
  const insertVersion = db.prepare(
    `INSERT INTO billing_versions (unit_id, month, version, sent_at, correction_reason, form_json)
     VALUES (@unitId, @month, @version, @sentAt, @correctionReason, @formJson)`,
  );
  const selectLastReopening = db.prepare(
    `SELECT after_version AS afterVersion, reason FROM billing_reopenings
     WHERE unit_id = ? AND month = ? ORDER BY after_version DESC LIMIT 1`,
  );
  const insertReopening = db.prepare('INSERT INTO billing_reopenings (unit_id, month, after_version, reason) VALUES (?, ?, ?, ?)');
  const selectMonths = db.prepare(
    `SELECT v.month, max(v.version) AS lastVersion,
       (SELECT max(r.after_version) FROM billing_reopenings r WHERE r.unit_id = v.unit_id AND r.month = v.month)
         AS lastReopenedAfter
     FROM billing_versions v WHERE v.unit_id = ? GROUP BY v.month ORDER BY v.month`,
  );
  const selectMonthsIn = db.prepare(
    `SELECT v.month, max(v.version) AS lastVersion,
       (SELECT max(r.after_version) FROM billing_reopenings r WHERE r.unit_id = v.unit_id AND r.month = v.month)
         AS lastReopenedAfter
     FROM billing_versions v WHERE v.unit_id = ? AND v.month BETWEEN ? AND ? GROUP BY v.month ORDER BY v.month`,
  );

  return {
    settings(unitId: number): BillingSettings {
      return toBillingSettings(unitId, selectSettings.get(unitId) as SettingsRow | undefined);
    },
    saveSettings({ billableRoles, rate, ...fields }: BillingSettings): void {
      upsertSettings.run({
        ...fields,
        billableRoles: JSON.stringify(billableRoles),
        rateKind: rate?.kind ?? null,
        rateAmountOre: rate?.amountOre ?? null,
      });
    },
    /** Oldest first. */
    versions(unitId: number, month: YearMonth): BillingVersionInfo[] {
      return selectVersions.all(unitId, month) as BillingVersionInfo[];
    },
    /** The form exactly as it was stored when sent, or null. */
    versionJson(unitId: number, month: YearMonth, version: number): string | null {
      return (selectFormJson.get(unitId, month, version) as string | undefined) ?? null;
    },
    insertVersion(version: NewBillingVersion): void {
      insertVersion.run(version);
    },
    lastReopening(unitId: number, month: YearMonth): { afterVersion: number; reason: string } | null {
      return (selectLastReopening.get(unitId, month) as { afterVersion: number; reason: string } | undefined) ?? null;
    },
    insertReopening(unitId: number, month: YearMonth, afterVersion: number, reason: string): void {
      insertReopening.run(unitId, month, afterVersion, reason);
    },
    /** Every month of the unit that has been sent at least once, in order. */
    months(unitId: number): MonthRecord[] {
      return selectMonths.all(unitId) as MonthRecord[];
    },
    /** The months from `first` to `last` of months(): only their rows are read, however many years are stored. */
    monthsIn(unitId: number, first: YearMonth, last: YearMonth): MonthRecord[] {
      return selectMonthsIn.all(unitId, first, last) as MonthRecord[];
    },
  };
}

export type BillingRepository = ReturnType<typeof createBillingRepository>;
