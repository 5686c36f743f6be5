import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { bundleForNode } from '../bundleForNode';
import { dataFolder, fakeClock, startHosted, unit, type FakeClock, type HostedBackend } from '../api/backupHarness';
import { tempFolder, type TempFolder } from './testDatabase';

// A restore killed (SIGKILL) just before or just after the file swap: at the next start
// "Ångra återställningen" points at the copy made just before that restore, never at an
// older one, and undoing it brings back the data the restore replaced.

const ROOT = path.resolve(__dirname, '../..');

let bundle: TempFolder;
let child: string;
beforeAll(async () => {
  bundle = tempFolder();
  child = await bundleForNode(path.join(__dirname, 'backupChildRestore.ts'), path.join(bundle.dir, 'backupChildRestore.cjs'));
});
afterAll(() => bundle.remove());

let data: ReturnType<typeof dataFolder>;
let clock: FakeClock;
let app: HostedBackend | null;
beforeEach(() => {
  data = dataFolder();
  clock = fakeClock();
  app = null;
});
afterEach(() => {
  app?.backend.close();
  data.remove();
});

/** Exits with the signal that ended it. */
function restoreKilled(fileName: string, killAt: 'release' | 'replace'): Promise<NodeJS.Signals | null> {
  const process_ = spawn(process.execPath, [child, data.dir, fileName, killAt], {
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => process_.on('exit', (_code, signal) => resolve(signal)));
}

const unitNames = async () => (await app!.call('units.list', {})).map((u) => u.name);

/** Norr backed up; an earlier restore of it (whose undo record is the older one); then Väster. */
async function afterAnEarlierRestore(): Promise<{ backup: string; earlierUndo: string }> {
  app = await startHosted(data.dir, clock);
  await app.call('units.create', unit('Hemtjänst Norr'));
  const backup = (await app.call('backups.create', {})).fileName;
  await app.call('units.create', unit('Hemtjänst Söder'));
  clock.advanceHours(1);
  const earlierUndo = (await app.call('backups.restore', { fileName: backup })).undoRestore!.fileName;
  await app.call('units.create', unit('Hemtjänst Väster'));
  app.backend.close();
  return { backup, earlierUndo };
}

describe('a restore killed at the file swap', () => {
  it.each(['release', 'replace'] as const)(
    'killed at %s: the undo points at that restore’s own copy, which holds the data it replaced',
    async (killAt) => {
      const { backup, earlierUndo } = await afterAnEarlierRestore();

      expect(await restoreKilled(backup, killAt)).toBe('SIGKILL');

      app = await startHosted(data.dir, clock);
      const { undoRestore } = await app.call('backups.list', {});
      expect(undoRestore).toMatchObject({ kind: 'beforeRestore', createdAt: '2026-05-20T09:00:00' });
      expect(undoRestore!.fileName).not.toBe(earlierUndo);
      expect(await unitNames()).toEqual(killAt === 'release' ? ['Hemtjänst Norr', 'Hemtjänst Väster'] : ['Hemtjänst Norr']);

      await app.call('backups.undoRestore', {});
      expect(await unitNames()).toEqual(['Hemtjänst Norr', 'Hemtjänst Väster']);
    },
  );
});
