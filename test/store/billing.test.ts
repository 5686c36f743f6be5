import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BILLABLE_ROLES, type BillingSettings } from '../../shared/domain/types';
import type { NewBillingVersion } from '../../electron/backend/store/billing';
import type { Db } from '../../electron/backend/store/db';
import { createStore, type Store } from '../../electron/backend/store/store';
import { dumpDatabase, openTestDatabase, openTestStore, removeTestDatabase, sqliteError, type TempFolder } from './testDatabase';

let folder: TempFolder;
let db: Db;
let store: Store;
let unitId: number;
beforeEach(async () => {
  ({ folder, db, store } = await openTestStore());
  unitId = store.units.insert({ name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg' }).id;
});
afterEach(() => removeTestDatabase(db, folder));

const SETTINGS: BillingSettings = {
  unitId: 0,
  municipality: 'Exempelby kommun',
  providerOrgNumber: '556677-8899',
  costCentre: 'KS 4410',
  managerPhone: '0123-456 78',
  billableRoles: ['careStaff', 'nurse'],
  rate: { kind: 'perParticipantHour', amountOre: 33300 },
};

/** A stored version's JSON: a few keys in an odd order and spacing, to prove nothing re-serialises it. */
function version(n: number, parts: Partial<NewBillingVersion> = {}): NewBillingVersion {
  return {
    unitId,
    month: '2026-11',
    version: n,
    sentAt: `2026-12-0${n + 1}T09:15:00`,
    correctionReason: n === 1 ? null : 'Fel antal deltagare',
    formJson: `{"unitId":${unitId},"month":"2026-11","version":${n},"note":"å ä ö", "rows":[]}`,
    ...parts,
  };
}

describe('billing settings', () => {
  it('a unit without saved settings gets the defaults: own staff billable, no rate', () => {
    expect(store.billing.settings(unitId)).toEqual({
      unitId,
      municipality: '',
      providerOrgNumber: '',
      costCentre: '',
      managerPhone: '',
      billableRoles: [...DEFAULT_BILLABLE_ROLES],
      rate: null,
    });
  });

  it('saves and reads back, survives a restart, and saving again replaces', async () => {
    store.billing.saveSettings({ ...SETTINGS, unitId });
    db.close();
    db = await openTestDatabase(folder);
    store = createStore(db);
    expect(store.billing.settings(unitId)).toEqual({ ...SETTINGS, unitId });

    store.billing.saveSettings({ ...SETTINGS, unitId, rate: null, billableRoles: ['planner'] });
    expect(store.billing.settings(unitId)).toMatchObject({ rate: null, billableRoles: ['planner'] });
    expect(db.prepare('SELECT count(*) FROM billing_settings').pluck().get()).toBe(1);
  });

  it.each([
    ['no billable role', { billable_roles: '[]' }],
    ['roles that are not a list', { billable_roles: '"careStaff"' }],
    ['a rate kind without an amount', { rate_kind: 'perParticipantHour', rate_amount_ore: null }],
    ['a zero rate', { rate_kind: 'perParticipantHour', rate_amount_ore: 0 }],
    ['an unknown rate kind', { rate_kind: 'perHour', rate_amount_ore: 100 }],
    ['an org number without the dash', { provider_org_number: '5566778899' }],
  ])('the table refuses %s', (_case, columns) => {
    const row = {
      unit_id: unitId,
      municipality: '',
      provider_org_number: '',
      cost_centre: '',
      manager_phone: '',
      billable_roles: '["careStaff"]',
      rate_kind: null,
      rate_amount_ore: null,
      ...columns,
    };
    const insert = db.prepare(
      `INSERT INTO billing_settings (unit_id, municipality, provider_org_number, cost_centre, manager_phone, billable_roles, rate_kind, rate_amount_ore)
       VALUES (@unit_id, @municipality, @provider_org_number, @cost_centre, @manager_phone, @billable_roles, @rate_kind, @rate_amount_ore)`,
    );
    expect(sqliteError(() => insert.run(row))).toMatch(/SQLITE_CONSTRAINT_CHECK/);
  });
});

describe('sent versions', () => {
  it('are kept in order with when they were sent and why they were corrected', () => {
    store.billing.insertVersion(version(1));
    store.billing.insertReopening(unitId, '2026-11', 1, 'Fel antal deltagare');
    store.billing.insertVersion(version(2));
    expect(store.billing.versions(unitId, '2026-11')).toEqual([
      { version: 1, sentAt: '2026-12-02T09:15:00', correctionReason: null },
      { version: 2, sentAt: '2026-12-03T09:15:00', correctionReason: 'Fel antal deltagare' },
    ]);
    expect(store.billing.versions(unitId, '2026-10')).toEqual([]);
  });

  it('give back the stored JSON text byte for byte', () => {
    store.billing.insertVersion(version(1));
    expect(store.billing.versionJson(unitId, '2026-11', 1)).toBe(version(1).formJson);
    expect(store.billing.versionJson(unitId, '2026-11', 2)).toBeNull();
  });

  it('are never rewritten or removed', () => {
    store.billing.insertVersion(version(1));
    const before = dumpDatabase(db);
    expect(sqliteError(() => db.prepare("UPDATE billing_versions SET form_json = '{}'").run())).toMatch(/never rewritten/);
    expect(sqliteError(() => db.prepare('DELETE FROM billing_versions').run())).toMatch(/never removed/);
    expect(sqliteError(() => store.billing.insertVersion(version(1)))).toMatch(/never rewritten/);
    expect(
      sqliteError(() =>
        db
          .prepare(
            `INSERT OR REPLACE INTO billing_versions (unit_id, month, version, sent_at, correction_reason, form_json)
             SELECT unit_id, month, version, sent_at, correction_reason, form_json FROM billing_versions`,
          )
          .run(),
      ),
    ).toMatch(/never rewritten/);
    expect(dumpDatabase(db)).toBe(before);
  });

  it.each([
    ['JSON that is not an object', { formJson: '[1, 2]' }],
    ['text that is not JSON', { formJson: '{"unitId":' }],
    ['a snapshot of another version', { formJson: '{"unitId":1,"month":"2026-11","version":2}' }],
    ['a snapshot of another month', { formJson: '{"unitId":1,"month":"2026-10","version":1}' }],
    ['a first version with a correction reason', { correctionReason: 'Rättelse' }],
    ['a month that is not YYYY-MM', { month: 'nov 2026' }],
  ])('the table refuses %s', (_case, parts) => {
    expect(sqliteError(() => store.billing.insertVersion(version(1, parts)))).toMatch(/SQLITE_CONSTRAINT/);
  });

  it('a correction after version 1 must give its reason', () => {
    expect(sqliteError(() => store.billing.insertVersion(version(2, { correctionReason: null })))).toMatch(/SQLITE_CONSTRAINT_CHECK/);
  });
});

describe('reopening a month', () => {
  it('only a version that was sent can be reopened, once', () => {
    expect(sqliteError(() => store.billing.insertReopening(unitId, '2026-11', 1, 'Rättelse'))).toMatch(/SQLITE_CONSTRAINT_FOREIGNKEY/);
    store.billing.insertVersion(version(1));
    store.billing.insertReopening(unitId, '2026-11', 1, 'Rättelse');
    expect(sqliteError(() => store.billing.insertReopening(unitId, '2026-11', 1, 'Igen'))).toMatch(/SQLITE_CONSTRAINT_PRIMARYKEY/);
  });

  it('the last reopening and every sent month are known', () => {
    expect(store.billing.lastReopening(unitId, '2026-11')).toBeNull();
    store.billing.insertVersion(version(1));
    store.billing.insertVersion(version(1, { month: '2026-10', formJson: `{"unitId":${unitId},"month":"2026-10","version":1}` }));
    store.billing.insertReopening(unitId, '2026-11', 1, 'Rättelse');
    expect(store.billing.lastReopening(unitId, '2026-11')).toEqual({ afterVersion: 1, reason: 'Rättelse' });
    expect(store.billing.months(unitId)).toEqual([
      { month: '2026-10', lastVersion: 1, lastReopenedAfter: null },
      { month: '2026-11', lastVersion: 1, lastReopenedAfter: 1 },
    ]);
  });

  it("the months of a range are read as every sent month's record, those months only", () => {
    const sent = (month: string, n = 1) =>
      store.billing.insertVersion(version(n, { month, formJson: `{"unitId":${unitId},"month":"${month}","version":${n}}` }));
    for (const month of ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']) sent(month);
    store.billing.insertReopening(unitId, '2026-02', 1, 'Rättelse');
    sent('2026-03', 2);
    expect(store.billing.monthsIn(unitId, '2026-01', '2026-03')).toEqual([
      { month: '2026-01', lastVersion: 1, lastReopenedAfter: null },
      { month: '2026-02', lastVersion: 1, lastReopenedAfter: 1 },
      { month: '2026-03', lastVersion: 2, lastReopenedAfter: null },
    ]);
    expect(store.billing.monthsIn(unitId, '2026-01', '2026-03')).toEqual(
      store.billing.months(unitId).filter(({ month }) => month >= '2026-01' && month <= '2026-03'),
    );
  });
});

describe('what billing reads of the held sessions', () => {
  it('the role each participant had that day, per week, guests included', () => {
    const anna = store.people.insert({ name: 'Anna Lund', role: 'careStaff', employment: 'regular' });
    const record = { date: '2026-11-05', startTime: '14:00', durationMinutes: 30, location: 'office' as const };
    store.heldSessions.save(unitId, { week: '2026-W45', ...record }, [
      { personId: anna.id, name: anna.name, role: 'careStaff', employment: 'regular', isChair: false },
      { personId: null, name: 'Gun Vik', role: 'nurse', employment: 'substitute', isChair: false },
    ]);
    store.heldSessions.save(unitId, { week: '2026-W50', ...record, date: '2026-12-10' }, [
      { personId: anna.id, name: anna.name, role: 'careStaff', employment: 'regular', isChair: false },
    ]);
    // A later role change does not reach the snapshot.
    store.people.update({ ...anna, role: 'planner' });

    const roles = store.heldSessions.participantRolesBetween(unitId, '2026-W44', '2026-W49');
    expect([...roles.keys()]).toEqual(['2026-W45']);
    expect(
      roles
        .get('2026-W45')
        ?.map((p) => p.role)
        .sort(),
    ).toEqual(['careStaff', 'nurse']);
  });
});
