import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The backend's inner order, lowest first: a file imports only from its own layer or below.
//   store                     SQLite, migrations, repositories (and the leaf modules clock,
//                             dataDir, holidays and its table, which import nothing of the backend)
//   backup, audit, export     work over the store; never call a service or a handler
//   services                  what several handlers need (a unit's plan, a month's billing state)
//   api                       the dispatcher and thin handlers; a handler never imports another
//   hostGuards, startBackend  start-up: supplies the hooks (the backup before migrating)

const backend = path.resolve(__dirname, '../../electron/backend');

const LAYERS: [prefix: string, layer: number][] = [
  ['store/', 0],
  ['clock.ts', 0],
  ['dataDir.ts', 0],
  ['holidays.ts', 0],
  ['holidaysTable.ts', 0],
  ['backup/', 1],
  ['audit/', 1],
  ['export/', 1],
  ['services/', 2],
  ['api/', 3],
  ['hostGuards/', 4],
  ['startBackend.ts', 5],
];

function layerOf(file: string): number {
  const found = LAYERS.find(([prefix]) => file === prefix || file.startsWith(prefix));
  if (!found) throw new Error(`${file} has no place in the backend's order: add it to LAYERS`);
  return found[1];
}

function sourceFiles(): string[] {
  return readdirSync(backend, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(backend, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The backend files a file imports (relative imports that land inside electron/backend). */
function backendImportsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(backend, file), 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(path.resolve(backend, path.dirname(file), specifier)))
    .filter((target): target is string => target !== null);
}

function resolve(target: string): string | null {
  const relative = path.relative(backend, target).split(path.sep).join('/');
  if (relative.startsWith('..')) return null;
  for (const candidate of [`${relative}.ts`, `${relative}/index.ts`, relative]) {
    if (candidate.endsWith('.ts') && existsSync(path.join(backend, candidate))) return candidate;
  }
  return null;
}

describe('the backend’s inner order (store → backup, audit, export → services → api)', () => {
  it('every file imports only from its own layer or a lower one', () => {
    const found = sourceFiles().flatMap((file) =>
      backendImportsOf(file)
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} → ${target}`),
    );
    expect(found).toEqual([]);
  });

  it('a handler never imports another handler: what they share is a service', () => {
    const handlers = sourceFiles().filter((file) => file.startsWith('api/handlers/'));
    const found = handlers.flatMap((file) =>
      backendImportsOf(file)
        .filter((target) => target.startsWith('api/handlers/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(handlers.length).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });

  it('the store alone, opening and migrating a database, loads no backup code', () => {
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      backendImportsOf(file).forEach(visit);
    };
    visit('store/database.ts');
    expect(loaded.has('store/migrations/index.ts')).toBe(true);
    expect([...loaded].filter((file) => !file.startsWith('store/'))).toEqual([]);
  });

  it('the check itself sees imports: the start-up reaches the backup code', () => {
    expect(backendImportsOf('startBackend.ts')).toContain('backup/beforeMigration.ts');
  });
});
