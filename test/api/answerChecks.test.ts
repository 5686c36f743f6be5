import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { createBackend, type Backend } from '../../electron/backend/api/createBackend';
import type { Db } from '../../electron/backend/store/db';
import { dumpDatabase, openTestDatabase, tempFolder, type TempFolder } from '../store/testDatabase';
import { BILLING_SETTINGS, NORR } from './testBackend';

// Saves are checked against the contract before their commit, always. The answers of
// read-only calls are checked where answers are tested (the test backends and the end-to-end
// server ask for it) and go out unchecked otherwise, so a check there must never change an answer.

const opened: { backend: Backend; folder: TempFolder }[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const { backend, folder } of opened.splice(0)) {
    backend.close();
    folder.remove();
  }
});

interface Subject {
  db: Db;
  unitId: number;
  send: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Result<unknown>>;
}

/** A unit with a Thursday rule whose stored start time ('1400') the contract does not allow. */
async function unitWithBrokenRule(checkEveryAnswer?: boolean): Promise<Subject> {
  const folder = tempFolder();
  const db = await openTestDatabase(folder);
  const backend = createBackend({
    db,
    today: () => '2026-05-20',
    version: '9.9.9-test',
    ...(checkEveryAnswer === undefined ? {} : { checkEveryAnswer }),
  });
  opened.push({ backend, folder });
  const send = <M extends MethodName>(method: M, input: MethodInput<M>) => backend.dispatch(method, input);
  const unit = (await send('units.create', NORR)) as { ok: true; value: { id: number } };
  const unitId = unit.value.id;
  await send('slotRules.add', { unitId, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-01-01' });
  await send('billing.settings.save', { unitId, ...BILLING_SETTINGS });
  breakStored(db, "UPDATE slot_rules SET start_time = '1400'");
  return { db, unitId, send };
}

/** Writes what the schema's own checks would refuse: data the contract must catch on the way out. */
function breakStored(db: Db, sql: string) {
  db.pragma('ignore_check_constraints = ON');
  db.exec(sql);
  db.pragma('ignore_check_constraints = OFF');
}

const PLAN = { from: '2026-05-04', to: '2026-05-10' };

describe('answers checked against the contract', () => {
  it('asked to, the backend checks every answer, reads included', async () => {
    const { unitId, send } = await unitWithBrokenRule(true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await send('plan.get', { unitId, ...PLAN })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it.each([
    ['by default', undefined],
    ['when told not to', false],
  ])('%s a read-only answer goes out unchecked, as the store has it (whatever NODE_ENV says)', async (_, checkEveryAnswer) => {
    expect(process.env.NODE_ENV).toBe('test');
    const { unitId, send } = await unitWithBrokenRule(checkEveryAnswer);
    const result = await send('plan.get', { unitId, ...PLAN });
    expect(result).toMatchObject({ ok: true, value: [{ week: '2026-W19', startTime: '1400' }] });
  });

  it('elsewhere a save is still checked before its commit, and nothing is written', async () => {
    const { db, unitId, send } = await unitWithBrokenRule(false);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = dumpDatabase(db);
    const result = await send('sessions.cancel', { unitId, week: '2026-W19', reason: 'Sjukdom' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(dumpDatabase(db)).toBe(before);
  });

  it('a check that would change a read answer is a contract failure, so skipping it never changes one', async () => {
    const { db, unitId, send } = await unitWithBrokenRule(true);
    // The contract trims this field: checked, the stored spaces would silently disappear.
    breakStored(db, "UPDATE billing_settings SET provider_org_number = ' 556677-8899 '");
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await send('billing.settings.get', { unitId })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
