// `npm run bench`: how fast the real backend answers over real SQLite files, and how big
// the renderer bundle is. Speed lives here, never in the tests. The figures and what a user
// would feel are written down in docs/bench.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import { addDaysIso, weekKeyOf } from '../../shared/domain/calendar';
import { defaultPlanWindow } from '../../shared/domain/plan';
import type { IsoDate, StaffRole } from '../../shared/domain/types';
import type { Backend } from '../../electron/backend/api/createBackend';
import { databasePaths } from '../../electron/backend/dataDir';
import { startBackend } from '../../electron/backend/startBackend';

/** The repository: scripts/bench.mjs runs this from there. */
const ROOT = process.cwd();
/** Wednesday 2 December 2026: November is over, December has started. */
const TODAY: IsoDate = '2026-12-02';
const VERSION = 'bench';
const UNITS = 5;
/** Monday 4 December 2023 .. Monday 23 November 2026: 157 weekly sessions, three years. */
const FIRST_MONDAY: IsoDate = '2023-12-04';
const WEEKS = 157;
/** Months sent while seeding: everything before May 2026 (May–November stay open for the bench). */
const LAST_SENT_MONTH = '2026-04';
const OPEN_MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
const ROLES: StaffRole[] = ['physiotherapist', 'occupationalTherapist', 'nurse', 'planner', ...Array.from({ length: 8 }, () => 'careStaff' as const)];

