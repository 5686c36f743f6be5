import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { carryOver } from '../../shared/domain/attendance';
import type { Guest, Weekday } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// The outside tester's probes of issue 10 at the calendar's edges: ISO week 53, week 1 that
// starts in December, DST, the leap day, a holiday Thursday; the roster's dates at the
// session's own day; the week lock of a sent month; and hostile input. Each case runs on a
// real SQLite file through the backend's dispatch, as every host calls it.

let test: TestBackend;
let unitId: number;
afterEach(() => test.close());

/** A unit meeting on `weekday` at 14:00 from `validFrom`, with a physiotherapist to chair. */
async function unitMeeting(today: string, weekday: Weekday, validFrom: string) {
  test = await startTestBackend(today);
  unitId = (await test.call('units.create', NORR)).id;
  await test.call('slotRules.add', { unitId, weekday, startTime: '14:00', durationMinutes: 30, validFrom });
  const eva = await add('Eva Falk', validFrom, 'physiotherapist');
  return eva.id;
}

const add = (name: string, activeFrom: string, role: 'careStaff' | 'physiotherapist' = 'careStaff') =>
  test.call('staff.add', { unitId, name, role, employment: 'regular', activeFrom });

const held = (chairId: number, attendeeIds: number[], guests: Guest[] = []): NonNullable<MethodInput<'sessions.saveRecord'>['held']> => ({
  startTime: '14:00',
  durationMinutes: 30,
  location: 'office',
  chairIds: [chairId],
  attendeeIds: [chairId, ...attendeeIds],
  guests,
});

const AGENDA = { followUp: '', dilemmas: 'Nyckelhanteringen', complexCases: '', newRehabCases: '', responsibilities: '' };

const sessionOf = async (week: string) => (await test.call('sessions.get', { unitId, week })).session;

/**
 * Refused with this code (and this message, when given) next to this field, writing nothing.
 * No field: the refusal is about the whole form (a sent month's lock).
 */
async function expectRefused(method: string, input: unknown, code: string, field: string | null, message?: string) {
  const before = dumpDatabase(test.db);
  const result = await test.send(method, input);
  const text = message ?? expect.any(String);
  expect(result).toMatchObject({ ok: false, error: field === null ? { code, message: text } : { code, fields: { [field]: text } } });
  expect(dumpDatabase(test.db)).toBe(before);
}

const monthLocked = (month: string) => translate('error.billing.monthLocked', { month });

