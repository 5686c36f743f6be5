import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// A manager who sets up mid-month: today is Monday 7 December 2026. The routine meets on
// Thursdays: 3 December (week 49) has passed, 10 December (week 50) is ahead.
const TODAY = '2026-12-07';

let test: TestBackend;
let unitId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  unitId = (await test.call('units.create', NORR)).id;
  chairId = null;
});
afterEach(() => test.close());

const thursdays = (validFrom: string) => test.call('slotRules.add', { unitId, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom });
const mondays = (validFrom: string): MethodInput<'slotRules.add'> => ({ unitId, weekday: 1, startTime: '09:00', durationMinutes: 30, validFrom });
const add = (name: string, activeFrom: string) => test.call('staff.add', { unitId, name, role: 'careStaff', employment: 'regular', activeFrom });
/** Recorded held with these attendees and a physiotherapist in the chair (added the first time). */
let chairId: number | null = null;
async function heldInput(week: string, attendeeIds: number[]): Promise<MethodInput<'sessions.recordHeld'>> {
  chairId ??= (await test.call('staff.add', { unitId, name: 'Eva Falk', role: 'physiotherapist', employment: 'regular', activeFrom: '2026-11-01' }))
    .id;
  return {
    unitId,
    week,
    startTime: '14:00',
    durationMinutes: 30,
    location: 'office',
    chairIds: [chairId],
    attendeeIds: [chairId, ...attendeeIds],
    guests: [],
  };
}
const heldWith = async (week: string, attendeeIds: number[]) => test.call('sessions.recordHeld', await heldInput(week, attendeeIds));
const period = (personId: number, activeFrom: string, activeTo: string | null) => ({ unitId, personId, activeFrom, activeTo });

/** Refused with this code and message next to this field, writing nothing. */
async function expectRefused(method: string, input: unknown, code: string, field: string, message: string) {
  const before = dumpDatabase(test.db);
  const result = await test.send(method, input);
  expect(result).toEqual({ ok: false, error: { code, message, fields: { [field]: message } } });
  expect(dumpDatabase(test.db)).toBe(before);
}

/** November (Thursdays from 1 November) sent: its last session, 26 November, has passed. */
async function sendNovember() {
  await thursdays('2026-11-01');
  await test.call('billing.markSent', { unitId, month: '2026-11' });
}

describe('the routine start of a unit set up mid-month', () => {
  it('is the first day of the current month until the first slot rule says otherwise', async () => {
    expect(await test.call('units.routineStart', { unitId })).toBe('2026-12-01');
  });

  it('is the first slot rule’s start, and a later rule does not move it', async () => {
    await thursdays('2026-11-16');
    await test.call('slotRules.add', mondays('2026-12-14'));
    expect(await test.call('units.routineStart', { unitId })).toBe('2026-11-16');
  });

  it('can be corrected in the unit’s settings', async () => {
    await test.call('units.setRoutineStart', { unitId, routineStart: '2026-10-05' });
    expect(await test.call('units.routineStart', { unitId })).toBe('2026-10-05');
  });

  it('lets the month’s earlier weeks be recorded with a roster that starts on it', async () => {
    await thursdays('2026-12-01');
    const anna = await add('Anna Lund', '2026-12-01');
    const detail = await heldWith('2026-W49', [anna.id]);
    expect(detail.held?.date).toBe('2026-12-03');
    expect(detail.attendees.map((a) => a.personId)).toContain(anna.id);
  });
});

describe('a slot-rule change starts on any day no held or sent week is on', () => {
  it('may start before today in a unit with nothing held or sent', async () => {
    await thursdays('2026-12-01');
    expect((await test.call('slotRules.add', mondays('2026-12-02'))).validFrom).toBe('2026-12-02');
  });

  it('is refused on the day of the last held session, naming the day after it', async () => {
    await thursdays('2026-12-01');
    await heldWith('2026-W49', []);
    await expectRefused(
      'slotRules.add',
      mondays('2026-12-03'),
      'CONFLICT',
      'validFrom',
      translate('error.ruleChangeBeforeEarliest', { date: '2026-12-04' }),
    );
  });

  it('may start exactly the day after the last held session', async () => {
    await thursdays('2026-12-01');
    await heldWith('2026-W49', []);
    expect((await test.call('slotRules.add', mondays('2026-12-04'))).validFrom).toBe('2026-12-04');
  });

  it('is refused on a sent month’s last day and allowed from the next day', async () => {
    await sendNovember();
    await expectRefused(
      'slotRules.add',
      mondays('2026-11-30'),
      'CONFLICT',
      'validFrom',
      translate('error.ruleChangeBeforeEarliest', { date: '2026-12-01' }),
    );
    expect((await test.call('slotRules.add', mondays('2026-12-01'))).validFrom).toBe('2026-12-01');
  });
});

