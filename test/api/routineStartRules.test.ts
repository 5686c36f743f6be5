import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// Today is Saturday 10 April 2027. A unit's first slot rule sets the day its routine started;
// each test picks that day. A month before it has nothing to bill.
const TODAY = '2027-04-10';

let test: TestBackend;
let unitId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  unitId = (await test.call('units.create', NORR)).id;
});
afterEach(() => test.close());

const firstRule = (validFrom: string, weekday = 1) =>
  test.call('slotRules.add', { unitId, weekday: weekday as 1, startTime: '14:00', durationMinutes: 30, validFrom });
const send = (month: string) => test.send('billing.markSent', { unitId, month });
const setStart = (routineStart: string) => test.send('units.setRoutineStart', { unitId, routineStart });
const conflict = (message: string, field?: string) => ({
  ok: false,
  error: { code: 'CONFLICT', message, ...(field ? { fields: { [field]: message } } : {}) },
});

/** Thursdays from Tuesday 1 December: week 49's session moved to Monday 30 November, before the rule, and held. */
async function heldTheMondayBefore() {
  await firstRule('2026-12-01', 4);
  const eva = await test.call('staff.add', { unitId, name: 'Eva Falk', role: 'physiotherapist', employment: 'regular', activeFrom: '2026-11-01' });
  await test.call('sessions.move', { unitId, week: '2026-W49', date: '2026-11-30', startTime: '14:00' });
  await test.call('sessions.recordHeld', {
    unitId,
    week: '2026-W49',
    startTime: '14:00',
    durationMinutes: 30,
    location: 'office',
    chairIds: [eva.id],
    attendeeIds: [eva.id],
    guests: [],
  });
}

/** Refused with its message and nothing written. */
async function expectRefused(call: () => Promise<unknown>, expected: object) {
  const before = dumpDatabase(test.db);
  expect(await call()).toEqual(expected);
  expect(dumpDatabase(test.db)).toBe(before);
}

