import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { BillingForm, StaffRole } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { createBackend } from '../../electron/backend/api/createBackend';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, roleCounts, startTestBackend, type TestBackend } from './testBackend';

// Today is Wednesday 2 December 2026. Hemtjänst Norr meets on Mondays at 14:00 from
// September. In November: week 45 (2 Nov) held; week 46 a team-meeting week (teamträff
// Wednesday 11 Nov); week 47 cancelled; week 48 moved to Tuesday 24 Nov and held for 45
// minutes; week 49's Monday 30 Nov moved to Tuesday 1 December and held there, so it
// belongs to December. The rate is 249,75 kr per participant-hour.
const TODAY = '2026-12-02';
/** The backend's clock: a time of day the computer's clock is not showing (its date is not used). */
const NOW = () => new Date(2031, 0, 2, 9, 5, 7);
const LOCKED = () => translate('error.billing.monthLocked', { month: 'november 2026' });

let test: TestBackend;
let unitId: number;
let staff: Record<'anna' | 'bo' | 'eva' | 'siv' | 'ulla', number>;
let meetingId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY, NOW);
  const unit = await test.call('units.create', NORR);
  unitId = unit.id;
  await test.call('slotRules.add', { unitId, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom: '2026-09-01' });
  await test.call('billing.settings.save', { unitId, ...BILLING_SETTINGS });
  const add = async (name: string, role: StaffRole) =>
    (await test.call('staff.add', { unitId, name, role, employment: 'regular', activeFrom: '2026-01-01' })).id;
  staff = {
    anna: await add('Anna Lund', 'careStaff'),
    bo: await add('Bo Ek', 'careStaff'),
    eva: await add('Eva Falk', 'physiotherapist'),
    siv: await add('Siv Ek', 'nurse'),
    ulla: await add('Ulla Ström', 'planner'),
  };
  const { anna, bo, eva, siv, ulla } = staff;
  await test.call('sessions.recordHeld', held('2026-W45', [anna, bo, eva, siv, ulla], { guests: [{ name: 'Gun Vik', role: 'careStaff' }] }));
  meetingId = (await test.call('teamMeetings.addDate', { unitId, date: '2026-11-11' })).id;
  await test.call('sessions.cancel', { unitId, week: '2026-W47', reason: 'Personalbrist' });
  await test.call('sessions.move', { unitId, week: '2026-W48', date: '2026-11-24', startTime: '13:00' });
  await test.call('sessions.recordHeld', held('2026-W48', [anna, eva, ulla], { startTime: '13:00', durationMinutes: 45 }));
  await test.call('sessions.move', { unitId, week: '2026-W49', date: '2026-12-01', startTime: '10:00' });
  await test.call('sessions.recordHeld', held('2026-W49', [anna, bo, eva], { startTime: '10:00' }));
});
afterEach(() => test.close());

const BILLING_SETTINGS = {
  municipality: 'Exempelby kommun',
  providerOrgNumber: '556677-8899',
  costCentre: 'KS 4410',
  managerPhone: '0123-456 78',
  billableRoles: ['careStaff', 'unitManager', 'planner', 'rehabAssistant'],
  rate: { kind: 'perParticipantHour', amountOre: 24975 },
} satisfies Omit<MethodInput<'billing.settings.save'>, 'unitId'>;

function held(week: string, attendeeIds: number[], parts: Partial<MethodInput<'sessions.recordHeld'>> = {}): MethodInput<'sessions.recordHeld'> {
  return { unitId, week, startTime: '14:00', durationMinutes: 30, location: 'office', chairIds: [staff.eva], attendeeIds, guests: [], ...parts };
}

const november = () => ({ unitId, month: '2026-11' });

/** The same database seen on another day (the backend is not closed: it shares the connection). */
function on(today: string) {
  const backend = createBackend({ db: test.db, today: () => today, version: '9.9.9-test', checkEveryAnswer: true });
  return async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
}

/** Any call on another day, answered with the raw Result. */
const sendOn = (today: string, method: MethodName, input: unknown) =>
  createBackend({ db: test.db, today: () => today, version: '9.9.9-test', checkEveryAnswer: true }).dispatch(method, input);

const storedJson = (month: string, version: number) =>
  test.db
    .prepare('SELECT form_json FROM billing_versions WHERE unit_id = ? AND month = ? AND version = ?')
    .pluck()
    .get(unitId, month, version) as string;