describe('a person’s active period is corrected, keeping history true', () => {
  beforeEach(async () => {
    await thursdays('2026-12-01');
  });

  it('an earlier Aktiv från lets the person be ticked in an earlier week', async () => {
    const anna = await add('Anna Lund', '2026-12-07');
    expect(await test.send('sessions.recordHeld', await heldInput('2026-W49', [anna.id]))).toMatchObject({
      ok: false,
      error: { fields: { attendeeIds: expect.any(String) } },
    });
    expect(await test.call('staff.setActivePeriod', period(anna.id, '2026-12-01', null))).toMatchObject({ activeFrom: '2026-12-01', activeTo: null });
    expect((await heldWith('2026-W49', [anna.id])).attendees).toHaveLength(2);
  });

  it('Aktiv från may be the day of the first session attended, not after it', async () => {
    const anna = await add('Anna Lund', '2026-12-01');
    await heldWith('2026-W49', [anna.id]);
    await expectRefused(
      'staff.setActivePeriod',
      period(anna.id, '2026-12-04', null),
      'CONFLICT',
      'activeFrom',
      translate('error.staff.startAfterAttended', { name: 'Anna Lund', date: '2026-12-03' }),
    );
    expect((await test.call('staff.setActivePeriod', period(anna.id, '2026-12-03', null))).activeFrom).toBe('2026-12-03');
  });

  it('Aktiv till may be the day of the last session attended, not before it, and may equal Aktiv från', async () => {
    const anna = await add('Anna Lund', '2026-12-01');
    await heldWith('2026-W49', [anna.id]);
    await expectRefused(
      'staff.setActivePeriod',
      period(anna.id, '2026-12-01', '2026-12-02'),
      'CONFLICT',
      'activeTo',
      translate('error.staff.endBeforeAttended', { name: 'Anna Lund', date: '2026-12-03' }),
    );
    expect(await test.call('staff.setActivePeriod', period(anna.id, '2026-12-03', '2026-12-03'))).toMatchObject({
      activeFrom: '2026-12-03',
      activeTo: '2026-12-03',
    });
  });

  it('Aktiv till before Aktiv från is refused', async () => {
    const anna = await add('Anna Lund', '2026-12-01');
    await expectRefused(
      'staff.setActivePeriod',
      period(anna.id, '2026-12-05', '2026-12-04'),
      'VALIDATION',
      'activeTo',
      translate('error.staff.periodEndBeforeStart', { activeFrom: '2026-12-05' }),
    );
  });

  it('a re-added person is still refused as a duplicate: the edit is the way', async () => {
    const anna = await add('Anna Lund', '2026-12-07');
    await expectRefused(
      'staff.addExisting',
      { unitId, personId: anna.id, activeFrom: '2026-12-01' },
      'CONFLICT',
      'personId',
      translate('error.staff.alreadyInUnit', { name: 'Anna Lund' }),
    );
  });
});

describe('a person’s active period does not change a sent month', () => {
  beforeEach(sendNovember);

  it('Aktiv från moved onto the sent month’s last day is refused', async () => {
    const anna = await add('Anna Lund', '2026-12-01');
    await expectRefused(
      'staff.setActivePeriod',
      period(anna.id, '2026-11-30', null),
      'CONFLICT',
      'activeFrom',
      translate('error.billing.monthLocked', { month: 'november 2026' }),
    );
  });

  it('Aktiv till moved back into the sent month is refused, moved forward out of it is not', async () => {
    // Bo left on November's last day, entered before the month was sent (Avsluta into a sent
    // month is refused like the edit below): reopened for the leave, then sent again.
    await test.call('billing.reopen', { unitId, month: '2026-11', reason: 'Bo Ek slutade' });
    const bo = await add('Bo Ek', '2026-11-01');
    await test.call('staff.deactivate', { unitId, personId: bo.id, activeTo: '2026-11-30' });
    await test.call('billing.markSent', { unitId, month: '2026-11' });
    await expectRefused(
      'staff.setActivePeriod',
      period(bo.id, '2026-11-01', '2026-11-29'),
      'CONFLICT',
      'activeTo',
      translate('error.billing.monthLocked', { month: 'november 2026' }),
    );
    expect((await test.call('staff.setActivePeriod', period(bo.id, '2026-11-01', '2026-12-10'))).activeTo).toBe('2026-12-10');
  });
});

describe('the "Aktiv från" offered for someone new', () => {
  it('is the routine start while nothing is sent, and the day after the last sent month once one is', async () => {
    await thursdays('2026-10-15');
    expect(await test.call('staff.newMemberStart', { unitId })).toBe('2026-10-15');
    await test.call('billing.markSent', { unitId, month: '2026-10' });
    expect(await test.call('staff.newMemberStart', { unitId })).toBe('2026-11-01');
    await test.call('billing.markSent', { unitId, month: '2026-11' });
    expect(await test.call('staff.newMemberStart', { unitId })).toBe('2026-12-01');
    // Offered, it is taken: the refusal of a start in a sent month never meets the default.
    const added = await add('Anna Lund', await test.call('staff.newMemberStart', { unitId }));
    expect(added.activeFrom).toBe('2026-12-01');
  });

  it('goes back when the last sent month is reopened for a correction', async () => {
    await sendNovember();
    expect(await test.call('staff.newMemberStart', { unitId })).toBe('2026-12-01');
    await test.call('billing.reopen', { unitId, month: '2026-11', reason: 'Rättning' });
    expect(await test.call('staff.newMemberStart', { unitId })).toBe('2026-11-01');
  });
});

describe('who is not active in a week, and why', () => {
  it('names those who start later and those who left lately, not those long gone', async () => {
    await thursdays('2026-06-01');
    const anna = await add('Anna Lund', '2026-06-01');
    const dan = await add('Dan Ek', '2027-01-04');
    const bo = await add('Bo Ek', '2026-06-01');
    await test.call('staff.deactivate', { unitId, personId: bo.id, activeTo: '2026-11-20' });
    const gun = await add('Gun Vik', '2026-06-01');
    await test.call('staff.deactivate', { unitId, personId: gun.id, activeTo: '2026-08-01' });

    const missing = await test.call('staff.notActiveInWeek', { unitId, week: '2026-W49' });
    expect(missing).toEqual([
      { personId: bo.id, name: 'Bo Ek', reason: 'left', date: '2026-11-20' },
      { personId: dan.id, name: 'Dan Ek', reason: 'notStarted', date: '2027-01-04' },
    ]);
    expect(missing.map((m) => m.personId)).not.toContain(anna.id);
  });
});
