import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { checkProblems } from './databaseFile';

/**
 * What the start-up check of the live file found: its problems ([] when sound), or the
 * SQLite error that stopped it; and, best effort, where its backups are (a damaged file may
 * still say).
 */
export type QuickCheckVerdict = { backupFolder: string | null } & (
  { problems: string[]; failure?: undefined } | { failure: InstanceType<typeof Database.SqliteError> }
);

type WorkerAnswer = { backupFolder: string | null } & ({ problems: string[]; failure?: undefined } | { failure: { message: string; code: string } });

// Plain CommonJS run by the worker: better-sqlite3 comes from the path the host resolved,
// so it loads the same package however the host is laid out. The connection is closed
// before the answer is posted, so the host never opens the file while it is still open here.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
let db = null;
let answer;
let backupFolder = null;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    backupFolder = db.prepare("SELECT value FROM settings WHERE key = 'backupFolder'").pluck().get() ?? null;
  } catch {}
  const rows = db.pragma('quick_check', { simple: false });
  const lines = rows.map((row) => String(Object.values(row)[0]));
  answer = { problems: lines.length === 1 && lines[0] === 'ok' ? [] : lines, backupFolder };
} catch (error) {
  if (!(error instanceof Database.SqliteError)) throw error;
  answer = { failure: { message: error.message, code: error.code }, backupFolder };
} finally {
  if (db) db.close();
}
parentPort.postMessage(answer);
`;

/**
 * PRAGMA quick_check of `file` through a read-only connection (it never writes to the file),
 * in a worker thread: the check (about 100 ms on a large file) then runs while the host
 * loads the rest of the backend instead of before it. Where no worker can be started or it
 * fails, the check runs here as before: the verdict never depends on where it ran.
 */
export function quickCheckApart(file: string): Promise<QuickCheckVerdict> {
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, sqlite: require.resolve('better-sqlite3') } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`quick_check worker ended (${code}) without an answer`)));
  }).then(
    (answer) =>
      answer.failure ? { backupFolder: answer.backupFolder, failure: new Database.SqliteError(answer.failure.message, answer.failure.code) } : answer,
    () => quickCheckHere(file),
  );
}

/** The same check on this thread. */
export function quickCheckHere(file: string): QuickCheckVerdict {
  let db: Database.Database | null = null;
  let backupFolder: string | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    backupFolder = readBackupFolder(db);
    return { problems: checkProblems(db, 'quick'), backupFolder };
  } catch (error) {
    if (!(error instanceof Database.SqliteError)) throw error;
    return { failure: error, backupFolder };
  } finally {
    db?.close();
  }
}

function readBackupFolder(db: Database.Database): string | null {
  try {
    return (db.prepare("SELECT value FROM settings WHERE key = 'backupFolder'").pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  }
}