describe('the form of a month', () => {
  it('November as a draft: the held sessions by date, the weeks not billed, the totals', async () => {
    const form = await test.call('billing.form', november());
    expect(form).toEqual({
      unitId,
      month: '2026-11',
      version: 1,
      status: 'draft',
      sentAt: null,
      producedOn: TODAY,
      header: {
        municipality: 'Exempelby kommun',
        providerName: NORR.providerName,
        providerOrgNumber: '556677-8899',
        unitName: NORR.name,
        costCentre: 'KS 4410',
        managerName: NORR.managerName,
        managerPhone: '0123-456 78',
      },
      billableRoles: ['careStaff', 'unitManager', 'planner', 'rehabAssistant'],
      rate: { kind: 'perParticipantHour', amountOre: 24975 },
      rows: [
        // Anna, Bo, Ulla and the guest; not Eva (PT, chair) nor Siv (nurse). 4 x 30 min.
        {
          week: '2026-W45',
          date: '2026-11-02',
          startTime: '14:00',
          durationMinutes: 30,
          byRole: roleCounts({ careStaff: 3, physiotherapist: 1, nurse: 1, planner: 1 }),
          billable: 4,
          participantMinutes: 120,
          amountOre: 49950,
        },
        // Anna and Ulla, 45 min: 2 x 45 x 249,75 / 60 = 374,625 kr -> 374,63.
        {
          week: '2026-W48',
          date: '2026-11-24',
          startTime: '13:00',
          durationMinutes: 45,
          byRole: roleCounts({ careStaff: 1, physiotherapist: 1, planner: 1 }),
          billable: 2,
          participantMinutes: 90,
          amountOre: 37463,
        },
      ],
      unbilled: [
        { week: '2026-W46', date: '2026-11-09', reason: 'teamMeetingWeek', detail: null },
        { week: '2026-W47', date: '2026-11-16', reason: 'cancelled', detail: 'Personalbrist' },
      ],
      totals: { sessions: 2, billableParticipants: 6, participantMinutes: 210, amountOre: 87413 },
      correction: null,
    });
  });

  it('the session moved from Monday 30 November to Tuesday 1 December counts in December', async () => {
    const december = await test.call('billing.form', { unitId, month: '2026-12' });
    expect(december.rows).toEqual([expect.objectContaining({ week: '2026-W49', date: '2026-12-01', startTime: '10:00', billable: 2 })]);
    // Mondays 7 to 28 December are still ahead: listed as upcoming, so the draft says what the month holds.
    expect(december.unbilled.map((u) => [u.date, u.reason])).toEqual([
      ['2026-12-07', 'upcoming'],
      ['2026-12-14', 'upcoming'],
      ['2026-12-21', 'upcoming'],
      ['2026-12-28', 'upcoming'],
    ]);
  });

  it('a past session nobody recorded is listed, so the manager sees it before sending', async () => {
    const october = await test.call('billing.form', { unitId, month: '2026-10' });
    expect(october.rows).toEqual([]);
    expect(october.unbilled.map((u) => [u.date, u.reason])).toEqual([
      ['2026-10-05', 'notRecorded'],
      ['2026-10-12', 'notRecorded'],
      ['2026-10-19', 'notRecorded'],
      ['2026-10-26', 'notRecorded'],
    ]);
  });

  it('a month with no held session says what it holds: every week with its reason, or nothing planned', async () => {
    const soder = await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' });
    await test.call('slotRules.add', { unitId: soder.id, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom: '2026-12-01' });
    const november = await test.call('billing.form', { unitId: soder.id, month: '2026-11' });
    expect([november.rows, november.unbilled]).toEqual([[], []]);
    const december = await test.call('billing.form', { unitId: soder.id, month: '2026-12' });
    expect(december.rows).toEqual([]);
    expect(december.unbilled.map((u) => [u.date, u.reason])).toEqual([
      ['2026-12-07', 'upcoming'],
      ['2026-12-14', 'upcoming'],
      ['2026-12-21', 'upcoming'],
      ['2026-12-28', 'upcoming'],
    ]);
  });

  it('a unit that does not exist is NOT_FOUND', async () => {
    const result = await test.send('billing.form', { unitId: 999, month: '2026-11' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { unitId: translate('error.unitNotFound') } } });
  });
});

