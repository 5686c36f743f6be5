import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { translate } from '../../../shared/i18n/translate';

// Browser mode's single-instance lock: one server per data folder. The desktop app has
// Electron's own lock; a server has only this file. It holds the owner's PID, so a lock
// left behind by a killed server (SIGKILL, a power cut) is recognised as stale and taken over.

export const LOCK_FILE_NAME = 'handledning.lock';

export class DataFolderLockedError extends Error {
  override readonly name = 'DataFolderLockedError';
  constructor(readonly pid: number) {
    super(translate('error.lock.held', { pid }));
  }
}

export interface DataFolderLock {
  readonly file: string;
  /** Removes the lock if it is still ours; safe to call more than once. */
  release(): void;
}

export interface LockOptions {
  pid?: number;
  isAlive?: (pid: number) => boolean;
}

/** A starter between its exclusive create and its write shows an empty file for a moment. */
const HALF_WRITTEN_GRACE_MS = 2_000;
const RETRY_MS = 20;
const MAX_ATTEMPTS = 200;

/** Only "no such process" means dead; EPERM is a live process of another user. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Takes the data folder's lock or throws DataFolderLockedError naming the live owner. */
export function acquireDataFolderLock(dataDir: string, { pid = process.pid, isAlive = processIsAlive }: LockOptions = {}): DataFolderLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  // The random line makes this lock's content unique, so "still ours" and "still the stale
  // one" are comparisons of content, even when a PID comes round again.
  const content = lockContent(pid);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (createExclusively(file, content)) return heldLock(file, content);
    const found = readOrNull(file);
    if (found === null) continue;
    if (!isStale(file, found, pid, isAlive)) {
      const owner = ownerOf(found);
      if (owner !== null) throw new DataFolderLockedError(owner);
      sleep(RETRY_MS);
      continue;
    }
    if (takeOver(file, found, content, pid, isAlive)) return heldLock(file, content);
  }
  throw new Error(`Could not take ${file}`);
}

const lockContent = (pid: number) => `${pid}\n${randomBytes(8).toString('hex')}\n`;

/**
 * A lock is stale when its process is gone, or when it is our own PID in a lock we did not
 * write (a dead process whose PID came round to us). An empty or unreadable lock is a
 * starter between its exclusive create and its write, unless it has stayed so for a while.
 */
function isStale(file: string, content: string, pid: number, isAlive: (pid: number) => boolean): boolean {
  const owner = ownerOf(content);
  if (owner === null) return isOlderThan(file, HALF_WRITTEN_GRACE_MS);
  return owner === pid || !isAlive(owner);
}

/**
 * Replaces a stale lock with ours: a new lock written whole under a temporary name and
 * renamed over it, so the lock file never goes missing or half-written. Two starters can
 * find the same stale lock, and both renaming over it would leave both believing they hold
 * it, so a takeover first takes a short-lived claim (an exclusive create beside the lock)
 * and, holding it, checks the lock is still the stale one it read.
 */
function takeOver(file: string, stale: string, content: string, pid: number, isAlive: (pid: number) => boolean): boolean {
  const claim = `${file}.takeover`;
  const claimContent = lockContent(pid);
  if (!createExclusively(claim, claimContent)) {
    const found = readOrNull(claim);
    // A starter killed in the middle of its takeover leaves its claim behind.
    if (found !== null && isStale(claim, found, pid, isAlive)) removeAbandoned(claim, found, pid);
    else sleep(RETRY_MS);
    return false;
  }
  try {
    if (readOrNull(file) !== stale) return false;
    const temp = `${file}.${pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      createExclusively(temp, content);
      renameSync(temp, file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return true;
  } finally {
    if (readOrNull(claim) === claimContent) unlinkSync(claim);
  }
}

/**
 * Moves an abandoned claim aside (a rename: only one starter moves a given file) and deletes
 * it if it is what was found; a claim made fresh in the meantime is put back.
 */
function removeAbandoned(claim: string, abandoned: string, pid: number): void {
  const aside = `${claim}.${pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(claim, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readOrNull(aside) === abandoned) unlinkSync(aside);
  else renameSync(aside, claim);
}

/** False when the file exists; the content is on disk before this returns true. */
function createExclusively(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function heldLock(file: string, content: string): DataFolderLock {
  let held = true;
  return {
    file,
    release() {
      if (!held) return;
      held = false;
      if (readOrNull(file) === content) unlinkSync(file);
    },
  };
}

function ownerOf(content: string): number | null {
  const match = /^(\d+)\n/.exec(content);
  const pid = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function isOlderThan(file: string, ms: number): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > ms;
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