describe('ISO week 53 of 2026 (Thursday 31 December) and the week after it', () => {
  // Today is Wednesday 20 January 2027; Thursdays at 14:00 since November.
  const setUp = () => unitMeeting('2027-01-20', 4, '2026-11-01');

  it('week 53 has its session on New Year’s Eve and is the previous session of 2027’s week 1, a guest not carried', async () => {
    const evaId = await setUp();
    const anna = await add('Anna Lund', '2026-11-01');
    // Nyårsafton is a day off in the holiday list, but a unit that met anyway may record it.
    expect(await sessionOf('2026-W53')).toMatchObject({ date: '2026-12-31', isoYear: 2026, isoWeek: 53, status: 'holiday' });
    await test.call('sessions.saveRecord', {
      unitId,
      week: '2026-W53',
      held: held(evaId, [anna.id], [{ name: 'Gun Vik', role: 'careStaff' }]),
      agenda: AGENDA,
    });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W01' })).toEqual({
      week: '2026-W53',
      date: '2026-12-31',
      attendeeIds: [anna.id, evaId],
      chairIds: [evaId],
    });
  });

  it('a cancelled week 53 is passed over: week 1’s previous session is week 52', async () => {
    const evaId = await setUp();
    await test.call('sessions.saveRecord', { unitId, week: '2026-W52', held: held(evaId, []), agenda: null });
    await test.call('sessions.cancel', { unitId, week: '2026-W53', reason: 'Nyårsafton' });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W01' })).toMatchObject({ week: '2026-W52', date: '2026-12-24' });
  });

  it('2027 has no week 53: asking for it is a validation error and writes nothing', async () => {
    const evaId = await setUp();
    for (const [method, input] of [
      ['sessions.get', { unitId, week: '2027-W53' }],
      ['sessions.previousAttendance', { unitId, week: '2027-W53' }],
      ['sessions.saveRecord', { unitId, week: '2027-W53', held: held(evaId, []), agenda: AGENDA }],
    ] as const) {
      await expectRefused(method, input, 'VALIDATION', 'week', translate('validation.week'));
    }
  });

  it('December sent locks week 53 (31 December) and not week 1 (7 January)', async () => {
    const evaId = await setUp();
    await test.call('billing.markSent', { unitId, month: '2026-12' });
    expect(await sessionOf('2026-W53')).toMatchObject({ locked: true });
    expect(await sessionOf('2027-W01')).toMatchObject({ locked: false });
    await expectRefused(
      'sessions.saveRecord',
      { unitId, week: '2026-W53', held: held(evaId, []), agenda: AGENDA },
      'CONFLICT',
      null,
      monthLocked('december 2026'),
    );
    expect((await test.call('sessions.saveRecord', { unitId, week: '2027-W01', held: held(evaId, []), agenda: null })).session.status).toBe('held');
  });

  it('a rule change on New Year’s Day, the day after the last held session, keeps week 53 as held and moves week 1', async () => {
    const evaId = await setUp();
    await test.call('sessions.saveRecord', { unitId, week: '2026-W53', held: held(evaId, []), agenda: null });
    const mondays = { unitId, weekday: 1, startTime: '09:00', durationMinutes: 30 } as const;
    await expectRefused(
      'slotRules.add',
      { ...mondays, validFrom: '2026-12-31' },
      'CONFLICT',
      'validFrom',
      translate('error.ruleChangeBeforeEarliest', { date: '2027-01-01' }),
    );
    await test.call('slotRules.add', { ...mondays, validFrom: '2027-01-01' });
    expect(await sessionOf('2026-W53')).toMatchObject({ status: 'held', date: '2026-12-31', startTime: '14:00' });
    expect(await sessionOf('2027-W01')).toMatchObject({ status: 'planned', date: '2027-01-04', startTime: '09:00' });
    // Across the rule change and the year boundary, "Samma som förra tillfället" finds week 53.
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W01' })).toMatchObject({ week: '2026-W53' });
  });
});

describe('week 53 that ends in January (2026-W53 on a Sunday; 2032-W53)', () => {
  it('a Sunday session of 2026-W53 is dated 3 January 2027: December’s lock does not reach it', async () => {
    const evaId = await unitMeeting('2027-01-20', 7, '2026-11-01');
    await test.call('billing.markSent', { unitId, month: '2026-12' });
    expect(await sessionOf('2026-W53')).toMatchObject({ date: '2027-01-03', locked: false });
    expect((await test.call('sessions.saveRecord', { unitId, week: '2026-W53', held: held(evaId, []), agenda: AGENDA })).held?.date).toBe(
      '2027-01-03',
    );
  });

  it('2032 has a week 53: Friday 31 December 2032 is recorded, and is the previous session of 2033-W01', async () => {
    const evaId = await unitMeeting('2033-01-20', 5, '2032-12-01');
    expect(await sessionOf('2032-W53')).toMatchObject({ date: '2032-12-31', isoWeek: 53 });
    await test.call('sessions.saveRecord', { unitId, week: '2032-W53', held: held(evaId, []), agenda: null });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2033-W01' })).toMatchObject({ week: '2032-W53', date: '2032-12-31' });
    await expectRefused('sessions.get', { unitId, week: '2033-W53' }, 'VALIDATION', 'week');
  });
});

