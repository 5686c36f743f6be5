import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electronBinary.mjs';

// The _electron suite and `npm start` decide between the desktop app and "no Electron here"
// by this lookup; it must find a binary that is there and never start a download.

const executable =
  process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';

function distWithElectron(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'handledning-electron-dist-'));
  const file = path.join(dist, executable);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  chmodSync(file, 0o755);
  return dist;
}

describe('finding the Electron binary (npm start and the _electron suite)', () => {
  const lookup = (env: NodeJS.ProcessEnv) => electronBinary(env);

  it('finds the binary ELECTRON_OVERRIDE_DIST_PATH points at', () => {
    const dist = distWithElectron();
    expect(lookup({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(path.join(dist, executable));
  });

  it('reports none, without downloading, when the override folder is empty', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'handledning-electron-empty-'));
    expect(lookup({ ELECTRON_OVERRIDE_DIST_PATH: empty })).toBeNull();
  });
});
