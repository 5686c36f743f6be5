import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlanWindow } from '../../shared/domain/plan';
import type { PlannedSession } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { createStore } from '../../electron/backend/store/store';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// The routine through the API, as the app drives it: today is Friday 1 May 2026.
const TODAY = '2026-05-01';

let test: TestBackend;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
});
afterEach(() => test.close());

/** A new manager's first steps: her unit, Thursday 14:00, team meetings on the first Tuesday. */
async function setUpNorr() {
  const unit = await test.call('units.create', { ...NORR, name: '  Hemtjänst Norr ' });
  await test.call('units.select', { id: unit.id });
  await test.call('slotRules.add', { unitId: unit.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: TODAY });
  const pattern = await test.call('teamMeetings.addPattern', {
    unitId: unit.id,
    recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
    validFrom: TODAY,
  });
  return { unitId: unit.id, patternId: pattern.id };
}

const byWeek = (plan: PlannedSession[]) => Object.fromEntries(plan.map((s) => [s.week, s]));
const statuses = (plan: PlannedSession[]) => Object.fromEntries(plan.map((s) => [s.week, s.status]));

describe('planning the weeks ahead', () => {
  it('a new unit is created with a trimmed name and remembered as the last one used', async () => {
    const { unitId } = await setUpNorr();
    expect(await test.call('units.list', {})).toEqual([{ ...NORR, id: unitId, location: '', managerEmail: '' }]);
    expect(await test.call('app.info', {})).toEqual({
      version: '9.9.9-test',
      today: TODAY,
      lastUnitId: unitId,
      schemaVersion: MIGRATIONS.length,
      dataFile: test.db.name,
      backupFolder: path.join(path.dirname(test.db.name), 'backups'),
    });
  });

  it('shows the twelve weeks ahead with the team-meeting weeks empty and Kristi himmelsfärdsdag flagged', async () => {
    const { unitId } = await setUpNorr();
    const plan = await test.call('plan.get', { unitId, from: '2026-05-04', to: '2026-07-26' });

    expect(plan.map((s) => s.week)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-W${19 + i}`));
    expect(statuses(plan)).toEqual({
      '2026-W19': 'teamMeetingWeek', // tisdag 5 maj
      '2026-W20': 'holiday',
      '2026-W21': 'planned',
      '2026-W22': 'planned',
      '2026-W23': 'teamMeetingWeek', // tisdag 2 juni
      '2026-W24': 'planned',
      '2026-W25': 'planned', // torsdag 18 juni; midsommarafton is the Friday
      '2026-W26': 'planned',
      '2026-W27': 'planned',
      '2026-W28': 'teamMeetingWeek', // tisdag 7 juli
      '2026-W29': 'planned',
      '2026-W30': 'planned',
    });
    expect(byWeek(plan)['2026-W20']).toMatchObject({
      date: '2026-05-14',
      weekday: 4,
      startTime: '14:00',
      durationMinutes: 30,
      holiday: { date: '2026-05-14', name: 'Kristi himmelsfärdsdag' },
      suggestedDate: '2026-05-13',
    });
    expect(byWeek(plan)['2026-W19']?.teamMeetings).toEqual([{ date: '2026-05-05', source: 'pattern', id: expect.any(Number) }]);
  });

  it('the default window runs from four weeks back to twelve weeks ahead, weeks before the first rule left out', async () => {
    const { unitId } = await setUpNorr();
    const window = defaultPlanWindow(TODAY);
    expect(window).toEqual({ from: '2026-03-30', to: '2026-07-26' });
    const plan = await test.call('plan.get', { unitId, ...window });
    // The rule starts Friday 1 May, after that week's Thursday: week 19 is the first session.
    expect(plan[0]?.week).toBe('2026-W19');
    expect(plan.at(-1)?.week).toBe('2026-W30');
  });

  it('a one-off team meeting empties its week', async () => {
    const { unitId } = await setUpNorr();
    await test.call('teamMeetings.addDate', { unitId, date: '2026-06-10' });
    const plan = await test.call('plan.get', { unitId, from: '2026-06-08', to: '2026-06-14' });
    expect(plan).toMatchObject([{ week: '2026-W24', status: 'teamMeetingWeek', teamMeetings: [{ date: '2026-06-10', source: 'date' }] }]);
  });

  it('the plan is still there after a restart', async () => {
    const { unitId } = await setUpNorr();
    await test.call('sessions.cancel', { unitId, week: '2026-W21', reason: 'Sjukdom' });
    const before = await test.call('plan.get', { unitId, from: '2026-05-04', to: '2026-07-26' });

    await test.restart();

    expect(await test.call('plan.get', { unitId, from: '2026-05-04', to: '2026-07-26' })).toEqual(before);
    expect((await test.call('app.info', {})).lastUnitId).toBe(unitId);
  });
});

describe('moving and cancelling a session', () => {
  it('a session on Kristi himmelsfärdsdag is moved to the Wednesday, and the move can be undone', async () => {
    const { unitId } = await setUpNorr();

    const moved = await test.call('sessions.move', { unitId, week: '2026-W20', date: '2026-05-13', startTime: '14:00' });
    expect(moved).toMatchObject({
      status: 'moved',
      date: '2026-05-13',
      weekday: 3,
      ruleDate: '2026-05-14',
      holiday: { name: 'Kristi himmelsfärdsdag' },
    });
    expect(byWeek(await test.call('plan.get', { unitId, from: '2026-05-11', to: '2026-05-17' }))['2026-W20']).toEqual(moved);

    const undone = await test.call('sessions.undoMove', { unitId, week: '2026-W20' });
    expect(undone).toMatchObject({ status: 'holiday', date: '2026-05-14', suggestedDate: '2026-05-13' });
  });

  it('a cancelled session keeps its reason, and undoing the cancellation brings back the move', async () => {
    const { unitId } = await setUpNorr();
    await test.call('sessions.move', { unitId, week: '2026-W21', date: '2026-05-19', startTime: '10:00' });

    const cancelled = await test.call('sessions.cancel', { unitId, week: '2026-W21', reason: '  Sjukdom i personalgruppen ' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledReason: 'Sjukdom i personalgruppen' });

    const restored = await test.call('sessions.undoCancel', { unitId, week: '2026-W21' });
    expect(restored).toMatchObject({ status: 'moved', date: '2026-05-19', startTime: '10:00', cancelledReason: null });
  });

  it('undoing the last change leaves no change stored for the week', async () => {
    const { unitId } = await setUpNorr();
    const untouched = dumpDatabase(test.db);
    await test.call('sessions.cancel', { unitId, week: '2026-W22', reason: 'Sjukdom' });
    await test.call('sessions.undoCancel', { unitId, week: '2026-W22' });
    const overrides = (dump: string) => (JSON.parse(dump) as { session_overrides: unknown }).session_overrides;
    expect(overrides(dumpDatabase(test.db))).toEqual(overrides(untouched));
  });

  it.each([
    [
      'a team-meeting week',
      { week: '2026-W19', date: '2026-05-06', startTime: '14:00' },
      { code: 'CONFLICT', message: translate('error.weekIsTeamMeetingWeek', { week: 19 }) },
    ],
    [
      'another week',
      { week: '2026-W21', date: '2026-05-25', startTime: '14:00' },
      { code: 'VALIDATION', message: translate('error.moveOutsideWeek', { from: '2026-05-18', to: '2026-05-24' }) },
    ],
    ['a Saturday', { week: '2026-W21', date: '2026-05-23', startTime: '14:00' }, { code: 'VALIDATION', message: translate('error.moveToWeekend') }],
    [
      'a holiday',
      { week: '2026-W20', date: '2026-05-14', startTime: '09:00' },
      { code: 'VALIDATION', message: translate('error.moveToHoliday', { date: '2026-05-14', holiday: 'Kristi himmelsfärdsdag' }) },
    ],
    [
      'a week before the first rule',
      { week: '2026-W10', date: '2026-03-04', startTime: '14:00' },
      { code: 'NOT_FOUND', message: translate('error.weekHasNoSession', { week: 10 }) },
    ],
  ])('a move into %s is refused and nothing is written', async (_case, move, error) => {
    const { unitId } = await setUpNorr();
    const before = dumpDatabase(test.db);
    expect(await test.send('sessions.move', { unitId, ...move })).toMatchObject({ ok: false, error });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('a cancelled session cannot be moved until the cancellation is undone', async () => {
    const { unitId } = await setUpNorr();
    await test.call('sessions.cancel', { unitId, week: '2026-W21', reason: 'Sjukdom' });
    const result = await test.send('sessions.move', { unitId, week: '2026-W21', date: '2026-05-20', startTime: '14:00' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: translate('error.sessionCancelledCannotMove') } });
  });
});

describe('changing the routine', () => {
  it('a new slot rule applies from its start date and leaves the weeks before it alone', async () => {
    const { unitId } = await setUpNorr();
    await test.call('slotRules.add', { unitId, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2026-06-01' });
    const plan = byWeek(await test.call('plan.get', { unitId, from: '2026-05-18', to: '2026-06-14' }));
    expect(plan['2026-W21']).toMatchObject({ date: '2026-05-21', startTime: '14:00', durationMinutes: 30 });
    expect(plan['2026-W24']).toMatchObject({ date: '2026-06-10', startTime: '09:00', durationMinutes: 45 });
  });

  it('a second rule from the same start date replaces the first instead of piling up', async () => {
    const { unitId } = await setUpNorr();
    await test.call('slotRules.add', { unitId, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2026-06-01' });
    const corrected = await test.call('slotRules.add', { unitId, weekday: 2, startTime: '10:00', durationMinutes: 30, validFrom: '2026-06-01' });
    const rules = await test.call('slotRules.list', { unitId });
    expect(rules.map((r) => r.validFrom)).toEqual([TODAY, '2026-06-01']);
    expect(rules[1]).toEqual(corrected);
  });

  it('a rule change may start before today in a unit with nothing held or sent', async () => {
    const { unitId } = await setUpNorr();
    // The routine began earlier than the first rule said: its start is moved back first.
    await test.call('units.setRoutineStart', { unitId, routineStart: '2026-04-01' });
    const rule = await test.call('slotRules.add', { unitId, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2026-04-30' });
    expect(rule.validFrom).toBe('2026-04-30');
  });

  it('ending a team-meeting pattern that has begun keeps its past weeks and frees the future', async () => {
    const unit = await test.call('units.create', NORR);
    const unitId = unit.id;
    await test.call('slotRules.add', { unitId, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-03-01' });
    const pattern = await test.call('teamMeetings.addPattern', {
      unitId,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
      validFrom: '2026-03-01',
    });

    await test.call('teamMeetings.removePattern', { unitId, id: pattern.id });

    expect((await test.call('teamMeetings.list', { unitId })).patterns).toEqual([{ ...pattern, validTo: '2026-04-30' }]);
    const plan = statuses(await test.call('plan.get', { unitId, from: '2026-04-06', to: '2026-06-07' }));
    expect(plan['2026-W15']).toBe('teamMeetingWeek'); // tisdag 7 april
    expect(plan['2026-W19']).toBe('planned'); // tisdag 5 maj, after the end
    expect(plan['2026-W23']).toBe('planned');
  });

  it('removing a team-meeting pattern that has not begun deletes it', async () => {
    const { unitId } = await setUpNorr();
    const later = await test.call('teamMeetings.addPattern', {
      unitId,
      recurrence: { kind: 'everyNWeeks', intervalWeeks: 4, weekday: 3 },
      validFrom: '2026-08-01',
    });
    await test.call('teamMeetings.removePattern', { unitId, id: later.id });
    expect((await test.call('teamMeetings.list', { unitId })).patterns.map((p) => p.id)).not.toContain(later.id);
  });

  it('a one-off team meeting is removed, and a second on the same day is refused', async () => {
    const { unitId } = await setUpNorr();
    const meeting = await test.call('teamMeetings.addDate', { unitId, date: '2026-06-10' });
    expect(await test.send('teamMeetings.addDate', { unitId, date: '2026-06-10' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { date: translate('error.teamMeetingDateTaken', { date: '2026-06-10' }) } },
    });
    await test.call('teamMeetings.removeDate', { unitId, id: meeting.id });
    expect((await test.call('teamMeetings.list', { unitId })).dates).toEqual([]);
    expect(await test.send('teamMeetings.removeDate', { unitId, id: meeting.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: translate('error.teamMeetingNotFound') },
    });
  });

  it('a remembered unit that no longer exists is not offered as the last one', async () => {
    await setUpNorr();
    createStore(test.db).settings.set('lastUnitId', '999');
    expect((await test.call('app.info', {})).lastUnitId).toBeNull();
  });
});
