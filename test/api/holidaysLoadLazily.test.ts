import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// date-holidays costs 100-170 ms to load: the backend's start must not pay it, only the
// first plan that needs a year's days off. Checked in a fresh Node process running the
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
  const days = swedishDaysOff('2026-12-28', '2027-01-10').map((day) => day.date);
  backend.close();
  process.stdout.write(JSON.stringify({ atStart, afterPlan: loaded(), days }));
})();
`;

describe('the holiday rules', () => {
  it('are not loaded when the backend starts, only when days off are first asked for', { timeout: 60_000 }, async () => {
    const bundle = path.join(temp, 'driver.cjs');
    await build({
      stdin: { contents: DRIVER, resolveDir: root, loader: 'ts' },
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'error',
    });
    const output = execFileSync(process.execPath, [bundle, path.join(temp, 'data')], {
      cwd: root,
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({ atStart: false, afterPlan: true, days: ['2026-12-31', '2027-01-01', '2027-01-06'] });
  });
});
