import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

// Issue 11: the first view (the plan, or the first-run guide) loads at most 200 KiB of gzipped
// JavaScript; the heavy views come as chunks of their own when opened. The renderer is built
// here, in memory, with the project's own vite.config.ts (a couple of seconds), so the test
// never depends on, or skips for, an old or missing dist/.

const root = path.resolve(__dirname, '../..');
const BUDGET_BYTES = 200 * 1024;

/** Modules the first screen does not need: views, print documents, export and file reading. */
const LATER = [
  'renderer/src/billing/BillingView.tsx',
  'renderer/src/billing/BillingFormDocument.tsx',
  'renderer/src/billing/download.ts',
  'renderer/src/dataSafety/BackupsView.tsx',
  'renderer/src/dataSafety/RecoveryView.tsx',
  'renderer/src/dataSafety/AuditLogView.tsx',
  'renderer/src/staff/RosterImport.tsx',
  'renderer/src/staff/readRosterFile.ts',
  'renderer/src/print/AgendaPrint.tsx',
  'renderer/src/print/MinutesPrint.tsx',
  'renderer/src/overview/YearOverviewView.tsx',
  'renderer/src/overview/YearOverviewPrint.tsx',
  'renderer/src/staff/RosterPrint.tsx',
  'renderer/src/statistics/StatisticsView.tsx',
  'renderer/src/statistics/FollowUpReport.tsx',
];

let chunks: Rolldown.OutputChunk[] = [];
let firstView: Rolldown.OutputChunk[] = [];

const idOf = (moduleId: string) => path.relative(root, moduleId).split(path.sep).join('/');
const gzipped = (chunk: Rolldown.OutputChunk) => gzipSync(chunk.code, { level: 9 }).length;

/** The production bundle: Vite follows NODE_ENV, which vitest sets to 'test' (React's larger development build). */
async function buildRenderer() {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false, sourcemap: false } });
  } finally {
    process.env.NODE_ENV = before;
  }
}

beforeAll(async () => {
  const output = await buildRenderer();
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  chunks = outputs.flatMap((o) => o.output).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  // The entry and everything it imports statically: what the browser loads before the first view shows.
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const loaded = new Set<Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk | undefined) => {
    if (!chunk || loaded.has(chunk)) return;
    loaded.add(chunk);
    chunk.imports.forEach((file) => visit(byFile.get(file)));
  };
  visit(entry);
  firstView = [...loaded];
}, 120_000);

describe('the renderer bundle', () => {
  it('loads the first view with at most 200 KiB of gzipped JavaScript', () => {
    const bytes = firstView.reduce((sum, chunk) => sum + gzipped(chunk), 0);
    expect(firstView.length).toBeGreaterThan(0);
    expect(bytes, `${(bytes / 1024).toFixed(1)} KiB`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('loads billing, backups, recovery, the log, roster import and the print documents only when opened', () => {
    const first = new Set(firstView.flatMap((chunk) => chunk.moduleIds.map(idOf)));
    const all = new Set(chunks.flatMap((chunk) => chunk.moduleIds.map(idOf)));
    for (const module of LATER) {
      expect(all, module).toContain(module);
      expect(first, module).not.toContain(module);
    }
  });

  it('loads the chart library only with the statistics view', () => {
    const first = firstView.flatMap((chunk) => chunk.moduleIds.map(idOf));
    const all = chunks.flatMap((chunk) => chunk.moduleIds.map(idOf));
    expect(all.some((id) => id.startsWith('node_modules/recharts/'))).toBe(true);
    expect(first.filter((id) => /^node_modules\/(recharts|d3-|victory-vendor)/.test(id))).toEqual([]);
  });

  it('carries no date-fns locale but Swedish', () => {
    const locales = chunks.flatMap((chunk) => chunk.moduleIds.map(idOf)).filter((id) => /date-fns\/locale\/[^_]/.test(id));
    expect(locales.length).toBeGreaterThan(0);
    expect(locales.filter((id) => !/date-fns\/locale\/sv(\.js|\/)/.test(id))).toEqual([]);
  });

  it('carries none of zod’s JSON Schema code', () => {
    const jsonSchema = chunks.flatMap((chunk) => chunk.moduleIds.map(idOf)).filter((id) => /^node_modules\/zod\/.*json-schema/.test(id));
    expect(jsonSchema).toEqual([]);
    // The converter's draft URL is in the real code; the stand-in has none.
    expect(chunks.filter((chunk) => chunk.code.includes('json-schema.org'))).toEqual([]);
  });
});