describe('week 1 of 2025, which starts on Monday 30 December 2024', () => {
  it('a Monday session of 2025-W01 belongs to December: December sent locks it, refused with nothing written', async () => {
    const evaId = await unitMeeting('2025-01-20', 1, '2024-11-01');
    expect(await sessionOf('2025-W01')).toMatchObject({ date: '2024-12-30', isoYear: 2025, isoWeek: 1 });
    await test.call('billing.markSent', { unitId, month: '2024-12' });
    expect(await sessionOf('2025-W01')).toMatchObject({ locked: true });
    await expectRefused(
      'sessions.saveRecord',
      { unitId, week: '2025-W01', held: held(evaId, []), agenda: null },
      'CONFLICT',
      null,
      monthLocked('december 2024'),
    );
  });

  it('a Thursday session of 2025-W01 (2 January) cannot be moved back onto 30 December once December is sent', async () => {
    await unitMeeting('2025-01-20', 4, '2024-11-01');
    await test.call('billing.markSent', { unitId, month: '2024-12' });
    expect(await sessionOf('2025-W01')).toMatchObject({ date: '2025-01-02', locked: false });
    await expectRefused(
      'sessions.move',
      { unitId, week: '2025-W01', date: '2024-12-30', startTime: '14:00' },
      'CONFLICT',
      'date',
      monthLocked('december 2024'),
    );
  });

  it('the agenda alone may still be written in a locked week (the form counts heads, not notes)', async () => {
    await unitMeeting('2025-01-20', 1, '2024-11-01');
    await test.call('billing.markSent', { unitId, month: '2024-12' });
    expect((await test.call('sessions.saveRecord', { unitId, week: '2025-W01', held: null, agenda: AGENDA })).agenda).toEqual(AGENDA);
  });

  it('a team meeting on 30 December skipped when January is sent is refused: week 1’s Thursday is in January', async () => {
    // Thursdays, and a team meeting on the last Monday of each month: 30 December 2024 empties 2025-W01 (2 January).
    await unitMeeting('2025-02-10', 4, '2024-11-01');
    const pattern = await test.call('teamMeetings.addPattern', {
      unitId,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: -1, weekday: 1 },
      validFrom: '2024-11-01',
    });
    expect(await sessionOf('2025-W01')).toMatchObject({ status: 'teamMeetingWeek', date: '2025-01-02' });
    await test.call('billing.markSent', { unitId, month: '2025-01' });
    await expectRefused(
      'teamMeetings.skipOccurrence',
      { unitId, id: pattern.id, date: '2024-12-30' },
      'CONFLICT',
      'date',
      monthLocked('januari 2025'),
    );
    await expectRefused(
      'teamMeetings.skipOccurrence',
      { unitId, id: pattern.id, date: '2025-01-27' },
      'CONFLICT',
      'date',
      monthLocked('januari 2025'),
    );
  });

  it('a skipped team meeting at the year boundary gives week 1 its session, and restoring it takes the session back', async () => {
    await unitMeeting('2025-02-10', 4, '2024-11-01');
    const pattern = await test.call('teamMeetings.addPattern', {
      unitId,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: -1, weekday: 1 },
      validFrom: '2024-11-01',
    });
    await test.call('teamMeetings.skipOccurrence', { unitId, id: pattern.id, date: '2024-12-30' });
    // Skipping twice is the same as once: one skipped day, not two.
    expect((await test.call('teamMeetings.skipOccurrence', { unitId, id: pattern.id, date: '2024-12-30' })).skippedDates).toEqual(['2024-12-30']);
    expect(await sessionOf('2025-W01')).toMatchObject({ status: 'planned', skippedTeamMeetings: [{ date: '2024-12-30' }] });
    await test.call('teamMeetings.restoreOccurrence', { unitId, id: pattern.id, date: '2024-12-30' });
    expect(await sessionOf('2025-W01')).toMatchObject({ status: 'teamMeetingWeek' });
  });
});

describe('the weeks of the clock changes (Europe/Stockholm)', () => {
  // The managers' own time zone, where those Sundays are 23 and 25 hours long (Node reads TZ anew when it is set).
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Stockholm';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  it('Sunday sessions on the DST days keep their date, week and order', async () => {
    const evaId = await unitMeeting('2027-11-10', 7, '2027-03-01');
    expect(await sessionOf('2027-W12')).toMatchObject({ date: '2027-03-28', weekday: 7 });
    expect(await sessionOf('2027-W43')).toMatchObject({ date: '2027-10-31', weekday: 7 });
    await test.call('sessions.saveRecord', { unitId, week: '2027-W12', held: held(evaId, []), agenda: null });
    await test.call('sessions.saveRecord', { unitId, week: '2027-W43', held: held(evaId, []), agenda: null });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W13' })).toMatchObject({ week: '2027-W12', date: '2027-03-28' });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W44' })).toMatchObject({ week: '2027-W43', date: '2027-10-31' });
  });
});

