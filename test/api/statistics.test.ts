import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import { LIMITS } from '../../shared/domain/limits';
import { STAFF_ROLES, type Employment, type StaffRole } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { CASE_FIELDS, NORR, roleCounts, startTestBackend, type TestBackend } from './testBackend';

type Stats = MethodOutput<'statistics.get'>;

/**
 * Today is Wednesday 6 May 2026 (week 19). The period is Friday 20 March (week 12) to Sunday
 * 24 May (week 21): ten ISO weeks touch it.
 *
 * Hemtjänst Norr meets on Thursdays at 10:00 from 2 March:
 *   W12 Thu 19 Mar  held (Anna, Bo, Eva): before `from`, so outside the period
 *   W13 Thu 26 Mar  held: Anna, Dan, Eva and the guest Gun (care staff): 4 heads
 *   W14 Thu  2 Apr  moved to Tue 31 Mar (across the month edge), held: Anna, Bo, Eva: 3 heads
 *   W15 Thu  9 Apr  cancelled "Sjukdom"
 *   W16 Thu 16 Apr  team-meeting week (team meeting Tue 14 Apr)
 *   W17 Thu 23 Apr  passed, nothing recorded
 *   W18 Thu 30 Apr  held: Anna (now rehab assistant) and Eva: 2 heads
 *   W19 Thu  7 May  cancelled " sjukdom  " (the same reason but for case and spaces)
 *   W20 Thu 14 May  Ascension Day: holiday week
 *   W21 Thu 21 May  upcoming
 * Roster: Anna (care staff, rehab assistant from before W18), Eva (PT, chairs), Bo (care staff,
 * substitute, left 20 Apr), Dan (care staff, from 25 Mar), Ulf (left 15 Mar, before the period).
 *
 * Hemtjänst Väster meets on Mondays at 09:00 from 1 April:
 *   W15 Mon  6 Apr  Easter Monday: holiday week
 *   W16 Mon 13 Apr  held: Cia (OT, chairs) and the guest Hans (nurse): 2 heads
 *   W17 Mon 20 Apr  cancelled "Personalbrist"
 *   W18 Mon 27 Apr  passed, nothing recorded
 *   W19 Mon  4 May  passed, nothing recorded
 *   W20 Mon 11 May  upcoming
 *   W21 Mon 18 May  upcoming
 * Hemtjänst Söder has no slot rule: not among every unit's.
 */
const TODAY = '2026-05-06';
const PERIOD: Omit<MethodInput<'statistics.get'>, 'unitId'> = { from: '2026-03-20', to: '2026-05-24', absentWeeks: 4 };

