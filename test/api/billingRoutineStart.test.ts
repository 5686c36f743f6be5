import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUnitRepository } from '../../electron/backend/store/units';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// Today is Saturday 10 April 2027: January to March are past, their forms due by the 4th of
// the month after. Hemtjänst Norr's slot rule (Mondays 14:00) reaches back to Monday 4
// January, so every month from January has weeks planned in it; the routine itself started
// later, on a day each test sets. A month before the routine's start has nothing to bill.
// Today such a start is refused after a held session or a sent month, and moved past the first
// rule it carries the rules along (routineStartRules.test.ts); a database from an older version
// may hold a start after its first rule, so it is written here straight to the store, and those
// months must still read right.
const TODAY = '2027-04-10';

let test: TestBackend;
let unitId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  unitId = (await test.call('units.create', NORR)).id;
  await test.call('slotRules.add', { unitId, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom: '2027-01-04' });
});
afterEach(() => test.close());

const startRoutine = (routineStart: string) => createUnitRepository(test.db).setRoutineStart(unitId, routineStart);
const remindedMonths = async () => (await test.call('billing.reminders', {})).map((reminder) => reminder.month);
const summaryOf = async (month: string) => (await test.call('billing.summary', { month })).find((row) => row.unitId === unitId);

describe.each(['2027-02-01', '2027-02-15'])('a routine that started %s', (routineStart) => {
  beforeEach(() => {
    startRoutine(routineStart);
  });

  it('January, the month before, is not overdue: its status says the routine had not started', async () => {
    expect(await test.call('billing.status', { unitId, month: '2027-01' })).toMatchObject({ state: 'open', routineStartsAfter: routineStart });
  });

  it('January is not reminded of; February, the month it started, and March are', async () => {
    expect(await remindedMonths()).toEqual(['2027-02', '2027-03']);
  });

  it('February, the month it started, and March are normal months, overdue as any', async () => {
    for (const month of ['2027-02', '2027-03']) {
      expect(await test.call('billing.status', { unitId, month })).toMatchObject({ state: 'open', routineStartsAfter: null });
    }
    expect(await test.call('billing.status', { unitId, month: '2027-02' })).toMatchObject({ daysLeft: -37 });
  });

  it("the summary shows January as before the routine's start, not as unsent; February and March as unsent", async () => {
    expect(await summaryOf('2027-01')).toMatchObject({ sessions: 0, sent: false, routineStartsAfter: routineStart });
    expect(await summaryOf('2027-02')).toMatchObject({ sent: false, routineStartsAfter: null });
    expect(await summaryOf('2027-03')).toMatchObject({ sent: false, routineStartsAfter: null });
  });
});

describe('a month before the start that holds something is a normal month', () => {
  it('a session held in January before a start on 1 February bills as usual and is reminded of', async () => {
    startRoutine('2027-02-01');
    const eva = await test.call('staff.add', { unitId, name: 'Eva Falk', role: 'physiotherapist', employment: 'regular', activeFrom: '2027-01-01' });
    await test.call('sessions.recordHeld', {
      unitId,
      week: '2027-W02',
      startTime: '14:00',
      durationMinutes: 30,
      location: 'office',
      chairIds: [eva.id],
      attendeeIds: [eva.id],
      guests: [],
    });
    expect(await test.call('billing.status', { unitId, month: '2027-01' })).toMatchObject({ routineStartsAfter: null });
    expect(await remindedMonths()).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(await summaryOf('2027-01')).toMatchObject({ sessions: 1, routineStartsAfter: null });
  });

  it('a January already sent stays sent, whatever start is set later', async () => {
    await test.call('billing.markSent', { unitId, month: '2027-01' });
    startRoutine('2027-02-01');
    expect(await test.call('billing.status', { unitId, month: '2027-01' })).toMatchObject({ state: 'sent', routineStartsAfter: null });
    expect(await summaryOf('2027-01')).toMatchObject({ sent: true, routineStartsAfter: null });
  });

  it('a January sent before the start was moved past it stays correctable: reopened and sent again as version 2', async () => {
    await test.call('billing.markSent', { unitId, month: '2027-01' });
    startRoutine('2027-02-01');
    await test.call('billing.reopen', { unitId, month: '2027-01', reason: 'Fel antal deltagare' });
    expect(await test.call('billing.status', { unitId, month: '2027-01' })).toMatchObject({ state: 'reopened', routineStartsAfter: null });
    const resent = await test.call('billing.markSent', { unitId, month: '2027-01' });
    expect(resent).toMatchObject({ state: 'sent', versions: [{ version: 1 }, { version: 2, correctionReason: 'Fel antal deltagare' }] });
  });
});

it('a unit whose first week is its start shows the month before as not started, not overdue', async () => {
  const syd = (await test.call('units.create', { ...NORR, name: 'Hemtjänst Syd' })).id;
  await test.call('units.setRoutineStart', { unitId: syd, routineStart: '2027-02-01' });
  await test.call('slotRules.add', { unitId: syd, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom: '2027-02-01' });
  expect(await test.call('billing.status', { unitId: syd, month: '2027-01' })).toMatchObject({ routineStartsAfter: '2027-02-01' });
  expect(await test.call('billing.status', { unitId: syd, month: '2026-12' })).toMatchObject({ routineStartsAfter: '2027-02-01' });
});