describe('a month before the routine started cannot be marked sent', () => {
  it.each([
    ['on the 1st', '2027-02-01', '2027-01', 'januari 2027', '2027-02'],
    ['mid-month', '2027-02-15', '2027-01', 'januari 2027', '2027-02'],
    ['on Sunday the 31st, the last day of its month', '2027-01-31', '2026-12', 'december 2026', '2027-01'],
    ['on Sunday the 1st, in the week of the month before', '2026-11-01', '2026-10', 'oktober 2026', '2026-11'],
  ])('a routine started %s (%s): the month before is refused, the month it started in is sent', async (_case, start, before, name, startMonth) => {
    await firstRule(start);
    expect(await test.call('billing.status', { unitId, month: before })).toMatchObject({ routineStartsAfter: start });
    await expectRefused(() => send(before), conflict(translate('error.billing.beforeRoutineStart', { date: start, month: name })));
    expect(await send(startMonth)).toMatchObject({ ok: true, value: { state: 'sent', routineStartsAfter: null } });
  });

  it('the message reads as the manager would say it', () => {
    expect(translate('error.billing.beforeRoutineStart', { date: '2027-02-01', month: 'januari 2027' })).toBe(
      'Rutinen startade 2027-02-01. Det finns inget att fakturera för januari 2027.',
    );
  });

  it('a month before the start with a session held in it is a normal month and is sent', async () => {
    await heldTheMondayBefore();
    expect(await test.call('billing.status', { unitId, month: '2026-11' })).toMatchObject({ routineStartsAfter: null });
    expect(await send('2026-11')).toMatchObject({ ok: true, value: { state: 'sent' } });
    expect(await send('2026-10')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('a slot rule may not start before the routine', () => {
  it('a later rule from before the start is refused, next to its date, with the way out', async () => {
    await firstRule('2027-02-01');
    const refused = translate('error.ruleBeforeRoutineStart', { date: '2027-02-01' });
    expect(refused).toContain('Inställningar');
    await expectRefused(
      () => test.send('slotRules.add', { unitId, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2027-01-27' }),
      conflict(refused, 'validFrom'),
    );
  });

  it('after the start is moved back in Inställningar the same rule is taken, and January becomes billable', async () => {
    await firstRule('2027-02-01');
    expect(await setStart('2027-01-04')).toEqual({ ok: true, value: '2027-01-04' });
    await test.call('slotRules.add', { unitId, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2027-01-04' });
    expect(await test.call('billing.status', { unitId, month: '2027-01' })).toMatchObject({ routineStartsAfter: null });
    expect(await send('2027-01')).toMatchObject({ ok: true });
  });

  it('a rule from the start day itself, or later, is taken', async () => {
    await firstRule('2027-02-15');
    await test.call('slotRules.add', { unitId, weekday: 2, startTime: '10:00', durationMinutes: 30, validFrom: '2027-02-15' });
    await test.call('slotRules.add', { unitId, weekday: 3, startTime: '10:00', durationMinutes: 30, validFrom: '2027-03-01' });
    expect(await test.call('units.routineStart', { unitId })).toBe('2027-02-15');
  });

  it('the first rule sets the start while nothing is recorded (the guide)', async () => {
    await firstRule('2027-02-15');
    expect(await test.call('units.routineStart', { unitId })).toBe('2027-02-15');
  });

  it('a first rule after a month already sent keeps the start in that month', async () => {
    await setStart('2026-10-01');
    await test.call('billing.markSent', { unitId, month: '2026-10' });
    await firstRule('2026-11-02');
    expect(await test.call('units.routineStart', { unitId })).toBe('2026-10-01');
  });
});

describe('the routine start may not move past what is recorded', () => {
  it('later than the first slot rule while nothing is held or sent: the rules move along (a start mistyped in the guide)', async () => {
    await firstRule('2027-01-04', 4);
    await test.call('slotRules.add', { unitId, weekday: 2, startTime: '10:00', durationMinutes: 45, validFrom: '2027-01-18' });
    await test.call('slotRules.add', { unitId, weekday: 3, startTime: '09:00', durationMinutes: 30, validFrom: '2027-03-01' });
    const before = await test.call('plan.get', { unitId, from: '2027-02-01', to: '2027-04-04' });
    expect(await setStart('2027-02-01')).toMatchObject({ ok: true });
    // The Tuesday rule in force on 1 February now starts there; the Thursday one before it is gone.
    expect((await test.call('slotRules.list', { unitId })).map(({ weekday, validFrom }) => [weekday, validFrom])).toEqual([
      [2, '2027-02-01'],
      [3, '2027-03-01'],
    ]);
    expect(await test.call('plan.get', { unitId, from: '2027-02-01', to: '2027-04-04' })).toEqual(before);
    expect(await test.call('plan.get', { unitId, from: '2027-01-04', to: '2027-01-31' })).toEqual([]);
    // A rule starting on the new start itself stays; the ones before it go.
    expect(await setStart('2027-03-01')).toMatchObject({ ok: true });
    expect((await test.call('slotRules.list', { unitId })).map(({ validFrom }) => validFrom)).toEqual(['2027-03-01']);
  });

  it('not after a session held, even one moved a day before the start; the start as saved can be saved again', async () => {
    await heldTheMondayBefore();
    await expectRefused(() => setStart('2026-12-02'), conflict(translate('error.routineStartAfterHeld', { date: '2026-11-30' }), 'routineStart'));
    expect(await setStart('2026-12-01')).toMatchObject({ ok: true });
    expect(await setStart('2026-11-30')).toMatchObject({ ok: true });
  });

  it('not after a month whose form was sent, though it may lie in that month', async () => {
    await setStart('2026-10-01');
    await test.call('billing.markSent', { unitId, month: '2026-10' });
    await test.call('billing.reopen', { unitId, month: '2026-10', reason: 'Fel månad' });
    const refused = translate('error.routineStartAfterSent', { month: 'oktober 2026' });
    await expectRefused(() => setStart('2026-11-01'), conflict(refused, 'routineStart'));
    expect(await setStart('2026-10-31')).toMatchObject({ ok: true });
  });

  it('earlier is always allowed', async () => {
    await firstRule('2027-02-01');
    expect(await setStart('2026-06-01')).toEqual({ ok: true, value: '2026-06-01' });
  });
});