async function seedFixture(test: TestBackend) {
  const norr = await test.call('units.create', NORR);
  const vaster = await test.call('units.create', { ...NORR, name: 'Hemtjänst Väster' });
  await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' });
  await test.call('slotRules.add', { unitId: norr.id, weekday: 4, startTime: '10:00', durationMinutes: 60, validFrom: '2026-03-02' });
  await test.call('slotRules.add', { unitId: vaster.id, weekday: 1, startTime: '09:00', durationMinutes: 60, validFrom: '2026-04-01' });
  await test.call('teamMeetings.addDate', { unitId: norr.id, date: '2026-04-14' });

  const add = (unitId: number, name: string, role: StaffRole, activeFrom: string, employment: Employment = 'regular') =>
    test.call('staff.add', { unitId, name, role, employment, activeFrom });
  const anna = await add(norr.id, 'Anna Lund', 'careStaff', '2026-03-01');
  const eva = await add(norr.id, 'Eva Falk', 'physiotherapist', '2026-03-01');
  const bo = await add(norr.id, 'Bo Ek', 'careStaff', '2026-03-01', 'substitute');
  const dan = await add(norr.id, 'Dan Berg', 'careStaff', '2026-03-25');
  const ulf = await add(norr.id, 'Ulf Sand', 'careStaff', '2026-03-01');
  const cia = await add(vaster.id, 'Cia Holm', 'occupationalTherapist', '2026-04-01');
  await test.call('staff.deactivate', { unitId: norr.id, personId: ulf.id, activeTo: '2026-03-15' });

  const held = (unitId: number, week: string, attendeeIds: number[], chairId: number, guests: MethodInput<'sessions.recordHeld'>['guests'] = []) =>
    test.call('sessions.recordHeld', {
      unitId,
      week,
      startTime: unitId === norr.id ? '10:00' : '09:00',
      durationMinutes: 60,
      location: 'office',
      chairIds: [chairId],
      attendeeIds,
      guests,
    });
  await test.call('sessions.move', { unitId: norr.id, week: '2026-W14', date: '2026-03-31', startTime: '10:00' });
  await held(norr.id, '2026-W12', [anna.id, bo.id, eva.id], eva.id);
  await held(norr.id, '2026-W13', [anna.id, dan.id, eva.id], eva.id, [{ name: 'Gun Vik', role: 'careStaff' }]);
  await held(norr.id, '2026-W14', [anna.id, bo.id, eva.id], eva.id);
  await test.call('staff.deactivate', { unitId: norr.id, personId: bo.id, activeTo: '2026-04-20' });
  // Anna changes role after attending W13 and W14 as care staff: those heads stay care staff.
  await test.call('staff.update', { personId: anna.id, name: 'Anna Lund', role: 'rehabAssistant', employment: 'regular' });
  await held(norr.id, '2026-W18', [anna.id, eva.id], eva.id);
  await held(vaster.id, '2026-W16', [cia.id], cia.id, [{ name: 'Hans Ek', role: 'nurse' }]);
  await test.call('sessions.cancel', { unitId: norr.id, week: '2026-W15', reason: 'Sjukdom' });
  await test.call('sessions.cancel', { unitId: norr.id, week: '2026-W19', reason: ' sjukdom  ' });
  await test.call('sessions.cancel', { unitId: vaster.id, week: '2026-W17', reason: 'Personalbrist' });

  // Actions: W12's is before the period; W13 has one closed and one overdue (due 10 Apr); W14
  // (held 31 Mar) one due after today; W18 one without a due date. Väster W16: one closed.
  const action = async (unitId: number, week: string, what: string, responsibleId: number, dueDate: string | null, done = false) => {
    const detail = await test.call('actions.save', { unitId, week, id: null, what, responsibleId, dueDate });
    if (done) await test.call('actions.setStatus', { unitId, week, id: detail.actions.at(-1)!.id, status: 'done' });
  };
  await action(norr.id, '2026-W12', 'Före perioden', eva.id, null);
  await action(norr.id, '2026-W13', 'Klar', eva.id, null, true);
  await action(norr.id, '2026-W13', 'Försenad', eva.id, '2026-04-10');
  await action(norr.id, '2026-W14', 'Inte försenad', eva.id, '2026-06-01');
  await action(norr.id, '2026-W18', 'Utan datum', eva.id, null);
  await action(vaster.id, '2026-W16', 'Klar i Väster', cia.id, null, true);

  // Cases: W12's is before the period. W13: new rehab K7 (goal) and complex X1; W14: new rehab
  // R2 without a goal; W18: K7 again, spelled otherwise (so K7 is followed up), and new rehab R3.
  const caseIn = (week: string, reference: string, kind: 'complex' | 'newRehab', goal: string) =>
    test.call('cases.save', { unitId: norr.id, week, id: null, case: { ...CASE_FIELDS, reference, kind, goal } });
  await caseIn('2026-W12', 'Ärende K0', 'newRehab', 'Mål');
  await caseIn('2026-W13', 'Ärende K7', 'newRehab', 'Klara morgonrutinen själv');
  await caseIn('2026-W13', 'Ärende X1', 'complex', '');
  await caseIn('2026-W14', 'Ärende R2', 'newRehab', '  ');
  await caseIn('2026-W18', ' ÄRENDE  k7 ', 'complex', '');
  await caseIn('2026-W18', 'Ärende R3', 'newRehab', 'Gå till köket');
  return { norr, vaster, anna, eva, bo, dan, ulf, cia };
}

const byRole = (counts: Partial<Record<StaffRole, number>>, held: number) =>
  STAFF_ROLES.map((role) => {
    const total = roleCounts(counts)[role];
    return { role, total, averagePerSession: held === 0 ? null : total / held };
  });