describe('marking the form sent', () => {
  it('stores version 1 as sent, produced today, and answers with the month’s status', async () => {
    const status = await test.call('billing.markSent', november());
    expect(status).toEqual({
      unitId,
      month: '2026-11',
      state: 'sent',
      versions: [{ version: 1, sentAt: expect.stringMatching(/^2026-12-02T\d\d:\d\d:\d\d$/), correctionReason: null }],
      deadline: '2026-12-04',
      daysLeft: 2,
      routineStartsAfter: null,
    });
    const form = await test.call('billing.form', november());
    expect(form).toMatchObject({ version: 1, status: 'sent', sentAt: status.versions[0]!.sentAt, producedOn: TODAY, correction: null });
    expect(await test.call('billing.status', november())).toEqual(status);
  });

  it('stamps the time it was sent from the backend’s clock: the backend’s day and time of day', async () => {
    const status = await test.call('billing.markSent', november());
    expect(status.versions[0]!.sentAt).toBe('2026-12-02T09:05:07');
    expect(await test.call('billing.form', november())).toMatchObject({ sentAt: '2026-12-02T09:05:07' });
  });

  it('a sent month answers with the stored version, byte for byte', async () => {
    await test.call('billing.markSent', november());
    const form = await test.call('billing.form', november());
    const version = await test.call('billing.version', { ...november(), version: 1 });
    expect(JSON.stringify(form)).toBe(storedJson('2026-11', 1));
    expect(JSON.stringify(version)).toBe(storedJson('2026-11', 1));
  });

  it('a change of settings after sending does not touch the sent form', async () => {
    await test.call('billing.markSent', november());
    const before = await test.call('billing.form', november());
    await test.call('billing.settings.save', { unitId, ...BILLING_SETTINGS, rate: null, billableRoles: ['nurse'] });
    expect(await test.call('billing.form', november())).toEqual(before);
  });

  it('is refused while the month still has a session ahead, and nothing is written', async () => {
    const before = dumpDatabase(test.db);
    const result = await test.send('billing.markSent', { unitId, month: '2026-12' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: translate('error.billing.monthNotOver', { month: 'december 2026', date: '2026-12-28' }) },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('is refused for a second unit created mid-month, before and after its slot rule, while its weeks are ahead', async () => {
    // Monday 15 February 2027: a new user creates Hemtjänst Väster and, before setting its
    // slot rule, tries to send February; then sets Thursdays from today and tries again.
    const sendFebruary = (vasterId: number, today: string) => sendOn(today, 'billing.markSent', { unitId: vasterId, month: '2027-02' });
    const vaster = await test.call('units.create', { ...NORR, name: 'Hemtjänst Väster' });
    const before = dumpDatabase(test.db);
    expect(await sendFebruary(vaster.id, '2027-02-15')).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: translate('error.billing.monthWithoutSessionsNotOver', { month: 'februari 2027', date: '2027-02-28' }),
      },
    });
    expect(dumpDatabase(test.db)).toBe(before);
    expect(
      await sendOn('2027-02-15', 'slotRules.add', {
        unitId: vaster.id,
        weekday: 4,
        startTime: '14:00',
        durationMinutes: 30,
        validFrom: '2027-02-15',
      }),
    ).toMatchObject({ ok: true });
    const withRule = dumpDatabase(test.db);
    // Weeks 7 and 8: Thursday 18 and Thursday 25 February.
    expect(await sendFebruary(vaster.id, '2027-02-15')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: translate('error.billing.monthNotOver', { month: 'februari 2027', date: '2027-02-25' }) },
    });
    expect(await sendFebruary(vaster.id, '2027-02-24')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(dumpDatabase(test.db)).toBe(withRule);
    expect(await sendFebruary(vaster.id, '2027-02-25')).toMatchObject({ ok: true, value: { state: 'sent' } });
  });

  it('a month without any session can be sent once it is over', async () => {
    const berga = await test.call('units.create', { ...NORR, name: 'Hemtjänst Berga' });
    // The routine ran in November (a month before its start has nothing to send).
    await test.call('units.setRoutineStart', { unitId: berga.id, routineStart: '2026-11-01' });
    expect(await test.call('billing.markSent', { unitId: berga.id, month: '2026-11' })).toMatchObject({ state: 'sent' });
    expect(await test.send('billing.markSent', { unitId: berga.id, month: '2026-12' })).toMatchObject({
      ok: false,
      error: { message: translate('error.billing.monthWithoutSessionsNotOver', { month: 'december 2026', date: '2026-12-31' }) },
    });
  });

  it('is refused when the month is already sent, and nothing is written', async () => {
    await test.call('billing.markSent', november());
    const before = dumpDatabase(test.db);
    const result = await test.send('billing.markSent', november());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: translate('error.billing.alreadySent', { month: 'november 2026' }) },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('a version never sent is NOT_FOUND next to the version field', async () => {
    await test.call('billing.markSent', november());
    const result = await test.send('billing.version', { ...november(), version: 2 });
    const message = translate('error.billing.versionNotFound', { version: 2, month: 'november 2026' });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message, fields: { version: message } } });
  });
});

