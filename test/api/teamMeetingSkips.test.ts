import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// Today is Wednesday 2 December 2026. Hemtjänst Norr meets on Thursdays at 14:00 from
// September, with a team meeting the first Tuesday of every month: weeks 45 (3 November),
// 49 (1 December) and 2 (5 January) are team-meeting weeks.
const TODAY = '2026-12-02';

let test: TestBackend;
let unitId: number;
let patternId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  unitId = (await test.call('units.create', NORR)).id;
  await test.call('slotRules.add', { unitId, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-09-01' });
  patternId = (
    await test.call('teamMeetings.addPattern', { unitId, recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, validFrom: '2026-09-01' })
  ).id;
});
afterEach(() => test.close());

const weekStatus = async (week: string) => {
  const sessions = await test.call('plan.get', { unitId, from: '2026-11-30', to: '2027-01-10' });
  return sessions.find((s) => s.week === week)?.status;
};

describe('skipping one occurrence of a recurring team meeting', () => {
  it('gives that week its session; the pattern goes on the month after', async () => {
    const skipped = await test.call('teamMeetings.skipOccurrence', { unitId, id: patternId, date: '2026-12-01' });
    expect(skipped.skippedDates).toEqual(['2026-12-01']);
    expect(await weekStatus('2026-W49')).toBe('planned');
    expect(await weekStatus('2027-W01')).toBe('teamMeetingWeek');
    expect((await test.call('teamMeetings.list', { unitId })).patterns[0]!.skippedDates).toEqual(['2026-12-01']);
  });

  it('can be restored: the week is a team-meeting week again', async () => {
    await test.call('teamMeetings.skipOccurrence', { unitId, id: patternId, date: '2026-12-01' });
    const restored = await test.call('teamMeetings.restoreOccurrence', { unitId, id: patternId, date: '2026-12-01' });
    expect(restored.skippedDates).toEqual([]);
    expect(await weekStatus('2026-W49')).toBe('teamMeetingWeek');
  });

  it('a day that is not one of the pattern’s is refused next to the date, and nothing is written', async () => {
    const before = dumpDatabase(test.db);
    const result = await test.send('teamMeetings.skipOccurrence', { unitId, id: patternId, date: '2026-12-02' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { date: translate('error.teamMeetingNotOnDate', { date: '2026-12-02' }) } },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('a pattern that does not exist is NOT_FOUND', async () => {
    const result = await test.send('teamMeetings.skipOccurrence', { unitId, id: patternId + 1, date: '2026-12-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is refused in a sent month, and nothing is written', async () => {
    await test.call('billing.markSent', { unitId, month: '2026-11' });
    const before = dumpDatabase(test.db);
    const result = await test.send('teamMeetings.skipOccurrence', { unitId, id: patternId, date: '2026-11-03' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { date: translate('error.billing.monthLocked', { month: 'november 2026' }) } },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('restoring one in a sent month is refused too, and nothing is written', async () => {
    await test.call('teamMeetings.skipOccurrence', { unitId, id: patternId, date: '2026-11-03' });
    await test.call('billing.markSent', { unitId, month: '2026-11' });
    const before = dumpDatabase(test.db);
    const locked = { ok: false, error: { code: 'CONFLICT', message: translate('error.billing.monthLocked', { month: 'november 2026' }) } };
    expect(await test.send('teamMeetings.restoreOccurrence', { unitId, id: patternId, date: '2026-11-03' })).toMatchObject(locked);
    expect(dumpDatabase(test.db)).toBe(before);
  });
});
