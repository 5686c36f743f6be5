import { afterEach, describe, expect, it } from 'vitest';
import { storeForEveryUnitMonth } from '../../electron/backend/services/everyUnitMonth';
import { createStore } from '../../electron/backend/store/store';
import { NORR, startTestBackend, type TestBackend } from '../api/testBackend';

// The billing summary's reads of one month for every unit (store/everyUnit.ts) answer each
// unit as its own per-unit reads do, except that of the sent months only those the month's
// weeks reach are read: years of sent months are not the summary's business.

let test: TestBackend;
afterEach(() => test.close());

/** Two units with a Thursday rule, weeks 2-17 held by everyone, January to March sent. */
async function twoUnitsWithSentMonths() {
  test = await startTestBackend('2026-05-20');
  const units: number[] = [];
  for (const name of ['Hemtjänst Norr', 'Hemtjänst Söder']) {
    const unit = await test.call('units.create', { ...NORR, name });
    await test.call('slotRules.add', { unitId: unit.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-01-01' });
    const add = (person: string, role: 'careStaff' | 'physiotherapist') =>
      test.call('staff.add', { unitId: unit.id, name: `${person} ${name}`, role, employment: 'regular', activeFrom: '2026-01-01' });
    const staffIds = [(await add('Eva', 'physiotherapist')).id, (await add('Anna', 'careStaff')).id, (await add('Bo', 'careStaff')).id];
    for (let week = 2; week <= 17; week++) {
      await test.call('sessions.recordHeld', {
        unitId: unit.id,
        week: `2026-W${String(week).padStart(2, '0')}`,
        startTime: '14:00',
        durationMinutes: 30,
        location: 'office',
        chairIds: [staffIds[0]!],
        attendeeIds: staffIds.slice(0, 1 + (week % 3)),
        guests: [],
      });
    }
    for (const month of ['2026-01', '2026-02', '2026-03']) await test.call('billing.markSent', { unitId: unit.id, month });
    units.push(unit.id);
  }
  return units;
}

describe('one month read for every unit', () => {
  it('reads only the sent months its weeks reach, and answers sessions and roles as the per-unit reads do', { timeout: 60_000 }, async () => {
    const units = await twoUnitsWithSentMonths();
    const store = createStore(test.db);
    // April's weeks run from Monday 30 March (week 14) to Sunday 3 May (week 18).
    const everyUnit = storeForEveryUnitMonth(store, '2026-04');
    const roleCounts = (byWeek: Map<string, { role: string }[]>) =>
      [...byWeek].map(([week, roles]) => [week, roles.map(({ role }) => role).sort()]).sort();
    for (const unitId of units) {
      expect(store.billing.months(unitId).map(({ month }) => month)).toEqual(['2026-01', '2026-02', '2026-03']);
      expect(everyUnit.billing.months(unitId)).toEqual(store.billing.months(unitId).filter(({ month }) => month === '2026-03'));
      expect(everyUnit.heldSessions.summariesBetween(unitId, '2026-W14', '2026-W18')).toEqual(
        store.heldSessions.summariesBetween(unitId, '2026-W14', '2026-W18'),
      );
      expect(roleCounts(everyUnit.heldSessions.participantRolesBetween(unitId, '2026-W14', '2026-W18'))).toEqual(
        roleCounts(store.heldSessions.participantRolesBetween(unitId, '2026-W14', '2026-W18')),
      );
    }
  });
});
