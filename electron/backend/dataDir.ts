import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const APP_FOLDER = 'Handledning';

/**
 * HANDLEDNING_DATA_DIR, when set, replaces the app-data folder (tests, browser mode, Electron).
 * On Linux and macOS a //server/share path is kept as written: resolving it would make it
 * /server/share, a local-looking folder the place check would pass and the start create.
 */
export function dataDirOverride(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const dir = env.HANDLEDNING_DATA_DIR?.trim();
  if (!dir) return null;
  if (platform !== 'win32' && /^\/\/[^/]/.test(dir)) return dir;
  return path.resolve(dir);
}

/** The per-user app-data folder where Electron itself would not be there to say. */
export function platformDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local'), APP_FOLDER);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER);
}

/** Where the database and its backups live inside a data folder. */
export function databasePaths(dataDir: string): { file: string; backupDir: string } {
  return { file: path.join(dataDir, 'handledning.sqlite'), backupDir: path.join(dataDir, 'backups') };
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