describe('statistics.get: the figures of a period, from the plan and the records', () => {
  let test: TestBackend;
  let seed: Awaited<ReturnType<typeof seedFixture>>;
  beforeEach(async () => {
    test = await startTestBackend(TODAY);
    seed = await seedFixture(test);
  });
  afterEach(() => test.close());

  const get = (unitId: number | null, period: Partial<typeof PERIOD> = {}): Promise<Stats> =>
    test.call('statistics.get', { unitId, ...PERIOD, ...period });

  it('one unit: every figure as counted by hand', async () => {
    const { norr, anna, eva, bo, dan } = seed;
    expect(await get(norr.id)).toEqual({
      from: '2026-03-20',
      to: '2026-05-24',
      units: [{ id: norr.id, name: 'Hemtjänst Norr' }],
      sessions: {
        // W13, W14, W15, W17, W18, W19, W21 (W12's session is dated before `from`; W16, W20 not due).
        due: 7,
        held: 3, // W13, W14, W18
        cancelled: 2, // W15, W19
        cancelledByReason: [{ reason: 'Sjukdom', count: 2 }],
        moved: 1, // W14
        notRecorded: 1, // W17
        upcoming: 1, // W21
        teamMeetingWeeks: 1, // W16
        holidayWeeks: 1, // W20
      },
      participants: {
        total: 9, // 4 + 3 + 2
        guests: 1, // Gun
        average: 3, // 9 / 3
        min: 2,
        max: 4,
        // Care staff: Anna, Dan, Gun (W13) + Anna, Bo (W14); PT: Eva ×3; rehab assistant: Anna (W18).
        byRole: byRole({ careStaff: 5, physiotherapist: 3, rehabAssistant: 1 }, 3),
      },
      perWeek: [
        { week: '2026-W12', due: 0, held: 0, participants: 0 },
        { week: '2026-W13', due: 1, held: 1, participants: 4 },
        { week: '2026-W14', due: 1, held: 1, participants: 3 },
        { week: '2026-W15', due: 1, held: 0, participants: 0 },
        { week: '2026-W16', due: 0, held: 0, participants: 0 },
        { week: '2026-W17', due: 1, held: 0, participants: 0 },
        { week: '2026-W18', due: 1, held: 1, participants: 2 },
        { week: '2026-W19', due: 1, held: 0, participants: 0 },
        { week: '2026-W20', due: 0, held: 0, participants: 0 },
        { week: '2026-W21', due: 1, held: 0, participants: 0 },
      ],
      perMonth: [
        { month: '2026-03', due: 2, held: 2 }, // W13 and W14, held on 31 March
        { month: '2026-04', due: 3, held: 1 }, // W15, W17, W18
        { month: '2026-05', due: 2, held: 0 }, // W19, W21
      ],
      // Ulf left before the period. Eligible: held sessions in the period within the person's own days.
      people: [
        // Absent in the 4 weeks W18–W21 (27 Apr – 24 May)? Anna and Eva came on 30 Apr.
        {
          unitId: norr.id,
          personId: anna.id,
          name: 'Anna Lund',
          role: 'rehabAssistant',
          eligible: 3,
          attended: 3,
          lastAttended: '2026-04-30',
          absent: false,
        },
        // Bo: 26 and 31 Mar before he left on 20 Apr; came on 31 Mar (and W12, outside the period). Not active on `to`.
        { unitId: norr.id, personId: bo.id, name: 'Bo Ek', role: 'careStaff', eligible: 2, attended: 1, lastAttended: '2026-03-31', absent: false },
        // Dan: from 25 Mar, so all 3; came only on 26 Mar.
        {
          unitId: norr.id,
          personId: dan.id,
          name: 'Dan Berg',
          role: 'careStaff',
          eligible: 3,
          attended: 1,
          lastAttended: '2026-03-26',
          absent: true,
        },
        {
          unitId: norr.id,
          personId: eva.id,
          name: 'Eva Falk',
          role: 'physiotherapist',
          eligible: 3,
          attended: 3,
          lastAttended: '2026-04-30',
          absent: false,
        },
      ],
      // W13 (closed, overdue), W14, W18; W12's is before the period.
      actions: { agreed: 4, closed: 1, open: 3, overdue: 1 },
      // X1 and the second K7 are complex; K7, R2, R3 new rehab; K7 and R3 have a goal; K7 came up again in W18.
      cases: { complex: 2, newRehab: 3, newRehabWithGoal: 2, newRehabFollowedUp: 1 },
    } satisfies Stats);
  });

  it('every unit: the units with a slot rule, their figures added up, reasons most first', async () => {
    const { norr, vaster, cia } = seed;
    const stats = await get(null);
    expect(stats.units).toEqual([
      { id: norr.id, name: 'Hemtjänst Norr' },
      { id: vaster.id, name: 'Hemtjänst Väster' },
    ]);
    expect(stats.sessions).toEqual({
      due: 13, // Norr 7 + Väster 6 (W16–W21)
      held: 4, // + Väster W16
      cancelled: 3, // + Väster W17
      cancelledByReason: [
        { reason: 'Sjukdom', count: 2 },
        { reason: 'Personalbrist', count: 1 },
      ],
      moved: 1,
      notRecorded: 3, // + Väster W18, W19
      upcoming: 3, // + Väster W20, W21
      teamMeetingWeeks: 1,
      holidayWeeks: 2, // + Väster W15 (Easter Monday)
    });
    expect(stats.participants).toEqual({
      total: 11, // 9 + Cia and Hans
      guests: 2,
      average: 2.75, // 11 / 4
      min: 2,
      max: 4,
      byRole: byRole({ careStaff: 5, occupationalTherapist: 1, physiotherapist: 3, nurse: 1, rehabAssistant: 1 }, 4),
    });
    expect(stats.perWeek).toEqual([
      { week: '2026-W12', due: 0, held: 0, participants: 0 },
      { week: '2026-W13', due: 1, held: 1, participants: 4 },
      { week: '2026-W14', due: 1, held: 1, participants: 3 },
      { week: '2026-W15', due: 1, held: 0, participants: 0 }, // Väster's is a holiday
      { week: '2026-W16', due: 1, held: 1, participants: 2 }, // Norr's is a team-meeting week
      { week: '2026-W17', due: 2, held: 0, participants: 0 },
      { week: '2026-W18', due: 2, held: 1, participants: 2 },
      { week: '2026-W19', due: 2, held: 0, participants: 0 },
      { week: '2026-W20', due: 1, held: 0, participants: 0 }, // Norr's is a holiday
      { week: '2026-W21', due: 2, held: 0, participants: 0 },
    ]);
    expect(stats.perMonth).toEqual([
      { month: '2026-03', due: 2, held: 2 },
      { month: '2026-04', due: 6, held: 2 }, // + Väster 13, 20, 27 Apr
      { month: '2026-05', due: 5, held: 0 }, // + Väster 4, 11, 18 May
    ]);
    expect(stats.people.map((p) => p.name)).toEqual(['Anna Lund', 'Bo Ek', 'Dan Berg', 'Eva Falk', 'Cia Holm']);
    // Cia came on 13 Apr, nothing since 27 Apr.
    expect(stats.people.at(-1)).toEqual({
      unitId: vaster.id,
      personId: cia.id,
      name: 'Cia Holm',
      role: 'occupationalTherapist',
      eligible: 1,
      attended: 1,
      lastAttended: '2026-04-13',
      absent: true,
    });
    expect(stats.actions).toEqual({ agreed: 5, closed: 2, open: 3, overdue: 1 });
    expect(stats.cases).toEqual({ complex: 2, newRehab: 3, newRehabWithGoal: 2, newRehabFollowedUp: 1 });
  });

  it('a session moved across a month edge counts in the month and period it took place', async () => {
    const { norr } = seed;
    // 1–31 March: W10 and W11 (5 and 12 Mar) not recorded; W12, W13 held; W14 held on Tuesday 31 Mar.
    const march = await get(norr.id, { from: '2026-03-01', to: '2026-03-31' });
    expect(march.sessions).toMatchObject({ due: 5, held: 3, notRecorded: 2, moved: 1 });
    expect(march.perMonth).toEqual([{ month: '2026-03', due: 5, held: 3 }]);
    // April: W14's week touches it, but its session took place on 31 March.
    const april = await get(norr.id, { from: '2026-04-01', to: '2026-04-30' });
    expect(april.sessions).toMatchObject({ due: 3, held: 1, moved: 0 });
    expect(april.perWeek[0]).toEqual({ week: '2026-W14', due: 0, held: 0, participants: 0 });
  });

  it("a session held later than the rule's time, with no move, is held but not moved", async () => {
    const { norr, anna, eva } = seed;
    await test.call('sessions.recordHeld', {
      unitId: norr.id,
      week: '2026-W17',
      startTime: '10:20',
      durationMinutes: 60,
      location: 'office',
      chairIds: [eva.id],
      attendeeIds: [anna.id, eva.id],
      guests: [],
    });
    expect((await get(norr.id)).sessions).toMatchObject({ due: 7, held: 4, notRecorded: 0, moved: 1 });
  });

  it('a recurring team meeting empties its week, and a skipped occurrence gives the week back', async () => {
    const { norr } = seed;
    // The third Tuesday of each month from May: 19 May, in W21.
    const pattern = await test.call('teamMeetings.addPattern', {
      unitId: norr.id,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: 3, weekday: 2 },
      validFrom: '2026-05-01',
    });
    expect((await get(norr.id)).sessions).toMatchObject({ due: 6, upcoming: 0, teamMeetingWeeks: 2 });
    await test.call('teamMeetings.skipOccurrence', { unitId: norr.id, id: pattern.id, date: '2026-05-19' });
    expect((await get(norr.id)).sessions).toMatchObject({ due: 7, upcoming: 1, teamMeetingWeeks: 1 });
  });

  it('the last attendance may lie before the period', async () => {
    const { norr, bo, dan } = seed;
    // April and May: Bo (left 20 Apr) last came on 31 Mar, Dan on 26 Mar; neither within the period.
    const people = (await get(norr.id, { from: '2026-04-01' })).people;
    expect(people.find((p) => p.personId === bo.id)).toMatchObject({ eligible: 0, attended: 0, lastAttended: '2026-03-31', absent: false });
    expect(people.find((p) => p.personId === dan.id)).toMatchObject({ eligible: 1, attended: 0, lastAttended: '2026-03-26', absent: true });
  });

  it('absence looks back the given number of whole ISO weeks up to `to`', async () => {
    const absent = async (absentWeeks: number) => (await get(seed.norr.id, { absentWeeks })).people.filter((p) => p.absent).map((p) => p.name);
    // 4 weeks (from Monday 27 Apr): only Dan, whose last came on 26 Mar.
    expect(await absent(4)).toEqual(['Dan Berg']);
    // 3 weeks (from Monday 4 May): nobody has come since, Bo has left.
    expect(await absent(3)).toEqual(['Anna Lund', 'Dan Berg', 'Eva Falk']);
    // 9 weeks (from Monday 23 Mar, before `from`): Dan came on 26 Mar.
    expect(await absent(9)).toEqual([]);
  });
});

