import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_EXTERNALS } from '../../scripts/nodeExternals.mjs';
import { runNodeDriver } from '../bundleForNode';

// What the backend's start does not need, it does not load: the .xlsx writer (about 100 ms)
// is loaded on the first export, the .ics writer (ical-generator and its time-zone data) on
// the first calendar export, and of date-fns (about 60 ms as a whole) only the few
// functions the backend uses are loaded (not format: the audit's time of day is written
// out). Checked in a fresh Node process running the backend bundled as the app
// bundles it (CommonJS, packages external), whose require cache tells what has been loaded.
const root = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'handledning-start-lazy-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const DRIVER = `
import { sep } from 'node:path';
import { sheetToXlsx } from './electron/backend/export/xlsx';
import { startBackend } from './electron/backend/startBackend';

const wholeDateFns = () => Object.keys(require.cache).some((file) => file.endsWith(sep + 'date-fns' + sep + 'index.cjs'));
const dateFnsFormat = () => Object.keys(require.cache).some((file) => file.endsWith(sep + 'date-fns' + sep + 'format.cjs'));
const loaded = () => Object.keys(require.cache).some((file) => file.includes(sep + 'write-excel-file' + sep));
void (async () => {
  const backend = await startBackend({ dataDir: process.argv[2]!, today: () => '2026-12-02', version: 'test' });
  const atStart = loaded();
  const formatAtStart = dateFnsFormat();
  const xlsx = await sheetToXlsx({ name: 'Blad', columnWidths: [10], rows: [{ style: 'plain', cells: [{ kind: 'count', value: 1 }] }] });
  backend.close();
  process.stdout.write(
    JSON.stringify({
      atStart,
      afterExport: loaded(),
      wholeDateFns: wholeDateFns(),
      formatAtStart,
      // An .xlsx file is a zip archive: it starts with PK.
      zip: Buffer.from(xlsx).subarray(0, 2).toString(),
    }),
  );
})();
`;

// Bundled as the app bundles it (NODE_EXTERNALS), but for the time-zone data, left outside so
// that the require cache tells whether the .ics writer's module has run. ical-generator
// stays bundled: required from a CommonJS bundle, its CommonJS build would not be the one the
// app's bundle holds.
const ICS_DRIVER = `
import { sep } from 'node:path';
import { startBackend } from './electron/backend/startBackend';

const icsLoaded = () => Object.keys(require.cache).some((file) => file.includes(sep + 'ical-timezones' + sep));
void (async () => {
  const backend = await startBackend({ dataDir: process.argv[2]!, today: () => '2026-12-02', version: 'test' });
  const atStart = icsLoaded();
  const unit = await backend.dispatch('units.create', { name: 'Hemtjänst Norr', providerName: 'Norrtälje kommun', managerName: 'Anna Berg' });
  if (!unit.ok) throw new Error(JSON.stringify(unit.error));
  const ics = await backend.dispatch('calendar.teamMeetings', { unitId: (unit.value as { id: number }).id, from: '2026-11-30', to: '2026-12-27' });
  if (!ics.ok) throw new Error(JSON.stringify(ics.error));
  backend.close();
  const calendar = Buffer.from((ics.value as { base64: string }).base64, 'base64').toString('utf8');
  process.stdout.write(JSON.stringify({ atStart, afterCalendarExport: icsLoaded(), calendar: calendar.slice(0, 15) }));
})();
`;

async function runAsTheAppBundles(source: string, name: string, external: string[]): Promise<unknown> {
  const outfile = path.join(temp, `${name}.cjs`);
  await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: [...NODE_EXTERNALS, ...external],
    logLevel: 'error',
  });
  const output = execFileSync(process.execPath, [outfile, path.join(temp, `data-${name}`)], {
    cwd: root,
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

const runDriver = (source: string, name: string) =>
  runNodeDriver(source, { root, outfile: path.join(temp, `${name}.cjs`), dataDir: path.join(temp, `data-${name}`) });

describe('the backend’s start', () => {
  it('loads neither the .xlsx writer (only the first export does) nor the whole of date-fns, nor its format', { timeout: 60_000 }, async () => {
    expect(await runDriver(DRIVER, 'lazy')).toEqual({ atStart: false, afterExport: true, wholeDateFns: false, formatAtStart: false, zip: 'PK' });
  });

  it('loads the .ics writer on the first calendar export only', { timeout: 60_000 }, async () => {
    const ics = await runAsTheAppBundles(ICS_DRIVER, 'lazy-ics', ['@touch4it/ical-timezones']);
    expect(ics).toEqual({ atStart: false, afterCalendarExport: true, calendar: 'BEGIN:VCALENDAR' });
  });

  // zod's index exports its whole API as one `z` object: `import { z } from 'zod'` bundles all of
  // it (its 40-odd locales, the JSON-schema reader: three quarters of the app's start file,
  // each start reading and compiling it), where `import * as z` lets the bundler keep what is used.
  it('carries into the app’s Node bundle only the zod it uses: no locale but English, no reader of JSON schemas', { timeout: 60_000 }, async () => {
    const result = await build({
      entryPoints: [path.join(root, 'electron/backend/startBackend.ts')],
      write: false,
      outdir: path.join(temp, 'zod-bundle'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: NODE_EXTERNALS,
      metafile: true,
      logLevel: 'error',
    });
    // Every file zod has is read; what a bundle carries are the inputs with bytes in its output.
    const carried = Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, use]) => use.bytesInOutput > 0)
        .map(([file]) => file),
    );
    const zodFiles = carried.filter((file) => file.includes('node_modules/zod/'));
    expect(zodFiles.some((file) => file.endsWith('/core/schemas.js'))).toBe(true);
    expect(zodFiles.filter((file) => file.includes('/locales/') && !file.endsWith('/locales/en.js'))).toEqual([]);
    expect(zodFiles.filter((file) => file.endsWith('/from-json-schema.js'))).toEqual([]);
  });
});
