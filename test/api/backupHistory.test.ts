import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { dataFolder, fakeClock, startHosted, unit, type FakeClock, type HostedBackend } from './backupHarness';

// Sent billing versions, reopenings and audit lines are append-only history: a restore of an
// older backup brings back the older data, never an older history.

let data: ReturnType<typeof dataFolder>;
let clock: FakeClock;
let app: HostedBackend;
let norr: number;
beforeEach(async () => {
  data = dataFolder();
  clock = fakeClock();
  app = await startHosted(data.dir, clock);
  norr = await unitStartedInApril('Hemtjänst Norr');
});
afterEach(() => {
  app.backend.close();
  data.remove();
});

// Today is 14 May 2026: April is over, and the unit has no sessions ahead in it. Its routine
// started on 1 April (a month before the start has nothing to send).
async function unitStartedInApril(name: string): Promise<number> {
  const { id } = await app.call('units.create', unit(name));
  await app.call('units.setRoutineStart', { unitId: id, routineStart: '2026-04-01' });
  return id;
}
const april = (unitId = norr) => ({ unitId, month: '2026-04' });
const auditLines = async () => (await app.call('audit.list', { limit: 500, beforeId: null })).reverse();
const LOCKED = translate('error.billing.monthLocked', { month: 'april 2026' });

describe('a restore never unsends a month', () => {
  it('a month sent after the backup stays sent, printable and locked, and the log keeps every line', async () => {
    const backup = await app.call('backups.create', {});
    clock.advanceHours(1);
    const sent = await app.call('billing.markSent', april());
    const printed = await app.call('billing.version', { ...april(), version: 1 });
    const linesBefore = await auditLines();
    expect(linesBefore.map((line) => line.action)).toEqual(['created', 'changed', 'backedUp', 'markedSent']);

    await app.call('backups.restore', { fileName: backup.fileName });

    expect(await app.call('billing.status', april())).toMatchObject({ state: 'sent', versions: sent.versions });
    expect(await app.call('billing.version', { ...april(), version: 1 })).toEqual(printed);
    expect(await app.send('teamMeetings.addDate', { unitId: norr, date: '2026-04-20' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: LOCKED },
    });
    const linesAfter = await auditLines();
    expect(linesAfter.slice(0, -1)).toEqual(linesBefore);
    expect(linesAfter.at(-1)).toMatchObject({ action: 'restored', method: 'backups.restore' });
  });

  it('undoing that restore keeps the month sent and every line once, plus its own', async () => {
    const backup = await app.call('backups.create', {});
    clock.advanceHours(1);
    await app.call('billing.markSent', april());
    await app.call('backups.restore', { fileName: backup.fileName });
    const linesBeforeUndo = await auditLines();

    await app.call('backups.undoRestore', {});

    expect(await app.call('billing.status', april())).toMatchObject({ state: 'sent' });
    const lines = await auditLines();
    expect(lines.slice(0, -1)).toEqual(linesBeforeUndo);
    expect(lines.at(-1)).toMatchObject({ action: 'restored', method: 'backups.undoRestore' });
  });

  it('a reopening and a correction after the backup are kept, in order', async () => {
    await app.call('billing.markSent', april());
    const backup = await app.call('backups.create', {});
    clock.advanceHours(1);
    await app.call('billing.reopen', { ...april(), reason: 'Fel antal deltagare' });
    const corrected = await app.call('billing.markSent', april());
    await app.call('billing.reopen', { ...april(), reason: 'Fel igen' });

    await app.call('backups.restore', { fileName: backup.fileName });

    expect(await app.call('billing.status', april())).toMatchObject({ state: 'reopened', versions: corrected.versions });
    expect(corrected.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('a unit made after the backup and billed since is kept with its sent form', async () => {
    const backup = await app.call('backups.create', {});
    clock.advanceHours(1);
    const soder = await unitStartedInApril('Hemtjänst Söder');
    await app.call('billing.markSent', april(soder));
    const printed = await app.call('billing.version', { ...april(soder), version: 1 });

    await app.call('backups.restore', { fileName: backup.fileName });

    expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
    expect(await app.call('billing.version', { ...april(soder), version: 1 })).toEqual(printed);
    expect(await app.call('billing.status', april(soder))).toMatchObject({ state: 'sent' });
  });
});

describe('a restore whose history cannot be carried forward', () => {
  /**
   * After the backup Norr is renamed and a new unit takes its name and is billed: the
   * restored Norr and the carried unit would share a name, which is not allowed.
   */
  async function billANewUnitUnderTheOldName(): Promise<number> {
    clock.advanceHours(1);
    await app.call('units.update', { id: norr, ...unit('Hemtjänst Väster') });
    const newNorr = await unitStartedInApril('Hemtjänst Norr');
    await app.call('billing.markSent', april(newNorr));
    return newNorr;
  }

  async function restoreFailing(fileName: string) {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      return await app.send('backups.restore', { fileName });
    } finally {
      logged.mockRestore();
    }
  }

  it('is rolled back: the data before it is back, and no undo is offered', async () => {
    const backup = await app.call('backups.create', {});
    const newNorr = await billANewUnitUnderTheOldName();

    const result = await restoreFailing(backup.fileName);

    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: translate('error.restore.failed') } });
    expect((await app.call('units.list', {})).map((u) => u.name).sort()).toEqual(['Hemtjänst Norr', 'Hemtjänst Väster']);
    expect(await app.call('billing.status', april(newNorr))).toMatchObject({ state: 'sent' });
    expect(await app.call('health.get', {})).toMatchObject({ state: 'ok' });
    expect((await app.call('backups.list', {})).undoRestore).toBeNull();
  });

  it('leaves the undo of the previous restore in place', async () => {
    const backup = await app.call('backups.create', {});
    const { undoRestore } = await app.call('backups.restore', { fileName: backup.fileName });
    await billANewUnitUnderTheOldName();

    expect(await restoreFailing(backup.fileName)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    expect((await app.call('backups.list', {})).undoRestore).toEqual(undoRestore);
  });
});