describe('a sent month is read-only', () => {
  beforeEach(async () => {
    await test.call('billing.markSent', november());
  });

  const edits: [string, () => [MethodName, unknown]][] = [
    ['moving a session', () => ['sessions.move', { unitId, week: '2026-W45', date: '2026-11-03', startTime: '14:00' }]],
    ['cancelling a session', () => ['sessions.cancel', { unitId, week: '2026-W45', reason: 'Sjukdom' }]],
    ['undoing a cancellation', () => ['sessions.undoCancel', { unitId, week: '2026-W47' }]],
    ['undoing a move', () => ['sessions.undoMove', { unitId, week: '2026-W48' }]],
    ['correcting the attendance', () => ['sessions.recordHeld', held('2026-W48', [staff.anna, staff.bo, staff.eva], { durationMinutes: 45 })]],
    ['holding a cancelled session after all', () => ['sessions.recordHeld', held('2026-W47', [staff.anna, staff.eva])]],
    ['adding a team meeting', () => ['teamMeetings.addDate', { unitId, date: '2026-11-17' }]],
    ['removing a team meeting', () => ['teamMeetings.removeDate', { unitId, id: meetingId }]],
  ];

  it.each(edits)('%s is refused with the typed error and nothing is written', async (_edit, call) => {
    const [method, input] = call();
    const before = dumpDatabase(test.db);
    const result = await test.send(method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: LOCKED() } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('the message sits next to the date of a team meeting', async () => {
    const result = await test.send('teamMeetings.addDate', { unitId, date: '2026-11-17' });
    expect(result).toMatchObject({ ok: false, error: { fields: { date: LOCKED() } } });
  });

  it('December stays open', async () => {
    await test.call('sessions.cancel', { unitId, week: '2026-W50', reason: 'Sjukdom' });
    await test.call('teamMeetings.addDate', { unitId, date: '2026-12-16' });
  });

  it('another unit’s November stays open', async () => {
    const soder = await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' });
    await test.call('slotRules.add', { unitId: soder.id, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom: '2026-09-01' });
    await test.call('sessions.cancel', { unitId: soder.id, week: '2026-W47', reason: 'Sjukdom' });
  });
});

describe('the plan says which weeks are locked', () => {
  const lockedWeeks = async () =>
    (await test.call('plan.get', { unitId, from: '2026-11-01', to: '2026-12-13' })).filter((s) => s.locked).map((s) => s.week);

  it('no week is locked before the month is sent', async () => {
    expect(await lockedWeeks()).toEqual([]);
  });

  it('every week dated in sent November is locked, week 49 held on 1 December is not; reopening unlocks them', async () => {
    await test.call('billing.markSent', november());
    expect(await lockedWeeks()).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    await test.call('billing.reopen', { ...november(), reason: 'Rättelse' });
    expect(await lockedWeeks()).toEqual([]);
  });

  it('the session view of a week of sent November says it is locked', async () => {
    await test.call('billing.markSent', november());
    expect((await test.call('sessions.get', { unitId, week: '2026-W48' })).session.locked).toBe(true);
    expect((await test.call('sessions.get', { unitId, week: '2026-W49' })).session.locked).toBe(false);
  });
});

describe('a week that spans two months', () => {
  // Hemtjänst Söder meets on Mondays too; none of its sessions is held. Its week 49 runs from
  // Monday 30 November to Sunday 6 December.
  let soderId: number;
  const week49 = () => ({ unitId: soderId, week: '2026-W49' });
  beforeEach(async () => {
    soderId = (await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' })).id;
    await test.call('slotRules.add', { unitId: soderId, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom: '2026-09-01' });
  });

  it('a session of a sent month cannot be moved out of it', async () => {
    await test.call('billing.markSent', { unitId: soderId, month: '2026-11' });
    const before = dumpDatabase(test.db);
    const result = await test.send('sessions.move', { ...week49(), date: '2026-12-01', startTime: '14:00' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: LOCKED() } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('a session cannot be moved into a sent month, nor have its move undone into it', async () => {
    await test.call('sessions.move', { ...week49(), date: '2026-12-01', startTime: '14:00' });
    await test.call('billing.markSent', { unitId: soderId, month: '2026-11' });
    const before = dumpDatabase(test.db);
    for (const [method, input] of [
      ['sessions.move', { ...week49(), date: '2026-11-30', startTime: '10:00' }],
      ['sessions.undoMove', week49()],
    ] as const) {
      const result = await test.send(method, input);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: LOCKED(), fields: { date: LOCKED() } } });
    }
    expect(dumpDatabase(test.db)).toBe(before);
    // Within December it still moves.
    await test.call('sessions.move', { ...week49(), date: '2026-12-02', startTime: '14:00' });
  });
});

describe('the lock covers team-meeting patterns and slot rules', () => {
  it('a pattern that would turn the cancelled week 47 of sent November into a team-meeting week is refused, nothing written', async () => {
    await test.call('billing.markSent', november());
    const before = dumpDatabase(test.db);
    // The third Wednesday of November is 18 November, in week 47.
    const result = await test.send('teamMeetings.addPattern', {
      unitId,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: 3, weekday: 3 },
      validFrom: '2026-11-01',
    });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: LOCKED(), fields: { validFrom: LOCKED() } } });
    expect(dumpDatabase(test.db)).toBe(before);
    // The sent form and the draft of a later correction stay the same.
    await test.call('billing.reopen', { ...november(), reason: 'Kontroll' });
    expect((await test.call('billing.form', november())).unbilled).toEqual([
      { week: '2026-W46', date: '2026-11-09', reason: 'teamMeetingWeek', detail: null },
      { week: '2026-W47', date: '2026-11-16', reason: 'cancelled', detail: 'Personalbrist' },
    ]);
  });

  it('a pattern is taken once the month is reopened, and one that starts after the sent month at once', async () => {
    await test.call('billing.markSent', november());
    await test.call('teamMeetings.addPattern', { unitId, recurrence: { kind: 'nthWeekdayOfMonth', nth: 3, weekday: 3 }, validFrom: '2026-12-07' });
    await test.call('billing.reopen', { ...november(), reason: 'Teamträffar' });
    await test.call('teamMeetings.addPattern', { unitId, recurrence: { kind: 'nthWeekdayOfMonth', nth: 3, weekday: 3 }, validFrom: '2026-11-01' });
    expect((await test.call('billing.form', november())).unbilled).toContainEqual({
      week: '2026-W47',
      date: '2026-11-16',
      reason: 'teamMeetingWeek',
      detail: null,
    });
  });

  describe('a week that spans two months: week 49 of Hemtjänst Söder has its session on Monday 30 November', () => {
    let soderId: number;
    beforeEach(async () => {
      soderId = (await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' })).id;
      await test.call('slotRules.add', { unitId: soderId, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom: '2026-09-01' });
    });
    const refusedUnchanged = async (method: MethodName, input: unknown) => {
      const before = dumpDatabase(test.db);
      const result = await test.send(method, input);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: LOCKED() } });
      expect(dumpDatabase(test.db)).toBe(before);
    };

    it('a team meeting on Tuesday 1 December would empty November’s week 49: refused', async () => {
      await test.call('billing.markSent', { unitId: soderId, month: '2026-11' });
      await refusedUnchanged('teamMeetings.addDate', { unitId: soderId, date: '2026-12-01' });
      await refusedUnchanged('teamMeetings.addPattern', {
        unitId: soderId,
        recurrence: { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 3 },
        validFrom: '2026-12-01',
      });
      // From week 50 on, November is not reached.
      await test.call('teamMeetings.addDate', { unitId: soderId, date: '2026-12-08' });
    });

    it('removing the team meeting of 1 December would give November’s week 49 back: refused', async () => {
      const date = await test.call('teamMeetings.addDate', { unitId: soderId, date: '2026-12-01' });
      await test.call('billing.markSent', { unitId: soderId, month: '2026-11' });
      await refusedUnchanged('teamMeetings.removeDate', { unitId: soderId, id: date.id });
    });

    it('ending a pattern today would free Wednesday 2 December and so week 49: refused', async () => {
      // Every other Wednesday from 18 November: 18 November, 2 December, ...
      const weekly = await test.call('teamMeetings.addPattern', {
        unitId: soderId,
        recurrence: { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 3 },
        validFrom: '2026-11-18',
      });
      await test.call('billing.markSent', { unitId: soderId, month: '2026-11' });
      await refusedUnchanged('teamMeetings.removePattern', { unitId: soderId, id: weekly.id });
      // Once November is reopened the pattern ends, from yesterday on.
      await test.call('billing.reopen', { unitId: soderId, month: '2026-11', reason: 'Teamträffar' });
      await test.call('teamMeetings.removePattern', { unitId: soderId, id: weekly.id });
      expect((await test.call('teamMeetings.list', { unitId: soderId })).patterns).toMatchObject([{ id: weekly.id, validTo: '2026-12-01' }]);
    });

    it('deleting a pattern not yet started that empties week 49 is refused', async () => {
      const fromTomorrow = await test.call('teamMeetings.addPattern', {
        unitId: soderId,
        recurrence: { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 4 },
        validFrom: '2026-12-03',
      });
      await test.call('billing.markSent', { unitId: soderId, month: '2026-11' });
      await refusedUnchanged('teamMeetings.removePattern', { unitId: soderId, id: fromTomorrow.id });
    });
  });

  describe('slot rules', () => {
    // Hemtjänst Öster meets on Thursdays; November's last Thursday is the 26th, so on Friday
    // 27 November its November form can be sent, with the month not over.
    let osterId: number;
    const onFriday = (method: MethodName, input: unknown) => sendOn('2026-11-27', method, input);
    beforeEach(async () => {
      osterId = (await test.call('units.create', { ...NORR, name: 'Hemtjänst Öster' })).id;
      await test.call('slotRules.add', { unitId: osterId, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-09-01' });
      expect(await onFriday('billing.markSent', { unitId: osterId, month: '2026-11' })).toMatchObject({ ok: true });
    });
    const mondaysFrom = (validFrom: string) => ({ unitId: osterId, weekday: 1, startTime: '14:00', durationMinutes: 30, validFrom });

    it('a change from 27 November to Mondays would put a session on Monday 30 November: refused from 1 December on, nothing written', async () => {
      const before = dumpDatabase(test.db);
      const result = await onFriday('slotRules.add', mondaysFrom('2026-11-27'));
      const refused = translate('error.ruleChangeBeforeEarliest', { date: '2026-12-01' });
      expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: refused, fields: { validFrom: refused } } });
      expect(dumpDatabase(test.db)).toBe(before);
    });

    it('a change from 1 December keeps week 49 on Thursday 3 December, so November stays as sent', async () => {
      expect(await onFriday('slotRules.add', mondaysFrom('2026-12-01'))).toMatchObject({ ok: true });
      const plan = await test.call('plan.get', { unitId: osterId, from: '2026-11-30', to: '2026-12-13' });
      expect(plan.map((s) => s.date)).toEqual(['2026-12-03', '2026-12-07']);
    });

    it('a first rule from the past is refused when it would plan weeks into a sent empty month', async () => {
      const berga = await test.call('units.create', { ...NORR, name: 'Hemtjänst Berga' });
      await test.call('units.setRoutineStart', { unitId: berga.id, routineStart: '2026-09-01' });
      await test.call('billing.markSent', { unitId: berga.id, month: '2026-10' });
      const before = dumpDatabase(test.db);
      const result = await test.send('slotRules.add', {
        unitId: berga.id,
        weekday: 4,
        startTime: '14:00',
        durationMinutes: 30,
        validFrom: '2026-09-01',
      });
      const refused = translate('error.ruleChangeBeforeEarliest', { date: '2026-11-01' });
      expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: refused, fields: { validFrom: refused } } });
      expect(dumpDatabase(test.db)).toBe(before);
      await test.call('slotRules.add', { unitId: berga.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-11-01' });
    });
  });
});

