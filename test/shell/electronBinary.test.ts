import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../electron/electronBinary';

// The _electron suite and `npm start` decide between the desktop app and "no Electron here"
// by this lookup; it must find a binary that is there and never start a download.

const root = path.resolve(__dirname, '../..');
const executable = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';

/** The same lookup as scripts/start.mjs performs it, run in its own Node process. */
function startScriptLookup(env: NodeJS.ProcessEnv): string | null {
  const script = `const { electronBinary } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'scripts/start.mjs')).href)});
process.stdout.write(JSON.stringify(electronBinary()));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, ...env } }).toString());
}

function distWithElectron(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'handledning-electron-dist-'));
  const file = path.join(dist, executable);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  chmodSync(file, 0o755);
  return dist;
}

describe.each([
  ['the _electron suite', (env: NodeJS.ProcessEnv) => electronBinary(env)],
  ['npm start', startScriptLookup],
])('finding the Electron binary for %s', (_who, lookup) => {
  it('finds the binary ELECTRON_OVERRIDE_DIST_PATH points at', () => {
    const dist = distWithElectron();
    expect(lookup({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(path.join(dist, executable));
  });

  it('reports none, without downloading, when the override folder is empty', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'handledning-electron-empty-'));
    expect(lookup({ ELECTRON_OVERRIDE_DIST_PATH: empty })).toBeNull();
  });
});
