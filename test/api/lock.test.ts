import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataFolderLock, DataFolderLockedError, LOCK_FILE_NAME, type DataFolderLock } from '../../electron/backend/hostGuards/dataFolderLock';
import { bundleForNode } from '../bundleForNode';
import { tempFolder } from '../store/testDatabase';

const ROOT = path.resolve(__dirname, '../..');
const HELD = 'Handledning är redan öppet med den här datamappen, som program eller i webbläsaren. Stäng det först och försök sedan igen.';

let folder: ReturnType<typeof tempFolder>;
let held: DataFolderLock[];
beforeEach(() => {
  folder = tempFolder();
  held = [];
});
afterEach(() => {
  for (const lock of held) lock.release();
  folder.remove();
});

const take = (dir = folder.dir) => {
  const lock = acquireDataFolderLock(dir);
  held.push(lock);
  return lock;
};

function refusalOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('The lock was not refused');
}

describe('the data folder lock', () => {
  it('a free folder is taken, and the lock file beside the database stays empty: nothing in it can be half-written', () => {
    take();
    expect(readdirSync(folder.dir)).toEqual([LOCK_FILE_NAME]);
    expect(statSync(path.join(folder.dir, LOCK_FILE_NAME)).size).toBe(0);
  });

  it('a second taker (here in the same process) is refused, in Swedish, naming no process', () => {
    take();
    const refusal = refusalOf(() => take());
    expect(refusal).toBeInstanceOf(DataFolderLockedError);
    expect((refusal as Error).message).toBe(HELD);
  });

  it('release lets the next taker in; releasing twice is harmless; the lock file is kept', () => {
    const first = take();
    first.release();
    first.release();
    take();
    expect(readdirSync(folder.dir)).toEqual([LOCK_FILE_NAME]);
  });

  it('a PID lock file left by the previous version does not block the start, even naming a live process, and is removed', () => {
    writeFileSync(path.join(folder.dir, 'handledning.lock'), `${process.pid}\nabc123\n`);
    take();
    expect(readdirSync(folder.dir)).toEqual([LOCK_FILE_NAME]);
  });

  it('bytes someone wrote into the lock file do not block the start', () => {
    writeFileSync(path.join(folder.dir, LOCK_FILE_NAME), '4242\nnot a database\n');
    take();
    expect(refusalOf(() => take())).toBeInstanceOf(DataFolderLockedError);
  });
});

describe('many starters at the same moment', () => {
  let contender: string;
  beforeEach(async () => {
    contender = path.join(folder.dir, 'contender.cjs');
    await bundleForNode(path.join(__dirname, 'lockContender.ts'), contender);
  });

  async function race(dataDir: string, contenders: number): Promise<string[]> {
    const startAt = Date.now() + 500;
    const children = Array.from({ length: contenders }, () =>
      spawn(process.execPath, [contender], {
        env: { ...process.env, LOCK_DIR: dataDir, START_AT: String(startAt), NODE_PATH: path.join(ROOT, 'node_modules') },
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
    );
    const answers = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => {
              out += chunk.toString('utf8');
              if (out.endsWith('\n')) resolve(out.trim());
            });
            child.on('exit', () => resolve(out.trim()));
          }),
      ),
    );
    // Every starter has decided while the winner still held the lock; now let it go.
    await Promise.all(
      children.map((child) => {
        child.stdin.end();
        return child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.on('exit', resolve));
      }),
    );
    return answers;
  }

  it('exactly one takes the lock, every time, and the others are refused in Swedish', async () => {
    for (let round = 0; round < 20; round++) {
      const dataDir = path.join(folder.dir, `round-${round}`);
      mkdirSync(dataDir);
      const answers = await race(dataDir, 6);
      expect(
        answers.filter((answer) => answer === 'won'),
        answers.join(', '),
      ).toHaveLength(1);
      expect(
        answers.filter((answer) => answer === `refused: ${HELD}`),
        answers.join(', '),
      ).toHaveLength(5);
      expect(readdirSync(dataDir)).toEqual([LOCK_FILE_NAME]);
    }
  }, 120_000);
});
