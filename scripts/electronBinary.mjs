// Finds the Electron executable the way node_modules/electron/index.js does (path.txt,
// ELECTRON_OVERRIDE_DIST_PATH) but without its side effect: requiring that module starts
// a download with no time limit when the binary is missing, which hangs an offline machine.
// Used by `npm start` (scripts/start.mjs) and the _electron test suite.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function electronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

export function electronBinary(env = process.env) {
  const packageDir = electronPackageDir();
  if (!packageDir) return null;
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformExecutable())
    : relative && path.join(packageDir, 'dist', relative);
  return candidate && existsSync(candidate) ? candidate : null;
}