const temp = mkdtempSync(path.join(os.tmpdir(), 'handledning-bench-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));
let folders = 0;
const newFolder = () => path.join(temp, `data-${++folders}`);

const start = (dataDir: string) => startBackend({ dataDir, today: () => TODAY, version: VERSION });

async function call<M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<M>;
}

// --- Measuring ------------------------------------------------------------------------

interface Row {
  what: string;
  runs: number;
  median: number;
  p95: number;
  unit: string;
}
const rows: Row[] = [];
const facts: { what: string; value: string }[] = [];

/** Nearest-rank percentile of sorted figures. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;

/**
 * Times `work` over `runs` runs after `warmup` untimed ones (the first calls compile the
 * queries and warm V8); `prepare` runs before each, untimed.
 */
async function measure(
  what: string,
  runs: number,
  work: (run: number) => Promise<unknown>,
  options: { warmup?: number; prepare?: (run: number) => Promise<void> } = {},
) {
  const warmup = options.warmup ?? 2;
  const times: number[] = [];
  for (let run = 0; run < warmup + runs; run++) {
    await options.prepare?.(run);
    const begin = performance.now();
    await work(run);
    const elapsed = performance.now() - begin;
    if (run >= warmup) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const row = { what, runs, median: percentile(times, 0.5), p95: percentile(times, 0.95), unit: 'ms' };
  rows.push(row);
  console.log(`  ${what}: median ${row.median.toFixed(2)} ms, p95 ${row.p95.toFixed(2)} ms (${runs} runs)`);
}

// --- The seeded database --------------------------------------------------------------

const mondays = Array.from({ length: WEEKS }, (_, i) => addDaysIso(FIRST_MONDAY, 7 * i));
const monthOf = (date: IsoDate) => date.slice(0, 7);

interface SeededUnit {
  unitId: number;
  staffIds: number[];
  chairId: number;
}

const CASE: MethodInput<'cases.save'>['case'] = {
  reference: 'Ärende',
  kind: 'newRehab',
  goal: 'Klara morgonrutinen själv',
  subGoals: ['Ta på strumpor med strumppådragare', 'Gå till köket med rollator'],
  notes: 'Följs upp om fyra veckor.',
  documentation: {
    caseSystem: { done: true, responsibleId: null },
    needsAssessor: { done: false, responsibleId: null },
    implementationPlan: { done: false, responsibleId: null },
    seniorAlert: { done: false, responsibleId: null },
  },
};

const heldInput = (unit: SeededUnit, week: string): MethodInput<'sessions.recordHeld'> => ({
  unitId: unit.unitId,
  week,
  startTime: '13:00',
  durationMinutes: 60,
  location: 'office',
  chairIds: [unit.chairId],
  attendeeIds: unit.staffIds,
  guests: [],
});

/**
 * Five units as a manager would have filled them in through the app, every write through
 * backend.dispatch: a Wednesday rule, twelve staff, every week of three years held with all
 * twelve, a case every second week, an action every fourth week (closed two weeks later),
 * and every month before May 2026 sent.
 */
async function seed(backend: Backend): Promise<{ units: SeededUnit[]; counts: Record<string, number> }> {
  const units: SeededUnit[] = [];
  const counts = { heldSessions: 0, attendances: 0, cases: 0, actions: 0, sentMonths: 0 };
  for (let u = 1; u <= UNITS; u++) {
    const { id: unitId } = await call(backend, 'units.create', { name: `Hemtjänst ${u}`, providerName: 'Omsorg AB', managerName: `Chef ${u}` });
    await call(backend, 'slotRules.add', { unitId, weekday: 3, startTime: '13:00', durationMinutes: 60, validFrom: '2023-12-01' });
    await call(backend, 'billing.settings.save', {
      unitId,
      municipality: 'Exempelby kommun',
      providerOrgNumber: '556677-8899',
      costCentre: `KS 44${u}0`,
      managerPhone: '0123-456 78',
      billableRoles: ['careStaff', 'unitManager', 'planner', 'rehabAssistant'],
      rate: { kind: 'perParticipantHour', amountOre: 24975 },
    });
    const staffIds: number[] = [];
    for (const [i, role] of ROLES.entries()) {
      const member = await call(backend, 'staff.add', {
        unitId,
        name: `Person ${u}-${i + 1}`,
        role,
        employment: 'regular',
        activeFrom: '2023-01-01',
      });
      staffIds.push(member.id);
    }
    const unit = { unitId, staffIds, chairId: staffIds[0]! };
    units.push(unit);

    const openActions = new Map<number, number>();
    for (const [i, monday] of mondays.entries()) {
      const week = weekKeyOf(monday);
      await call(backend, 'sessions.recordHeld', heldInput(unit, week));
      counts.heldSessions++;
      counts.attendances += staffIds.length;
      if (i % 2 === 0) {
        await call(backend, 'cases.save', { unitId, week, id: null, case: { ...CASE, reference: `Ärende ${u}-${i}` } });
        counts.cases++;
      }
      if (i % 4 === 0) {
        const detail = await call(backend, 'actions.save', {
          unitId,
          week,
          id: null,
          what: `Åtgärd ${i}`,
          responsibleId: staffIds[4 + (i % 8)]!,
          dueDate: addDaysIso(monday, 14),
        });
        openActions.set(i, detail.actions.at(-1)!.id);
        counts.actions++;
      }
      const due = openActions.get(i - 2);
      if (due !== undefined) {
        await call(backend, 'actions.setStatus', { unitId, week, id: due, status: 'done' });
        openActions.delete(i - 2);
      }
    }
    for (const month of [...new Set(mondays.map(monthOf))].filter((m) => m <= LAST_SENT_MONTH)) {
      await call(backend, 'billing.markSent', { unitId, month });
      counts.sentMonths++;
    }
  }
  return { units, counts };
}

// --- The renderer bundle --------------------------------------------------------------

function rendererBundle() {
  const assets = path.join(ROOT, 'dist', 'renderer', 'assets');
  if (!existsSync(assets)) {
    console.log('  dist/renderer is missing: building it (node scripts/build.mjs)');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const name of files) {
    const bytes = readFileSync(path.join(assets, name));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzipped, builtAt: statSync(assets).mtime };
}

// --- The run --------------------------------------------------------------------------

/** Other work on the machine skews the figures: the 1-minute load average is printed with them. */
const loadAverage = () => os.loadavg()[0]!.toFixed(2);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

async function main() {
  const began = performance.now();
  const cpus = os.cpus();
  console.log(`Handledning bench, ${new Date().toISOString()}`);
  console.log(
    `Node ${process.version}, ${cpus.length} CPU (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.release()}, ${mib(os.totalmem())} RAM, load average ${loadAverage()}`,
  );
  console.log(`Temp folder: ${temp}\n`);

  console.log('Start-up on an empty folder (creates the database, runs every migration):');
  await measure('startBackend, empty folder', 50, async () => (await start(newFolder())).close());

  console.log(`\nSeeding ${UNITS} units x ${WEEKS} weeks through backend.dispatch ...`);
  const dataDir = newFolder();
  const seeding = await start(dataDir);
  const seedBegan = performance.now();
  const { units, counts } = await seed(seeding);
  seeding.close();
  const { file } = databasePaths(dataDir);
  console.log(`  seeded in ${((performance.now() - seedBegan) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}, file ${mib(statSync(file).size)}\n`);
  facts.push({
    what: 'Seeded database',
    value: `${UNITS} units, ${counts.heldSessions} held sessions, ${counts.attendances} attendances, ${counts.cases} cases, ${counts.actions} actions, ${counts.sentMonths} sent months; ${mib(statSync(file).size)}`,
  });

  console.log('Start-up on the seeded database (quick_check + open):');
  await measure('startBackend, seeded database', 50, async () => (await start(dataDir)).close());

  const backend = await start(dataDir);
  const [u1, u2] = units as [SeededUnit, SeededUnit];
  /** A week with a case and an action agreed in it (2026-W44). */
  const noteWeek = weekKeyOf(mondays[152]!);
  // What the timed calls answer with, so a figure never comes from an empty answer.
  const twoYears = await call(backend, 'plan.get', { unitId: u1.unitId, from: '2024-12-02', to: '2026-12-01' });
  const detail = await call(backend, 'sessions.get', { unitId: u1.unitId, week: noteWeek });
  const draft = await call(backend, 'billing.form', { unitId: u1.unitId, month: '2026-10' });
  if (twoYears.length < 100 || detail.attendees.length !== 12 || draft.rows.length === 0)
    throw new Error('The seeded answers are not what the bench measures');
  facts.push({
    what: 'Answers measured',
    value: `plan.get 2 years: ${twoYears.length} sessions; sessions.get: ${detail.attendees.length} attendees, ${detail.cases.length} case(s), ${detail.followUp.length} follow-up action(s); billing.form: ${draft.rows.length} rows`,
  });
  console.log('\nCalls on the seeded database:');
  await measure('plan.get, 17 weeks', 200, () => call(backend, 'plan.get', { unitId: u1.unitId, ...defaultPlanWindow(TODAY) }));
  await measure('plan.get, 2 years', 100, () => call(backend, 'plan.get', { unitId: u1.unitId, from: '2024-12-02', to: '2026-12-01' }));
  await measure('sessions.get', 200, () => call(backend, 'sessions.get', { unitId: u1.unitId, week: noteWeek }));
  // A correction of a held week replaces the whole record: the same work as the first save.
  await measure('sessions.recordHeld, 12 attendees', 200, (run) =>
    call(backend, 'sessions.recordHeld', { ...heldInput(u2, run % 2 ? '2026-W46' : '2026-W47') }),
  );
  await measure('billing.form, one month (draft)', 200, () => call(backend, 'billing.form', { unitId: u1.unitId, month: '2026-10' }));
  await measure('billing.form, one month (sent)', 200, () => call(backend, 'billing.form', { unitId: u1.unitId, month: '2026-03' }));
  await measure(`billing.summary, ${UNITS} units (open month)`, 100, () => call(backend, 'billing.summary', { month: '2026-10' }));
  // Each run sends a month not sent before (May–November of every unit, 35 in all); the
  // last one stays open and is exported as a draft, as when the manager exports before sending.
  const unsent = units.flatMap((unit) => OPEN_MONTHS.map((month) => ({ unitId: unit.unitId, month })));
  const exported = unsent.pop()!;
  await measure('billing.markSent', 30, (run) => call(backend, 'billing.markSent', unsent[run]!));
  await measure('billing.exportXlsx (draft)', 100, () => call(backend, 'billing.exportXlsx', exported));
  let backupBytes = 0;
  await measure(
    'backups.create (verified)',
    30,
    async () => {
      backupBytes = (await call(backend, 'backups.create', {})).sizeBytes;
    },
    { warmup: 1 },
  );
  backend.close();
  facts.push({ what: 'Backup file size', value: `${mib(backupBytes)} (${backupBytes} bytes)` });

  const bundle = rendererBundle();
  facts.push({
    what: 'Renderer JS bundle',
    value: `${bundle.files} file(s), ${kib(bundle.raw)} raw, ${kib(bundle.gzipped)} gzipped (build of ${bundle.builtAt.toISOString()})`,
  });

  console.log('\n| What | Runs | Median | p95 |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.what} | ${row.runs} | ${row.median.toFixed(2)} ms | ${row.p95.toFixed(2)} ms |`);
  console.log('\n| Fact | Value |');
  console.log('|---|---|');
  console.log(`| Machine | Node ${process.version}, ${cpus.length} CPU (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} |`);
  for (const fact of facts) console.log(`| ${fact.what} | ${fact.value} |`);
  console.log(`| Load average (1 min) at the end | ${loadAverage()} |`);
  console.log(`\nWhole bench: ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
