import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNodeDriver } from '../bundleForNode';

// date-holidays costs 100-170 ms to load: neither the backend's start nor a plan within the
// years of holidaysTable.ts pays it, only the first plan of a year outside them. Checked in
// a fresh Node process running the
// backend bundled as the app bundles it (CommonJS, packages external), whose require cache
// tells what has been loaded.
const root = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'handledning-holidays-lazy-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const DRIVER = `
import { sep } from 'node:path';
import { swedishDaysOff } from './electron/backend/holidays';
import { startBackend } from './electron/backend/startBackend';

const loaded = () => Object.keys(require.cache).some((file) => file.includes(sep + 'date-holidays' + sep));
void (async () => {
  const backend = await startBackend({ dataDir: process.argv[2]!, today: () => '2026-12-02', version: 'test' });
  const atStart = loaded();
  await backend.dispatch('units.create', { name: 'Hemtjänst Norr', providerName: 'Omsorg i Norr AB', managerName: 'Anna Berg' });
  await backend.dispatch('slotRules.add', { unitId: 1, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-12-01' });
  const plan = await backend.dispatch('plan.get', { unitId: 1, from: '2026-12-28', to: '2027-01-10' });
  const days = swedishDaysOff('2026-12-28', '2027-01-10').map((day) => day.date);
  const afterPlan = loaded();
  const farAhead = swedishDaysOff('2100-12-24', '2100-12-26').map((day) => day.date);
  backend.close();
  process.stdout.write(JSON.stringify({ atStart, afterPlan, days, farAhead, afterFarAhead: loaded(), planWeeks: plan.ok ? plan.value.length : plan.error }));
})();
`;

describe('the holiday rules', () => {
  it('are loaded neither at start nor for a plan within the table’s years, only for a year outside them', { timeout: 60_000 }, async () => {
    const output = await runNodeDriver(DRIVER, { root, outfile: path.join(temp, 'driver.cjs'), dataDir: path.join(temp, 'data') });
    expect(output).toEqual({
      atStart: false,
      afterPlan: false,
      days: ['2026-12-31', '2027-01-01', '2027-01-06'],
      farAhead: ['2100-12-24', '2100-12-25', '2100-12-26'],
      afterFarAhead: true,
      planWeeks: 2,
    });
  });
});
