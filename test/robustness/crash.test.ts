import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bundleForNode } from '../bundleForNode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../store/testDatabase';

// The writer is killed with SIGKILL at random moments (20–200 ms after its first saved
// transaction), over and over, on one database file. After every kill the file must pass
// integrity_check and hold every transaction the writer was told had been saved, each whole.

const ROOT = path.resolve(__dirname, '../..');
const KILLS = 60;

let folder: ReturnType<typeof tempFolder>;
let driver: string;
beforeAll(async () => {
  folder = tempFolder();
  driver = path.join(folder.dir, 'crashDriver.cjs');
  await bundleForNode(path.join(__dirname, 'crashDriver.ts'), driver);
});
afterAll(() => folder.remove());

/** A seeded generator, so a failing run can be repeated with the seed in its message. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Writer {
  /** Opens the database and starts writing; resolves at the first acknowledgement. */
  start(): Promise<void>;
  /** SIGKILL; resolves with the whole lines it printed (a line cut by the kill does not count). */
  kill(): Promise<string[]>;
}

/** A writer process with its modules loaded, waiting for start(). */
function spawnWriter(dataDir: string, run: number): Writer {
  const child = spawn(process.execPath, [driver], {
    env: { ...process.env, CRASH_DATA_DIR: dataDir, CRASH_RUN: String(run), NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const firstAck = new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.includes('\n')) resolve();
    }),
  );
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return {
    async start() {
      child.stdin.write('start\n');
      await Promise.race([firstAck, exited]);
      if (child.exitCode !== null) throw new Error(`The writer stopped on its own (run ${run}): ${stderr}`);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
      return stdout.split('\n').slice(0, -1);
    },
  };
}

interface Acknowledged {
  units: Set<number>;
  memberships: [unitId: number, personId: number][];
  imports: Map<number, number[]>;
}

function record(lines: string[], acknowledged: Acknowledged): void {
  for (const line of lines) {
    const [kind, ...ids] = line.split(' ');
    const numbers = ids.map(Number);
    if (kind === 'unit') acknowledged.units.add(numbers[0]!);
    else if (kind === 'staff') acknowledged.memberships.push([numbers[0]!, numbers[1]!]);
    else if (kind === 'import') acknowledged.imports.set(numbers[0]!, numbers.slice(1));
    else throw new Error(`Unknown line from the writer: ${line}`);
  }
}

/** What the file holds after a kill; each unit's roster, by the order the writer builds it. */
function inspect(file: string, acknowledged: Acknowledged): string[] {
  const problems: string[] = [];
  const db = new Database(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const units = new Set(db.prepare('SELECT id FROM units').pluck().all() as number[]);
    const members = db.prepare('SELECT unit_id AS unitId, person_id AS personId FROM unit_staff').all() as { unitId: number; personId: number }[];
    const rosters = new Map<number, Set<number>>();
    for (const { unitId, personId } of members) rosters.set(unitId, (rosters.get(unitId) ?? new Set()).add(personId));

    for (const unitId of acknowledged.units) if (!units.has(unitId)) problems.push(`acknowledged unit ${unitId} is missing`);
    for (const [unitId, personId] of acknowledged.memberships) {
      if (!rosters.get(unitId)?.has(personId)) problems.push(`acknowledged staff member ${personId} of unit ${unitId} is missing`);
    }
    for (const [unitId, personIds] of acknowledged.imports) {
      for (const personId of personIds)
        if (!rosters.get(unitId)?.has(personId)) problems.push(`acknowledged import ${personId} of unit ${unitId} is missing`);
    }
    // Saved or not, a transaction is never half there: a roster is 0, 1 or 1 + 3 people.
    for (const [unitId, roster] of rosters) if (![1, 4].includes(roster.size)) problems.push(`unit ${unitId} has a partial roster of ${roster.size}`);
  } finally {
    db.close();
  }
  return problems;
}

describe('a crash at any moment', () => {
  it(`loses nothing acknowledged and never corrupts the file (${KILLS} kills)`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
    const random = mulberry32(seed);
    const acknowledged: Acknowledged = { units: new Set(), memberships: [], imports: new Map() };
    const started = Date.now();
    let lines = 0;
    let writer = spawnWriter(folder.dir, 1);
    for (let run = 1; run <= KILLS; run++) {
      const wait = 20 + Math.floor(random() * 181);
      await writer.start();
      // The next writer loads its modules meanwhile; it does not touch the database yet.
      const next = spawnWriter(folder.dir, run + 1);
      await new Promise((resolve) => setTimeout(resolve, wait));
      const output = await writer.kill();
      writer = next;
      lines += output.length;
      record(output, acknowledged);
      const problems = inspect(folder.file, acknowledged);
      expect(problems, `seed ${seed}, kill ${run} after ${wait} ms`).toEqual([]);
    }
    await writer.kill();
    // The writer got real work done between kills, not just its start-up.
    expect(acknowledged.units.size).toBeGreaterThanOrEqual(KILLS);
    console.info(`[crash] ${KILLS} kills, ${lines} acknowledged transactions, ${Date.now() - started} ms, seed ${seed}`);
  }, 120_000);
});