describe('the leap day: Tuesday 29 February 2028', () => {
  const setUp = () => unitMeeting('2028-03-15', 2, '2028-02-01');

  it('Aktiv till on the session’s day is included; Aktiv från the day after is not', async () => {
    const evaId = await setUp();
    const lo = await add('Lo Berg', '2028-02-01');
    await test.call('staff.setActivePeriod', { unitId, personId: lo.id, activeFrom: '2028-02-01', activeTo: '2028-02-29' });
    const mi = await add('Mi Dahl', '2028-03-01');
    expect(await sessionOf('2028-W09')).toMatchObject({ date: '2028-02-29' });
    await expectRefused(
      'sessions.saveRecord',
      { unitId, week: '2028-W09', held: held(evaId, [lo.id, mi.id]), agenda: AGENDA },
      'CONFLICT',
      'attendeeIds',
      translate('error.session.attendeeNotActiveOn', { name: 'Mi Dahl', date: '2028-02-29' }),
    );
    const detail = await test.call('sessions.saveRecord', { unitId, week: '2028-W09', held: held(evaId, [lo.id]), agenda: AGENDA });
    expect(detail.attendees.map((a) => a.personId)).toContain(lo.id);
  });

  it('a person who left on the leap day is not pre-ticked for the next week; the chair is', async () => {
    const evaId = await setUp();
    const lo = await add('Lo Berg', '2028-02-01');
    await test.call('sessions.saveRecord', { unitId, week: '2028-W09', held: held(evaId, [lo.id]), agenda: null });
    await test.call('staff.deactivate', { unitId, personId: lo.id, activeTo: '2028-02-29' });
    const previous = await test.call('sessions.previousAttendance', { unitId, week: '2028-W10' });
    expect(previous).toMatchObject({ week: '2028-W09', attendeeIds: expect.arrayContaining([lo.id, evaId]) });
    const roster = await test.call('staff.list', { unitId, includeInactive: true });
    expect(carryOver(previous!, roster, (await sessionOf('2028-W10')).date)).toEqual({
      attendeeIds: [evaId],
      chairIds: [evaId],
      noLongerActive: [lo.id],
    });
  });

  it('the dates of a person who attended cannot be edited to leave that session out', async () => {
    const evaId = await setUp();
    const lo = await add('Lo Berg', '2028-02-01');
    await test.call('sessions.saveRecord', { unitId, week: '2028-W09', held: held(evaId, [lo.id]), agenda: null });
    const period = (activeFrom: string, activeTo: string | null) => ({ unitId, personId: lo.id, activeFrom, activeTo });
    await expectRefused(
      'staff.setActivePeriod',
      period('2028-02-01', '2028-02-28'),
      'CONFLICT',
      'activeTo',
      translate('error.staff.endBeforeAttended', { name: 'Lo Berg', date: '2028-02-29' }),
    );
    await expectRefused(
      'staff.setActivePeriod',
      period('2028-03-01', null),
      'CONFLICT',
      'activeFrom',
      translate('error.staff.startAfterAttended', { name: 'Lo Berg', date: '2028-02-29' }),
    );
    expect(await test.call('staff.setActivePeriod', period('2028-02-29', '2028-02-29'))).toMatchObject({
      activeFrom: '2028-02-29',
      activeTo: '2028-02-29',
    });
  });

  it('marking a person who attended as left before that session is refused too (Avsluta is an edit of Aktiv till)', async () => {
    const evaId = await setUp();
    const lo = await add('Lo Berg', '2028-02-01');
    await test.call('sessions.saveRecord', { unitId, week: '2028-W09', held: held(evaId, [lo.id]), agenda: null });
    await expectRefused(
      'staff.deactivate',
      { unitId, personId: lo.id, activeTo: '2028-02-28' },
      'CONFLICT',
      'activeTo',
      translate('error.staff.endBeforeAttended', { name: 'Lo Berg', date: '2028-02-29' }),
    );
    expect(await test.call('staff.deactivate', { unitId, personId: lo.id, activeTo: '2028-02-29' })).toMatchObject({ activeTo: '2028-02-29' });
  });

  it('29 February of a common year is not a date anywhere', async () => {
    await setUp();
    const lo = await add('Lo Berg', '2028-02-01');
    await expectRefused('staff.setActivePeriod', { unitId, personId: lo.id, activeFrom: '2027-02-29', activeTo: null }, 'VALIDATION', 'activeFrom');
    await expectRefused('units.setRoutineStart', { unitId, routineStart: '2027-02-29' }, 'VALIDATION', 'routineStart');
  });
});