describe('statistics.get refuses what it cannot answer', () => {
  let test: TestBackend;
  beforeEach(async () => {
    test = await startTestBackend(TODAY);
  });
  afterEach(() => test.close());

  it('a unit that does not exist is NOT_FOUND', async () => {
    const result = await test.send('statistics.get', { unitId: 999, ...PERIOD });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: { unitId: translate('error.unitNotFound') } } });
  });

  it('a period that ends before it starts, or is longer than the limit, is refused next to its end', async () => {
    for (const period of [
      { from: '2026-05-02', to: '2026-05-01' },
      { from: '2024-01-01', to: '2026-05-01' },
    ]) {
      const result = await test.send('statistics.get', { unitId: null, ...period, absentWeeks: 4 });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { to: translate('validation.dateRange', { max: LIMITS.statisticsRangeMaxDays }) } },
      });
    }
  });

  it('without any unit, every figure is empty', async () => {
    const stats = await test.call('statistics.get', { unitId: null, from: '2026-05-01', to: '2026-05-03', absentWeeks: 4 });
    expect(stats).toMatchObject({ units: [], people: [], perWeek: [{ week: '2026-W18', due: 0, held: 0, participants: 0 }] });
    expect(stats.participants).toMatchObject({ total: 0, average: null, min: null, max: null });
  });
});
