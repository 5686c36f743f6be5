import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { version } from '../../package.json';
import { clockFromEnv } from '../backend/clock';
import { dataDirOverride, platformDataDir } from '../backend/dataDir';
import { scheduleAutomaticBackups } from '../backend/hostGuards/backupSchedule';
import { DataFolderLockedError } from '../backend/hostGuards/dataFolderLock';
import { checkDataFolderPlace, UnsafeDataFolderError } from '../backend/hostGuards/dataFolderPlace';
import { DataFolderReadOnlyError } from '../backend/hostGuards/dataFolderWritable';
import { keepLogFailuresFromCrashing } from '../backend/hostGuards/logStreams';
import { startBackend } from '../backend/startBackend';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from '../backend/store/errors';
import { startWebServer } from './server';

// `npm run web`: the same backend and UI as the desktop app, in a browser on this machine.
// Environment:
//   HANDLEDNING_DATA_DIR  folder for handledning.sqlite and backups/ (default: the per-user app-data folder)
//   HANDLEDNING_PORT      port on 127.0.0.1 (default 0: any free port)
//   HANDLEDNING_TODAY     YYYY-MM-DD freezes "today", for tests that must see the same weeks every day
//   HANDLEDNING_CHECK_ANSWERS=1  checks every answer against the contract, reads included (the
//                         end-to-end tests; off for users: see BackendOptions.checkEveryAnswer)
// Exit codes: 0 stopped by a signal, 1 unexpected failure, 2 a database this version may not
// open, 3 a data folder on a network share or in a synced folder, 4 already running on the folder
// (the desktop app or another server), 5 a data folder or database file that cannot be written.

/** Refusals the user can act on: the Swedish message alone, no stack. */
const REFUSALS: [new (...args: never[]) => Error, number][] = [
  [DatabaseFromNewerVersionError, 2],
  [DatabaseNotHandledningError, 2],
  [UnsafeDataFolderError, 3],
  [DataFolderLockedError, 4],
  [DataFolderReadOnlyError, 5],
];

async function main(): Promise<void> {
  keepLogFailuresFromCrashing();
  const defaultDataDir = platformDataDir();
  const dataDir = dataDirOverride() ?? defaultDataDir;
  const today = clockFromEnv();
  const port = Number(process.env.HANDLEDNING_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`HANDLEDNING_PORT is not a port: ${process.env.HANDLEDNING_PORT}`);

  // Nothing is created in a refused folder, not even the lock.
  await checkDataFolderPlace(dataDir, defaultDataDir);
  const cleanups: (() => void | Promise<void>)[] = [];
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const cleanup of cleanups.reverse()) await cleanup();
    process.exit(0);
  };
  // SIGHUP: the terminal was closed (on Windows, the console window).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());

  // Takes the data folder's lock; the operating system lets it go when this process ends.
  const backend = await startBackend({ dataDir, today, version, checkEveryAnswer: process.env.HANDLEDNING_CHECK_ANSWERS === '1' });
  cleanups.push(() => backend.close());
  cleanups.push(scheduleAutomaticBackups(backend));
  // Bundled to dist/web/server.cjs; the renderer is built to dist/renderer.
  const staticDir = path.join(__dirname, '../renderer');
  const token = randomBytes(32).toString('base64url');
  const server = await startWebServer({ backend, staticDir, port, token });
  cleanups.push(() => server.close());

  console.log(`Handledning i webbläsarläge: ${server.url}#token=${token}`);
}

main().catch((error: unknown) => {
  const refusal = REFUSALS.find(([type]) => error instanceof type);
  if (refusal) {
    console.error((error as Error).message);
    process.exit(refusal[1]);
  }
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
