import { DataFolderLockedError } from '../../electron/backend/hostGuards/dataFolderLock';
import { startBackend } from '../../electron/backend/startBackend';

// The host-agnostic start path alone, in its own process, as a third host beside browser
// mode and the desktop app in hostsOnOneFolder.test.ts: says "started" and holds the
// backend (and so the data folder) until its stdin closes; a held folder is exit code 4.
startBackend({ dataDir: process.env.HANDLEDNING_DATA_DIR!, today: () => '2026-05-14', version: 'test' }).then(
  (backend) => {
    process.stdout.write('started\n');
    process.stdin.resume();
    process.stdin.on('end', () => backend.close());
  },
  (error: unknown) => {
    process.stderr.write(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof DataFolderLockedError ? 4 : 1);
  },
);