describe('Kristi himmelsfärdsdag on a Thursday (6 May 2027)', () => {
  it('the holiday week is offered a day before; unrecorded it is passed over by "Samma som förra tillfället"', async () => {
    const evaId = await unitMeeting('2027-05-20', 4, '2027-04-01');
    expect(await sessionOf('2027-W18')).toMatchObject({ date: '2027-05-06', status: 'holiday', suggestedDate: '2027-05-05' });
    await test.call('sessions.saveRecord', { unitId, week: '2027-W17', held: held(evaId, []), agenda: null });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W19' })).toMatchObject({ week: '2027-W17' });
    await test.call('sessions.move', { unitId, week: '2027-W18', date: '2027-05-05', startTime: '14:00' });
    await test.call('sessions.saveRecord', { unitId, week: '2027-W18', held: held(evaId, []), agenda: null });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W19' })).toMatchObject({ week: '2027-W18', date: '2027-05-05' });
  });
});

describe('previousAttendance around a team-meeting week and a rule change', () => {
  it('passes over a team-meeting week, and finds a session held under the rule before a change', async () => {
    // Today Wednesday 20 January 2027; Thursdays from November; a team meeting on Tuesday 12 January (week 2).
    const evaId = await unitMeeting('2027-01-20', 4, '2026-11-01');
    await test.call('teamMeetings.addDate', { unitId, date: '2027-01-12' });
    await test.call('sessions.saveRecord', { unitId, week: '2027-W01', held: held(evaId, []), agenda: null });
    await test.call('slotRules.add', { unitId, weekday: 3, startTime: '10:00', durationMinutes: 30, validFrom: '2027-01-08' });
    expect(await sessionOf('2027-W02')).toMatchObject({ status: 'teamMeetingWeek' });
    expect(await sessionOf('2027-W03')).toMatchObject({ date: '2027-01-20', startTime: '10:00' });
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2027-W03' })).toMatchObject({ week: '2027-W01', date: '2027-01-07' });
  });
});

describe('the one save refuses a wrong list whole, with a typed error and nothing written', () => {
  it('the same person twice, or a person who has left, writes neither attendance nor agenda', async () => {
    const evaId = await unitMeeting('2027-01-20', 4, '2026-11-01');
    const anna = await add('Anna Lund', '2026-11-01');
    const bo = await add('Bo Ek', '2026-11-01');
    await test.call('staff.deactivate', { unitId, personId: bo.id, activeTo: '2027-01-13' });
    await expectRefused(
      'sessions.saveRecord',
      { unitId, week: '2027-W02', held: held(evaId, [anna.id, anna.id]), agenda: AGENDA },
      'VALIDATION',
      'attendeeIds',
      translate('error.session.attendeeTwice', { name: 'Anna Lund' }),
    );
    await expectRefused(
      'sessions.saveRecord',
      { unitId, week: '2027-W02', held: held(evaId, [evaId]), agenda: AGENDA },
      'VALIDATION',
      'attendeeIds',
      translate('error.session.attendeeTwice', { name: 'Eva Falk' }),
    );
    // Bo's last day was Wednesday 13 January; week 2's session is Thursday the 14th.
    await expectRefused(
      'sessions.saveRecord',
      { unitId, week: '2027-W02', held: held(evaId, [bo.id]), agenda: AGENDA },
      'CONFLICT',
      'attendeeIds',
      translate('error.session.attendeeNotActiveOn', { name: 'Bo Ek', date: '2027-01-14' }),
    );
  });
});

