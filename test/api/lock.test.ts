import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode } from '../bundleForNode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireDataFolderLock,
  DataFolderLockedError,
  LOCK_FILE_NAME,
  processIsAlive,
} from '../../electron/backend/hostGuards/dataFolderLock';
import { tempFolder } from '../store/testDatabase';

let folder: ReturnType<typeof tempFolder>;
let lockFile: string;
beforeEach(() => {
  folder = tempFolder();
  lockFile = path.join(folder.dir, LOCK_FILE_NAME);
});
afterEach(() => folder.remove());

/** The PID of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

const ownerLine = () => readFileSync(lockFile, 'utf8').split('\n')[0];

describe('the data folder lock', () => {
  it('a free folder is taken: the lock file holds the PID', () => {
    acquireDataFolderLock(folder.dir, { pid: 4242 });
    expect(ownerLine()).toBe('4242');
  });

  it('a live owner keeps it: the second starter is refused in Swedish with the owner’s PID, the lock untouched', () => {
    acquireDataFolderLock(folder.dir, { pid: 4242 });
    const before = readFileSync(lockFile, 'utf8');
    let refusal: unknown;
    try {
      acquireDataFolderLock(folder.dir, { pid: 5151, isAlive: (pid) => pid === 4242 });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataFolderLockedError);
    expect((refusal as DataFolderLockedError).pid).toBe(4242);
    expect((refusal as Error).message).toBe('Handledning körs redan med den här datamappen (process 4242). Stäng den först.');
    expect(readFileSync(lockFile, 'utf8')).toBe(before);
  });

  it('tells a running process from a finished one', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(deadPid())).toBe(false);
  });

  it('a lock left by a killed process is taken over, and nothing else is left in the folder', () => {
    writeFileSync(lockFile, `${deadPid()}\nabc\n`);
    const lock = acquireDataFolderLock(folder.dir);
    expect(ownerLine()).toBe(String(process.pid));
    expect(readdirSync(folder.dir)).toEqual([LOCK_FILE_NAME]);
    lock.release();
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('a leftover lock with this very PID (it came round again) is stale, not “already running”', () => {
    writeFileSync(lockFile, `${process.pid}\nfrom-before-the-restart\n`);
    acquireDataFolderLock(folder.dir);
    expect(readFileSync(lockFile, 'utf8')).not.toContain('from-before-the-restart');
  });

  it('an empty or unreadable lock that has stayed so is stale; a live PID in it is not needed', () => {
    writeFileSync(lockFile, '');
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lockFile, longAgo, longAgo);
    acquireDataFolderLock(folder.dir, { pid: 4242 });
    expect(ownerLine()).toBe('4242');
  });

  it('a takeover claim left by a starter killed halfway is cleared, and the stale lock taken over', () => {
    writeFileSync(lockFile, `${deadPid()}\nstale\n`);
    writeFileSync(`${lockFile}.takeover`, `${deadPid()}\nabandoned\n`);
    acquireDataFolderLock(folder.dir, { pid: 4242 });
    expect(ownerLine()).toBe('4242');
    expect(readdirSync(folder.dir)).toEqual([LOCK_FILE_NAME]);
  });

  it('release removes the lock only while it is still ours, and only once', () => {
    const lock = acquireDataFolderLock(folder.dir, { pid: 4242 });
    writeFileSync(lockFile, '5151\nsomeone-else\n');
    lock.release();
    expect(readFileSync(lockFile, 'utf8')).toBe('5151\nsomeone-else\n');
    lock.release();
    expect(existsSync(lockFile)).toBe(true);
  });

  it('two starters that find the same stale lock: only one of them takes it', () => {
    const stale = deadPid();
    writeFileSync(lockFile, `${stale}\nstale\n`);
    let second: ReturnType<typeof acquireDataFolderLock> | undefined;
    // Starter 1001 reads the stale lock; while it checks the dead PID, starter 1002 (which
    // read the same file) takes the lock over. Writing over the stale file would now make
    // both owners; 1001 must find 1002's fresh lock instead, and stop.
    const first = () =>
      acquireDataFolderLock(folder.dir, {
        pid: 1001,
        isAlive: (pid) => {
          if (pid === stale && !second) second = acquireDataFolderLock(folder.dir, { pid: 1002, isAlive: (p) => p === 1001 });
          return pid === 1002;
        },
      });
    expect(first).toThrow(DataFolderLockedError);
    expect(second).toBeDefined();
    expect(ownerLine()).toBe('1002');
    expect(readdirSync(folder.dir)).toEqual([LOCK_FILE_NAME]);
  });
});

describe('many servers starting at the same moment on a stale lock', () => {
  let contender: string;
  beforeEach(async () => {
    contender = path.join(folder.dir, 'contender.cjs');
    await bundleForNode(path.join(__dirname, 'lockContender.ts'), contender, { bundlePackages: true });
  });

  async function race(dataDir: string, contenders: number): Promise<string[]> {
    const startAt = Date.now() + 500;
    const children = Array.from({ length: contenders }, () =>
      spawn(process.execPath, [contender], {
        env: { ...process.env, LOCK_DIR: dataDir, START_AT: String(startAt) },
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
        return child.exitCode !== null ? null : new Promise((resolve) => child.on('exit', resolve));
      }),
    );
    return answers;
  }

  it('exactly one takes the lock, every time, and the others name it', async () => {
    for (let round = 0; round < 5; round++) {
      const dataDir = path.join(folder.dir, `round-${round}`);
      mkdirSync(dataDir);
      writeFileSync(path.join(dataDir, LOCK_FILE_NAME), `${deadPid()}\nstale\n`);
      const answers = await race(dataDir, 6);
      expect(answers.filter((answer) => answer === 'won'), answers.join(', ')).toHaveLength(1);
      expect(answers.filter((answer) => /^refused \d+$/.test(answer)), answers.join(', ')).toHaveLength(5);
      expect(new Set(answers.filter((answer) => answer !== 'won')).size).toBe(1);
      expect(readdirSync(dataDir)).toEqual([]);
    }
  }, 30_000);
});
