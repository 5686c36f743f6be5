import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder, type TempFolder } from '../store/testDatabase';
import { bundleServer, startServer, type ServerProcess } from './cliServer';

// `npm start` on a machine without Electron: scripts/start.mjs runs the browser-mode server as
// its child. The script is copied, with a package.json whose start script is the app's, beside
// a bundled server (it finds dist/ next to its own folder) and told to skip the build, which the
// tests need not repeat.
const ROOT = path.resolve(__dirname, '../..');
const APP_PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
const ADDRESS_LINE = /Handledning i webbläsarläge: http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/;

let app: TempFolder;
beforeAll(async () => {
  app = tempFolder();
  mkdirSync(path.join(app.dir, 'scripts'));
  for (const script of ['start.mjs', 'electronBinary.mjs']) copyFileSync(path.join(ROOT, 'scripts', script), path.join(app.dir, 'scripts', script));
  writeFileSync(
    path.join(app.dir, 'package.json'),
    JSON.stringify({ name: 'handledning', private: true, scripts: { start: APP_PACKAGE.scripts.start } }),
  );
  await bundleServer(path.join(app.dir, 'dist'));
  return () => app.remove();
});

let data: TempFolder;
const started: ChildProcess[] = [];
const servers: ServerProcess[] = [];
afterEach(() => {
  for (const child of servers.map((server) => server.child)) if (child.exitCode === null) child.kill('SIGKILL');
  // A failed test may leave some of the group running (npm, its shell, start.mjs, the server) even after npm has gone.
  for (const start of started) if (isRunning(-start.pid!)) process.kill(-start.pid!, 'SIGKILL');
  started.length = 0;
  servers.length = 0;
  data.remove();
});

/** The pids of a process's children, from /proc (the tests run on Linux). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // "pid (comm) state ppid ...": the comm may hold spaces, so read after its closing bracket.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Every process below this one, children first. */
const descendantsOf = (pid: number): number[] => childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);

/** The browser-mode server below a process. */
function serverBelow(pid: number): number {
  const server = descendantsOf(pid).find((candidate) => readFileSync(`/proc/${candidate}/cmdline`, 'utf8').includes('server.cjs'));
  expect(server).toBeDefined();
  return server!;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * `npm start` (through npm, or the script run directly) in browser mode on the test's data
 * folder; resolves once the server prints its address.
 */
async function npmStart(through: 'npm' | 'node'): Promise<{ start: ChildProcess; exited: Promise<number | null>; serverPid: number }> {
  const [command, args] = through === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, [path.join(app.dir, 'scripts', 'start.mjs')]];
  const start = spawn(command, args, {
    cwd: app.dir,
    env: {
      npm_config_update_notifier: 'false',
      ...process.env,
      HANDLEDNING_SKIP_BUILD: '1',
      HANDLEDNING_NO_ELECTRON: '1',
      HANDLEDNING_DATA_DIR: data.dir,
      HANDLEDNING_TODAY: '2026-05-14',
      HANDLEDNING_PORT: '0',
      NODE_PATH: path.join(ROOT, 'node_modules'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal gives a command: Ctrl+C signals the whole group.
    detached: true,
  });
  started.push(start);
  const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
  let output = '';
  start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    start.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (ADDRESS_LINE.test(output)) resolve();
    });
    void exited.then(() => reject(new Error(`start.mjs exited before the address line:\n${output}`)));
  });
  return { start, exited, serverPid: serverBelow(start.pid!) };
}

/** A browser-mode server on the same folder starts only if the folder's lock is free. */
async function nextServerStarts(): Promise<void> {
  const next = startServer(path.join(app.dir, 'dist', 'web', 'server.cjs'), data.dir);
  servers.push(next);
  await next.address();
}

describe('npm start in browser mode', () => {
  it.each([
    // A terminal's Ctrl+C: SIGINT to the whole foreground process group.
    ['npm', 'Ctrl+C', (start: ChildProcess): unknown => process.kill(-start.pid!, 'SIGINT')],
    // npm passes SIGTERM only to the shell it runs the script in.
    ['npm', 'SIGTERM', (start: ChildProcess): unknown => start.kill('SIGTERM')],
    ['node', 'SIGTERM', (start: ChildProcess): unknown => start.kill('SIGTERM')],
    ['node', 'SIGINT', (start: ChildProcess): unknown => start.kill('SIGINT')],
  ] as const)('started through %s, %s stops the server it started and frees the data folder', async (through, _signal, stop) => {
    data = tempFolder();
    const { start, exited, serverPid } = await npmStart(through);

    stop(start);
    await exited;
    await expect.poll(() => isRunning(serverPid), { timeout: 10_000 }).toBe(false);
    await nextServerStarts();
  });

  it('when the server dies, npm start exits with its code', async () => {
    data = tempFolder();
    const { exited, serverPid } = await npmStart('node');

    process.kill(serverPid, 'SIGKILL');
    expect(await exited).toBe(1);
    await nextServerStarts();
  });
});
