import { acquireDataFolderLock, DataFolderLockedError } from '../../electron/backend/hostGuards/dataFolderLock';

// One starter in the lock race of lock.test.ts: waits for the common start moment, tries to
// take the lock, says how it went, and holds a won lock until the test closes its stdin
// (after every starter has answered).
const dir = process.env.LOCK_DIR!;
const startAt = Number(process.env.START_AT);

while (Date.now() < startAt) {
  // Busy wait: every contender leaves the line within the same millisecond.
}
try {
  const lock = acquireDataFolderLock(dir);
  process.stdout.write('won\n');
  process.stdin.resume();
  process.stdin.on('end', () => lock.release());
} catch (error) {
  if (!(error instanceof DataFolderLockedError)) throw error;
  process.stdout.write(`refused: ${error.message}\n`);
}
