// `npm start`: builds (unless HANDLEDNING_SKIP_BUILD=1), then opens the desktop app. Where no Electron binary can be had
// (an offline machine), says so in one line and starts browser mode instead.
//
// The electron package (45) has no install script: its index.js downloads the binary the
// first time it is required, synchronously and with no time limit. So this script never
// requires it; it looks for the binary on disk the way index.js does, and if it is missing
// runs the package's own install.js under a time limit.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronPackageDir } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOWNLOAD_TIME_LIMIT_MS = 60_000;
const PARENT_CHECK_MS = 500;

/** Runs the electron package's own installer; false if it fails or takes too long. */
function downloadElectron(packageDir) {
  return new Promise((resolve) => {
    const installer = spawn(process.execPath, [path.join(packageDir, 'install.js')], { stdio: 'ignore' });
    const slow = setTimeout(() => console.log('Hämtar Electron …'), 5_000);
    const limit = setTimeout(() => installer.kill(), DOWNLOAD_TIME_LIMIT_MS);
    const done = (ok) => {
      clearTimeout(slow);
      clearTimeout(limit);
      resolve(ok);
    };
    installer.once('error', () => done(false));
    installer.once('exit', (code) => done(code === 0));
  });
}

async function findOrFetchElectron(env) {
  if (env.HANDLEDNING_NO_ELECTRON === '1') return null;
  const found = electronBinary(env);
  if (found || env.ELECTRON_OVERRIDE_DIST_PATH) return found;
  const packageDir = electronPackageDir();
  if (!packageDir || !(await downloadElectron(packageDir))) return null;
  return electronBinary(env);
}

/** Runs a child with the terminal, passes a stop request on and exits with its code. */
function runAndExitWith(command, args, env) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  // Passed on, not left to the terminal: a Ctrl+C reaches the child only when it shares our
  // foreground process group, and a SIGINT or SIGTERM sent to this script (by npm, an IDE or
  // `kill`) reaches us alone. The child stopping twice is harmless; we exit when it has.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  // `npm start` runs us under a shell that npm signals instead of us: when that shell dies it
  // leaves us running with a new parent, and the child would keep the data folder locked.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && child.kill('SIGTERM'), PARENT_CHECK_MS).unref();
  child.once('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  // HANDLEDNING_SKIP_BUILD=1: dist/ is built already (the tests build the server once for many starts).
  if (process.env.HANDLEDNING_SKIP_BUILD !== '1') {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }

  const env = { ...process.env };
  // Set by some tools; it would make Electron run as plain Node instead of opening the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const electron = await findOrFetchElectron(env);
  if (electron) {
    runAndExitWith(electron, [root], env);
  } else {
    console.log('Electron finns inte på den här datorn (kunde inte hämtas); startar webbläsarläge i stället.');
    runAndExitWith(process.execPath, [path.join(root, 'dist', 'web', 'server.cjs')], env);
  }
}

await main();
