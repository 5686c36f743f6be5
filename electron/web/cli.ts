import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { version } from '../../package.json';
import { createBackend } from '../backend/api/createBackend';
import { clockFromEnv } from '../backend/clock';
import { databasePaths, dataDirOverride, ensureDir, platformDataDir } from '../backend/dataDir';
import { openDatabase } from '../backend/store/database';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from '../backend/store/errors';
import { startWebServer } from './server';

// `npm run web`: the same backend and UI as the desktop app, in a browser on this machine.
// Environment:
//   HANDLEDNING_DATA_DIR  folder for handledning.sqlite and backups/ (default: the per-user app-data folder)
//   HANDLEDNING_PORT      port on 127.0.0.1 (default 0: any free port)
//   HANDLEDNING_TODAY     YYYY-MM-DD freezes "today", for tests that must see the same weeks every day

async function main(): Promise<void> {
  const dataDir = ensureDir(dataDirOverride() ?? platformDataDir());
  const { file, backupDir } = databasePaths(dataDir);
  const today = clockFromEnv();
  const port = Number(process.env.HANDLEDNING_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`HANDLEDNING_PORT is not a port: ${process.env.HANDLEDNING_PORT}`);

  const db = await openDatabase({ file, backupDir });
  const backend = createBackend({ db, today, version });
  // Bundled to dist/web/server.cjs; the renderer is built to dist/renderer.
  const staticDir = path.join(__dirname, '../renderer');
  const token = randomBytes(32).toString('base64url');
  const server = await startWebServer({ backend, staticDir, port, token });

  console.log(`Handledning i webbläsarläge: ${server.url}#token=${token}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseFromNewerVersionError || error instanceof DatabaseNotHandledningError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
