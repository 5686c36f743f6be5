// Seeding the large database takes minutes: the result is kept in node_modules/.cache and
// copied on the next run. The key holds everything the file depends on: the seed, the
// sizes, and the text of the migrations and of the seed script, so a new migration or a
// changed seed rebuilds it. (A changed service that writes different rows does not: the
// bench and the seed are tools, and `--fresh` rebuilds by hand.)
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { seedDatabase, type SeedCounts, type SeedOptions } from './seedLarge';

/** The sources the seeded file is made from, relative to the repository. */
const SOURCES = ['electron/backend/store/migrations', 'scripts/seed/seedLarge.ts'];

function filesUnder(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, path.join(entry, name)));
}

export function seedKey(root: string, options: SeedOptions): string {
  // In a fixed order: the CLI and the bench build their options in different orders.
  const hash = createHash('sha256').update(JSON.stringify([options.seed, options.units, options.people, options.years]));
  for (const file of SOURCES.flatMap((entry) => filesUnder(root, entry))) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

export interface SeededFile {
  /** The cached file: copy it, never open it for writing. */
  file: string;
  cached: boolean;
  seconds: number;
  counts: SeedCounts | null;
}

/** The seeded database for these options, from the cache or seeded now (and cached). */
export async function seededFile(root: string, options: SeedOptions, fresh = false, progress?: (message: string) => void): Promise<SeededFile> {
  const folder = path.join(root, 'node_modules', '.cache', 'handledning-seed');
  mkdirSync(folder, { recursive: true });
  const { units, people, years, seed } = options;
  const file = path.join(folder, `u${units}-p${people}-y${years}-s${seed}-${seedKey(root, options)}.sqlite`);
  if (existsSync(file) && !fresh) return { file, cached: true, seconds: 0, counts: null };
  // Seeded under a temporary name and renamed when complete: an interrupted run leaves no half file in the cache.
  const partial = `${file}.partial-${process.pid}`;
  const began = performance.now();
  const leftovers = [`${partial}-wal`, `${partial}-shm`];
  try {
    const counts = await seedDatabase(partial, options, progress);
    renameSync(partial, file);
    return { file, cached: false, seconds: (performance.now() - began) / 1000, counts };
  } finally {
    for (const leftover of [partial, ...leftovers]) rmSync(leftover, { force: true });
  }
}

/** Copies the seeded file to `out` (replacing what is there, with its WAL files). */
export function copySeeded(from: string, out: string): void {
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  for (const leftover of [`${out}-wal`, `${out}-shm`]) rmSync(leftover, { force: true });
  copyFileSync(from, out);
}
