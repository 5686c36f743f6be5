import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notActiveOn } from '../../shared/domain/roster';
import { NORR, startTestBackend, type TestBackend } from '../api/testBackend';

// The session view lists who cannot be ticked from the roster it already holds (staff.list with
// leavers), with the backend's rule, instead of asking staff.notActiveInWeek once more per week.
// Today is Monday 7 December 2026; the routine meets on Thursdays (week 49: 3 December).
const TODAY = '2026-12-07';

let test: TestBackend;
let unitId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  unitId = (await test.call('units.create', NORR)).id;
  await test.call('slotRules.add', { unitId, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-06-01' });
});
afterEach(() => test.close());

const add = (name: string, activeFrom: string) => test.call('staff.add', { unitId, name, role: 'careStaff', employment: 'regular', activeFrom });
const leaves = (personId: number, activeTo: string) => test.call('staff.deactivate', { unitId, personId, activeTo });

/** What the session view derives from what it has loaded for the week. */
async function derivedInSessionView(week: string) {
  const [detail, roster] = await Promise.all([
    test.call('sessions.get', { unitId, week }),
    test.call('staff.list', { unitId, includeInactive: true }),
  ]);
  return notActiveOn(roster, detail.session.date);
}

describe('who is not active in a week, as the session view derives it', () => {
  it('equals the API answer for a later starter, a leaver of last week, one long gone and an active member', async () => {
    await add('Anna Lund', '2026-06-01');
    await add('Dan Ek', '2027-01-04');
    await leaves((await add('Bo Ek', '2026-06-01')).id, '2026-11-30');
    await leaves((await add('Gun Vik', '2026-06-01')).id, '2026-08-01');

    for (const week of ['2026-W49', '2026-W50', '2026-W36', '2027-W02']) {
      const answered = await test.call('staff.notActiveInWeek', { unitId, week });
      expect(await derivedInSessionView(week)).toEqual(answered);
    }
    // The set is not trivial: week 49 names the later starter and last week's leaver only.
    expect((await derivedInSessionView('2026-W49')).map((m) => [m.name, m.reason])).toEqual([
      ['Bo Ek', 'left'],
      ['Dan Ek', 'notStarted'],
    ]);
  });
});