describe('the roster’s start dates and sent months', () => {
  // Today Monday 7 December 2026; Thursdays since September; November sent.
  const setUp = async () => {
    await unitMeeting('2026-12-07', 4, '2026-09-01');
    await test.call('billing.markSent', { unitId, month: '2026-11' });
  };

  it('an import starts everyone on the date given', async () => {
    await setUp();
    const { added } = await test.call('staff.import', { unitId, text: 'Anna Lund; usk\nBo Ek; usk', activeFrom: '2026-12-01' });
    expect(added.map((m) => [m.name, m.activeFrom])).toEqual([
      ['Anna Lund', '2026-12-01'],
      ['Bo Ek', '2026-12-01'],
    ]);
  });

  // A start in a sent month would put the person on that month's roster after it was sent,
  // and could never be corrected afterwards (staff.setActivePeriod refuses any change there).
  it.each([
    ['an import', () => ({ method: 'staff.import', input: { unitId, text: 'Anna Lund; usk', activeFrom: '2026-09-01' } })],
    [
      'a new person',
      () => ({ method: 'staff.add', input: { unitId, name: 'Anna Lund', role: 'careStaff', employment: 'regular', activeFrom: '2026-11-30' } }),
    ],
  ])('%s starting in a sent month is refused next to the date, and nothing is written', async (_case, call) => {
    await setUp();
    const { method, input } = call();
    await expectRefused(method, input, 'CONFLICT', 'activeFrom', monthLocked('november 2026'));
  });

  it('a person from another unit added from a sent month is refused too', async () => {
    await setUp();
    const other = (await test.call('units.create', { ...NORR, name: 'Hemtjänst Väster' })).id;
    const cia = await test.call('staff.add', { unitId: other, name: 'Cia Holm', role: 'careStaff', employment: 'regular', activeFrom: '2026-09-01' });
    await expectRefused(
      'staff.addExisting',
      { unitId, personId: cia.id, activeFrom: '2026-11-02' },
      'CONFLICT',
      'activeFrom',
      monthLocked('november 2026'),
    );
    expect((await test.call('staff.addExisting', { unitId, personId: cia.id, activeFrom: '2026-12-01' })).activeFrom).toBe('2026-12-01');
  });

  it('Avsluta with a last day in a sent month is refused: it would take the person off that month’s roster', async () => {
    await setUp();
    const anna = await add('Anna Lund', '2026-12-01');
    await test.call('staff.setActivePeriod', { unitId, personId: anna.id, activeFrom: '2026-12-01', activeTo: null });
    const bo = (await test.call('staff.list', { unitId, includeInactive: false })).find((m) => m.name === 'Eva Falk')!;
    await expectRefused(
      'staff.deactivate',
      { unitId, personId: bo.id, activeTo: '2026-11-15' },
      'CONFLICT',
      'activeTo',
      monthLocked('november 2026'),
    );
    expect((await test.call('staff.deactivate', { unitId, personId: bo.id, activeTo: '2026-12-01' })).activeTo).toBe('2026-12-01');
  });
});

