import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron executable, if one is on disk, found the way node_modules/electron/index.js
 * finds it (path.txt, ELECTRON_OVERRIDE_DIST_PATH) but without its side effect: requiring
 * that module starts a download when the binary is missing, which hangs an offline machine.
 * scripts/start.mjs does the same lookup.
 */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformExecutable())
    : relative && path.join(packageDir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : null;
}

function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

export const ELECTRON_SKIP_REASON = 'skipped: no Electron binary';
