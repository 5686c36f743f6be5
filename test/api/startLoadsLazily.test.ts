import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNodeDriver } from '../bundleForNode';

// What the backend's start does not need, it does not load: the .xlsx writer (about 100 ms)
// is loaded on the first export, and of date-fns (about 60 ms as a whole) only the few
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
  // An .xlsx file is a zip archive: it starts with PK.
  process.stdout.write(JSON.stringify({ atStart, afterExport: loaded(), wholeDateFns: wholeDateFns(), formatAtStart, zip: Buffer.from(xlsx).subarray(0, 2).toString() }));
})();
`;

const runDriver = (source: string, name: string) =>
  runNodeDriver(source, { root, outfile: path.join(temp, `${name}.cjs`), dataDir: path.join(temp, `data-${name}`) });

describe('the backend’s start', () => {
  it('loads neither the .xlsx writer (only the first export does) nor the whole of date-fns, nor its format', { timeout: 60_000 }, async () => {
    expect(await runDriver(DRIVER, 'lazy')).toEqual({ atStart: false, afterExport: true, wholeDateFns: false, formatAtStart: false, zip: 'PK' });
  });
});