describe('hostile input is refused with a typed error and writes nothing', () => {
  const HUGE = 'x'.repeat(1_000_000);
  const BAD_DATES = [
    '2027-02-30',
    '0000-01-01',
    '9999-12-31',
    '2027-W53',
    '2027-1-01',
    ' 2027-01-01',
    '2027-01-01\n',
    '２０２７-01-01',
    '',
    20270101,
    null,
  ];
  const BAD_WEEKS = ['2027-W53', '2027-W00', '2027-w01', '2027-W1', '0000-W01', '9999-W01', '2026-W53 ', '2026-12-31', 202653, null];

  const base = async () => {
    const evaId = await unitMeeting('2027-01-20', 4, '2026-11-01');
    const pattern = await test.call('teamMeetings.addPattern', {
      unitId,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
      validFrom: '2026-11-01',
    });
    return { evaId, patternId: pattern.id };
  };

  /** A typed error: a known code and a Swedish message, never a raw catalog key or a stack. */
  async function expectTypedRefusal(method: string, input: unknown) {
    const before = dumpDatabase(test.db);
    const result = await test.send(method, input);
    expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
    if (result.ok) return;
    expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT']).toContain(result.error.code);
    expect(result.error.message).toMatch(/^[A-ZÅÄÖ]/);
    expect(result.error.message).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$|undefined|Error:/);
    expect(dumpDatabase(test.db)).toBe(before);
  }

  it('wrong dates to each date field of the issue’s methods', async () => {
    const { evaId, patternId } = await base();
    for (const date of BAD_DATES) {
      await expectTypedRefusal('units.setRoutineStart', { unitId, routineStart: date });
      await expectTypedRefusal('staff.setActivePeriod', { unitId, personId: evaId, activeFrom: date, activeTo: null });
      await expectTypedRefusal('staff.setActivePeriod', { unitId, personId: evaId, activeFrom: '2026-11-01', activeTo: date ?? 'null' });
      await expectTypedRefusal('staff.import', { unitId, text: 'Anna Lund; usk', activeFrom: date });
      await expectTypedRefusal('teamMeetings.skipOccurrence', { unitId, id: patternId, date });
      await expectTypedRefusal('teamMeetings.restoreOccurrence', { unitId, id: patternId, date });
      await expectTypedRefusal('slotRules.add', { unitId, weekday: 1, startTime: '09:00', durationMinutes: 30, validFrom: date });
    }
  });

  it('wrong weeks to the session methods', async () => {
    const { evaId } = await base();
    for (const week of BAD_WEEKS) {
      await expectTypedRefusal('sessions.previousAttendance', { unitId, week });
      await expectTypedRefusal('sessions.saveRecord', { unitId, week, held: held(evaId, []), agenda: AGENDA });
    }
  });

  it('wrong types, huge strings and extra keys to sessions.saveRecord', async () => {
    const { evaId } = await base();
    const week = '2027-W02';
    const ok = held(evaId, []);
    for (const input of [
      null,
      'sessions',
      [],
      { unitId, week },
      { unitId: String(unitId), week, held: ok, agenda: AGENDA },
      { unitId: 1.5, week, held: ok, agenda: AGENDA },
      { unitId: -1, week, held: ok, agenda: AGENDA },
      { unitId: 2 ** 60, week, held: ok, agenda: AGENDA },
      { unitId, week, held: { ...ok, attendeeIds: String(evaId) }, agenda: AGENDA },
      { unitId, week, held: { ...ok, attendeeIds: [evaId, NaN] }, agenda: AGENDA },
      { unitId, week, held: { ...ok, attendeeIds: Array.from({ length: 10_000 }, (_, i) => i + 1) }, agenda: AGENDA },
      { unitId, week, held: { ...ok, chairIds: [evaId, evaId] }, agenda: AGENDA },
      { unitId, week, held: { ...ok, startTime: '24:00' }, agenda: AGENDA },
      { unitId, week, held: { ...ok, durationMinutes: 1e9 }, agenda: AGENDA },
      { unitId, week, held: { ...ok, location: 'moon' }, agenda: AGENDA },
      { unitId, week, held: { ...ok, guests: [{ name: HUGE, role: 'careStaff' }] }, agenda: AGENDA },
      { unitId, week, held: { ...ok, guests: [{ name: 'Gun', role: 'admin' }] }, agenda: AGENDA },
      { unitId, week, held: ok, agenda: { ...AGENDA, dilemmas: HUGE } },
      { unitId, week, held: ok, agenda: { ...AGENDA, dilemmas: 'a\uD800b' } },
      { unitId, week, held: ok, agenda: { ...AGENDA, extra: 'x' } },
      { unitId, week, held: ok, agenda: AGENDA, extra: true },
      { unitId, week, held: { ...ok, __proto__: { isAdmin: true }, attendeeIds: 'x' }, agenda: AGENDA },
      { unitId: 9999, week, held: ok, agenda: AGENDA },
    ]) {
      await expectTypedRefusal('sessions.saveRecord', input);
    }
  });

  it('wrong ids and types to the roster and team-meeting methods', async () => {
    const { evaId, patternId } = await base();
    for (const [method, input] of [
      ['staff.setActivePeriod', { unitId, personId: 9999, activeFrom: '2026-11-01', activeTo: null }],
      ['staff.setActivePeriod', { unitId, personId: evaId, activeFrom: '2026-11-01' }],
      ['staff.setActivePeriod', { unitId, personId: `${evaId}`, activeFrom: '2026-11-01', activeTo: null }],
      ['staff.import', { unitId, text: HUGE, activeFrom: '2026-12-01' }],
      ['staff.import', { unitId, text: ['Anna Lund; usk'], activeFrom: '2026-12-01' }],
      ['teamMeetings.skipOccurrence', { unitId, id: patternId + 1, date: '2027-01-05' }],
      ['teamMeetings.skipOccurrence', { unitId: unitId + 1, id: patternId, date: '2027-01-05' }],
      ['teamMeetings.skipOccurrence', { unitId, id: patternId, date: '2027-01-06' }],
      ['sessions.previousAttendance', { unitId: 9999, week: '2027-W02' }],
      ['sessions.previousAttendance', { unitId, week: '2026-W40' }],
      ['units.setRoutineStart', { unitId: 9999, routineStart: '2026-11-01' }],
    ] as const) {
      await expectTypedRefusal(method, input);
    }
  });
});