describe('a correction', () => {
  it('reopens the month with a reason, then sends version 2 with the differences, version 1 untouched', async () => {
    await test.call('billing.markSent', november());
    const version1 = JSON.stringify(await test.call('billing.version', { ...november(), version: 1 }));
    const storedBefore = storedJson('2026-11', 1);

    const reopened = await test.call('billing.reopen', { ...november(), reason: '  Bo var med vecka 48 ' });
    expect(reopened).toMatchObject({ state: 'reopened', versions: [{ version: 1 }] });
    expect(await test.call('billing.form', november())).toMatchObject({
      version: 2,
      status: 'draft',
      correction: { reason: 'Bo var med vecka 48', previousVersion: 1, differences: [] },
    });

    await test.call(
      'sessions.recordHeld',
      held('2026-W48', [staff.anna, staff.bo, staff.eva, staff.ulla], { startTime: '13:00', durationMinutes: 45 }),
    );
    const sent = await test.call('billing.markSent', november());

    expect(sent).toMatchObject({
      state: 'sent',
      versions: [
        { version: 1, correctionReason: null },
        { version: 2, correctionReason: 'Bo var med vecka 48' },
      ],
    });
    const version2 = await test.call('billing.form', november());
    expect(version2).toMatchObject({ version: 2, status: 'sent', producedOn: TODAY });
    // 3 x 45 x 249,75 / 60 = 561,9375 kr -> 561,94.
    expect(version2.correction).toEqual({
      reason: 'Bo var med vecka 48',
      previousVersion: 1,
      differences: [
        {
          kind: 'sessionChanged',
          week: '2026-W48',
          date: '2026-11-24',
          billableBefore: 2,
          billableAfter: 3,
          amountBeforeOre: 37463,
          amountAfterOre: 56194,
        },
        { kind: 'totalsChanged', week: null, date: null, billableBefore: 6, billableAfter: 7, amountBeforeOre: 87413, amountAfterOre: 106144 },
      ],
    });
    expect(JSON.stringify(await test.call('billing.version', { ...november(), version: 1 }))).toBe(version1);
    expect(storedJson('2026-11', 1)).toBe(storedBefore);
    expect(JSON.stringify(await test.call('billing.version', { ...november(), version: 2 }))).toBe(storedJson('2026-11', 2));

    // Locked again.
    const result = await test.send('sessions.undoMove', { unitId, week: '2026-W48' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: LOCKED() } });
  });

  it('every version stays retrievable after a restart', async () => {
    await test.call('billing.markSent', november());
    await test.call('billing.reopen', { ...november(), reason: 'Rättelse' });
    await test.call('billing.markSent', november());
    await test.restart();
    const versions = await Promise.all([1, 2].map((version) => test.call('billing.version', { ...november(), version })));
    expect(versions.map((v: BillingForm) => [v.version, v.status])).toEqual([
      [1, 'sent'],
      [2, 'sent'],
    ]);
  });

  it('only a sent month can be reopened, and nothing is written otherwise', async () => {
    const before = dumpDatabase(test.db);
    expect(await test.send('billing.reopen', { ...november(), reason: 'Rättelse' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: translate('error.billing.notSent', { month: 'november 2026' }) },
    });
    expect(dumpDatabase(test.db)).toBe(before);

    await test.call('billing.markSent', november());
    await test.call('billing.reopen', { ...november(), reason: 'Rättelse' });
    const reopened = dumpDatabase(test.db);
    expect(await test.send('billing.reopen', { ...november(), reason: 'Igen' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(dumpDatabase(test.db)).toBe(reopened);
  });

  it('a correction needs a reason', async () => {
    await test.call('billing.markSent', november());
    const result = await test.send('billing.reopen', { ...november(), reason: '   ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: translate('validation.correctionReasonRequired') } } });
  });
});

describe('reminders', () => {
  it('lists every unsent past month from the first session on, with the days left to the 4th', async () => {
    const reminders = await test.call('billing.reminders', {});
    expect(reminders.map((r) => [r.month, r.state, r.deadline, r.daysLeft])).toEqual([
      ['2026-09', 'open', '2026-10-04', -59],
      ['2026-10', 'open', '2026-11-04', -28],
      ['2026-11', 'open', '2026-12-04', 2],
    ]);
    expect(reminders.every((r) => r.unitId === unitId)).toBe(true);
  });

  it('counts the weeks of each month that have passed with nothing recorded', async () => {
    // September and October: four Mondays each, none recorded; November: every week held,
    // cancelled or a team-meeting week.
    const reminders = await test.call('billing.reminders', {});
    expect(reminders.map((r) => [r.month, r.unrecordedWeeks])).toEqual([
      ['2026-09', 4],
      ['2026-10', 4],
      ['2026-11', 0],
    ]);
  });

  it('a sent month is no longer listed; a reopened one is again', async () => {
    await test.call('billing.markSent', november());
    expect((await test.call('billing.reminders', {})).map((r) => r.month)).toEqual(['2026-09', '2026-10']);
    await test.call('billing.reopen', { ...november(), reason: 'Rättelse' });
    expect((await test.call('billing.reminders', {})).map((r) => [r.month, r.state])).toEqual([
      ['2026-09', 'open'],
      ['2026-10', 'open'],
      ['2026-11', 'reopened'],
    ]);
  });

  it('the current month is listed from the Monday of its last week', async () => {
    const sunday = on('2026-12-27');
    const monday = on('2026-12-28');
    expect(((await sunday('billing.reminders', {})) as { month: string }[]).map((r) => r.month)).not.toContain('2026-12');
    const reminders = (await monday('billing.reminders', {})) as { month: string; deadline: string; daysLeft: number }[];
    expect(reminders.find((r) => r.month === '2026-12')).toMatchObject({ deadline: '2027-01-04', daysLeft: 7 });
  });

  it('follows a changed deadline day', async () => {
    expect(await test.call('settings.get', {})).toEqual({ billingDeadlineDay: 4 });
    expect(await test.call('settings.save', { billingDeadlineDay: 10 })).toEqual({ billingDeadlineDay: 10 });
    const reminders = await test.call('billing.reminders', {});
    expect(reminders.at(-1)).toMatchObject({ month: '2026-11', deadline: '2026-12-10', daysLeft: 8 });
    expect(await test.call('billing.status', november())).toMatchObject({ deadline: '2026-12-10', daysLeft: 8 });
  });

  it('a month made billable by a session moved into it is listed: week 40 moved back to Tuesday 29 September', async () => {
    // Hemtjänst Väster meets on Thursdays from Thursday 1 October; week 40 runs from Monday
    // 28 September, and its session was held on Tuesday 29 September.
    const vaster = await test.call('units.create', { ...NORR, name: 'Hemtjänst Väster' });
    await test.call('slotRules.add', { unitId: vaster.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-10-01' });
    const person = await test.call('staff.add', {
      unitId: vaster.id,
      name: 'Cia Holm',
      role: 'occupationalTherapist',
      employment: 'regular',
      activeFrom: '2026-01-01',
    });
    await test.call('sessions.move', { unitId: vaster.id, week: '2026-W40', date: '2026-09-29', startTime: '14:00' });
    await test.call('sessions.recordHeld', { ...held('2026-W40', [person.id]), unitId: vaster.id, chairIds: [person.id] });
    expect((await test.call('billing.form', { unitId: vaster.id, month: '2026-09' })).rows).toMatchObject([{ week: '2026-W40', date: '2026-09-29' }]);

    const reminders = await test.call('billing.reminders', {});
    expect(reminders.filter((r) => r.unitId === vaster.id).map((r) => [r.month, r.daysLeft])).toEqual([
      ['2026-09', -59],
      ['2026-10', -28],
      ['2026-11', 2],
    ]);
    // Norr's months are listed as before, first.
    expect(reminders.map((r) => r.unitId)).toEqual([unitId, unitId, unitId, vaster.id, vaster.id, vaster.id]);
  });

  it('a reopened month is listed even when it has no session', async () => {
    const berga = await test.call('units.create', { ...NORR, name: 'Hemtjänst Berga' });
    await test.call('units.setRoutineStart', { unitId: berga.id, routineStart: '2026-10-01' });
    await test.call('billing.markSent', { unitId: berga.id, month: '2026-10' });
    expect((await test.call('billing.reminders', {})).filter((r) => r.unitId === berga.id)).toEqual([]);
    await test.call('billing.reopen', { unitId: berga.id, month: '2026-10', reason: 'Fel månad' });
    expect((await test.call('billing.reminders', {})).filter((r) => r.unitId === berga.id).map((r) => [r.month, r.state])).toEqual([
      ['2026-10', 'reopened'],
    ]);
  });

  it('a sent month between unsent ones: the months on either side keep their unrecorded weeks', async () => {
    await test.call('billing.markSent', { unitId, month: '2026-10' });
    expect((await test.call('billing.reminders', {})).map((r) => [r.month, r.unrecordedWeeks])).toEqual([
      ['2026-09', 4],
      ['2026-11', 0],
    ]);
    await test.call('billing.markSent', { unitId, month: '2026-09' });
    await test.call('billing.markSent', november());
    expect(await test.call('billing.reminders', {})).toEqual([]);
  });

  it('after a sent month, the next month counts the session of the week that began in the sent one', async () => {
    // Thursdays from 3 September: week 40 runs from Monday 28 September, its session is Thursday 1 October.
    const torp = await test.call('units.create', { ...NORR, name: 'Hemtjänst Torp' });
    await test.call('slotRules.add', { unitId: torp.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-09-01' });
    await test.call('billing.markSent', { unitId: torp.id, month: '2026-09' });
    const reminders = (await test.call('billing.reminders', {})).filter((r) => r.unitId === torp.id);
    // October's Thursdays: 1, 8, 15, 22 and 29, none recorded.
    expect(reminders.map((r) => [r.month, r.unrecordedWeeks])).toEqual([
      ['2026-10', 5],
      ['2026-11', 4],
    ]);
  });

  it('a unit without sessions, or before its first one, has nothing to send', async () => {
    await test.call('units.create', { ...NORR, name: 'Hemtjänst Berga' });
    const soder = await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' });
    await test.call('slotRules.add', { unitId: soder.id, weekday: 4, startTime: '09:00', durationMinutes: 30, validFrom: '2026-10-30' });
    const reminders = await test.call('billing.reminders', {});
    // Söder's rule starts on a Friday: its first Thursday is 5 November.
    expect(reminders.filter((r) => r.unitId === soder.id).map((r) => r.month)).toEqual(['2026-11']);
    expect(reminders.map((r) => r.unitId)).toEqual([unitId, unitId, unitId, soder.id]);
  });
});

describe('settings', () => {
  it('a unit’s billing settings start from the defaults and are saved with the roles in order', async () => {
    const berga = await test.call('units.create', { ...NORR, name: 'Hemtjänst Berga' });
    expect(await test.call('billing.settings.get', { unitId: berga.id })).toEqual({
      unitId: berga.id,
      municipality: '',
      providerOrgNumber: '',
      costCentre: '',
      managerPhone: '',
      billableRoles: ['careStaff', 'unitManager', 'planner', 'rehabAssistant'],
      rate: null,
    });
    const saved = await test.call('billing.settings.save', {
      unitId: berga.id,
      ...BILLING_SETTINGS,
      municipality: '  Exempelby kommun ',
      billableRoles: ['rehabAssistant', 'careStaff'],
      rate: { kind: 'perParticipantSession', amountOre: 15000 },
    });
    expect(saved).toMatchObject({
      municipality: 'Exempelby kommun',
      billableRoles: ['careStaff', 'rehabAssistant'],
      rate: { kind: 'perParticipantSession', amountOre: 15000 },
    });
    expect(await test.call('billing.settings.get', { unitId: berga.id })).toEqual(saved);
  });

  it.each([
    ['an org number without the dash', { providerOrgNumber: '5566778899' }, 'providerOrgNumber', 'validation.orgNumber'],
    ['a phone number with letters', { managerPhone: 'ring mig' }, 'managerPhone', 'validation.phone'],
    ['a rate of 0 kr', { rate: { kind: 'perParticipantHour', amountOre: 0 } }, 'rate.amountOre', 'validation.rateAmount'],
    ['a rate in fractions of öre', { rate: { kind: 'perParticipantHour', amountOre: 333.5 } }, 'rate.amountOre', 'validation.rateAmount'],
    ['an unknown rate kind', { rate: { kind: 'perMonth', amountOre: 100 } }, 'rate.kind', 'validation.rateKind'],
    ['no billable role', { billableRoles: [] }, 'billableRoles', 'validation.billableRoles'],
  ] as const)('refuses %s next to its field, and nothing is written', async (_case, change, field, key) => {
    const before = dumpDatabase(test.db);
    const result = await test.send('billing.settings.save', { unitId, ...BILLING_SETTINGS, ...change });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: translate(key) } } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it.each([0, 29, 4.5])('refuses the deadline day %s', async (day) => {
    const result = await test.send('settings.save', { billingDeadlineDay: day });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { billingDeadlineDay: translate('validation.deadlineDay') } } });
  });
});

describe('the month across all units', () => {
  it('one row per unit in Swedish name order, from each unit’s current form', async () => {
    const aby = await test.call('units.create', { ...NORR, name: 'Hemtjänst Åby' });
    const berga = await test.call('units.create', { ...NORR, name: 'Hemtjänst Berga' });
    await test.call('billing.markSent', november());
    const nothing = { sessions: 0, billableParticipants: 0, participantMinutes: 0, amountOre: null };
    expect(await test.call('billing.summary', { month: '2026-11' })).toEqual([
      // Both created today, their routine starting 1 December: November had none.
      { unitId: berga.id, unitName: 'Hemtjänst Berga', ...nothing, sent: false, routineStartsAfter: '2026-12-01' },
      {
        unitId,
        unitName: NORR.name,
        sessions: 2,
        billableParticipants: 6,
        participantMinutes: 210,
        amountOre: 87413,
        sent: true,
        routineStartsAfter: null,
      },
      { unitId: aby.id, unitName: 'Hemtjänst Åby', ...nothing, sent: false, routineStartsAfter: '2026-12-01' },
    ]);
  });

  it('a reopened month counts as not sent and shows the correction as it stands', async () => {
    await test.call('billing.markSent', november());
    await test.call('billing.reopen', { ...november(), reason: 'Bo var med vecka 48' });
    await test.call(
      'sessions.recordHeld',
      held('2026-W48', [staff.anna, staff.bo, staff.eva, staff.ulla], { startTime: '13:00', durationMinutes: 45 }),
    );
    expect(await test.call('billing.summary', { month: '2026-11' })).toEqual([
      expect.objectContaining({ unitId, billableParticipants: 7, amountOre: 106144, sent: false }),
    ]);
  });
});

describe('files for the economist', () => {
  const decode = (base64: string) => Buffer.from(base64, 'base64');

  it('the month as CSV with its BOM and as .xlsx', async () => {
    const csv = await test.call('billing.exportCsv', november());
    expect(csv.fileName).toMatch(/\.csv$/);
    const text = decode(csv.base64).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Hemtjänst Norr');

    const xlsx = await test.call('billing.exportXlsx', november());
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    expect(decode(xlsx.base64).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a month with nothing planned says so in the file, and a week ahead is named', async () => {
    const berga = await test.call('units.create', { ...NORR, name: 'Hemtjänst Berga' });
    const empty = decode((await test.call('billing.exportCsv', { unitId: berga.id, month: '2026-11' })).base64).toString('utf8');
    expect(empty).toContain(translate('export.unbilled.noPlan'));
    const december = decode((await test.call('billing.exportCsv', { unitId, month: '2026-12' })).base64).toString('utf8');
    expect(december).toContain(translate('export.unbilled.upcoming'));
  });

  it('the summary as CSV and as .xlsx', async () => {
    const csv = await test.call('billing.exportSummaryCsv', { month: '2026-11' });
    expect(decode(csv.base64).toString('utf8')).toContain('Hemtjänst Norr');
    const xlsx = await test.call('billing.exportSummaryXlsx', { month: '2026-11' });
    expect(decode(xlsx.base64).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('an export for a unit that does not exist is NOT_FOUND, also when the file is rendered later', async () => {
    for (const method of ['billing.exportXlsx', 'billing.exportCsv'] as const) {
      const result = await test.send(method, { unitId: 999, month: '2026-11' });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: translate('error.unitNotFound') } });
    }
  });
});
