import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/api/result';
import { translate } from '../../shared/i18n/translate';
import { CASE_FIELDS, seedUnit, startTestBackend, type TestBackend } from '../api/testBackend';
import { dumpDatabase } from '../store/testDatabase';

// A full disk, played by PRAGMA max_page_count on the backend's own connection: SQLite
// answers SQLITE_FULL exactly as it would when the disk has no more room for the file.

let test: TestBackend;
beforeEach(async () => {
  test = await startTestBackend('2026-05-14');
  // The refused write is logged with its stack; the assertions below are what matters.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  test.close();
});

/** Leaves room for only a few more pages in the database file. */
function fillDisk(spare = 2): void {
  const pages = test.db.pragma('page_count', { simple: true }) as number;
  test.db.pragma(`max_page_count = ${pages + spare}`);
}

const unitCount = () => test.db.prepare('SELECT count(*) FROM units').pluck().get() as number;
const integrity = () => test.db.pragma('integrity_check', { simple: true });

/** Creates units until one is refused; the refusal, and the database just before it. */
async function createUnitsUntilRefused(): Promise<{ refusal: Result<unknown>; before: string; countBefore: number; created: number }> {
  for (let i = 0; i < 10_000; i++) {
    const before = dumpDatabase(test.db);
    const countBefore = unitCount();
    const refusal = await test.send('units.create', {
      name: `Hemtjänst ${i} ${'x'.repeat(60)}`,
      providerName: 'Omsorg AB',
      managerName: 'Anna Berg',
    });
    if (!refusal.ok) return { refusal, before, countBefore, created: i };
  }
  throw new Error('The disk never filled up');
}

describe('a full disk', () => {
  it('refuses the write with a typed Swedish error, rolls it back whole, and keeps the file sound', async () => {
    fillDisk();
    const { refusal, before, countBefore, created } = await createUnitsUntilRefused();
    expect(created).toBeGreaterThan(0);
    expect(refusal).toEqual({ ok: false, error: { code: 'DISK_FULL', message: translate('error.diskFull') } });
    expect(translate('error.diskFull')).toMatch(/^Disken är full\. Inget har sparats\. Frigör utrymme .*försök igen\.$/);
    expect(unitCount()).toBe(countBefore);
    // Not a row, not an audit line: the whole transaction is gone.
    expect(dumpDatabase(test.db)).toBe(before);
    expect(integrity()).toBe('ok');
  });

  it('a large change that does not fit is refused whole, and reads still answer', async () => {
    const { unit, records } = await seedUnit(test);
    fillDisk(1);
    const before = dumpDatabase(test.db);
    const big = { ...CASE_FIELDS, reference: 'Ärende K8', notes: 'Anteckning. '.repeat(330) };
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await test.send('cases.save', { unitId: unit.id, week: records.week, id: null, case: big }));
    const refused = results.find((result) => !result.ok);
    expect(refused).toEqual({ ok: false, error: { code: 'DISK_FULL', message: translate('error.diskFull') } });
    const saved = results.filter((result) => result.ok).length;
    const session = await test.call('sessions.get', { unitId: unit.id, week: records.week });
    // Exactly the saved ones are there, each whole; the refused ones left nothing behind.
    expect(session.cases.filter((item) => item.reference === 'Ärende K8')).toHaveLength(saved);
    for (const item of session.cases.filter((c) => c.reference === 'Ärende K8')) expect(item.notes).toBe(big.notes);
    if (saved === 0) expect(dumpDatabase(test.db)).toBe(before);
    expect(integrity()).toBe('ok');
  });

  it('once there is room again, the same write succeeds', async () => {
    fillDisk();
    const { countBefore } = await createUnitsUntilRefused();
    test.db.pragma('max_page_count = 1073741823');
    await expect(test.send('units.create', { name: 'Hemtjänst Efter', providerName: 'Omsorg AB', managerName: 'Anna Berg' })).resolves.toMatchObject({
      ok: true,
    });
    expect(unitCount()).toBe(countBefore + 1);
    expect(integrity()).toBe('ok');
  });
});
