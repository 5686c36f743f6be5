import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataFolderLockedError } from '../../electron/backend/hostGuards/dataFolderLock';
import { startBackend } from '../../electron/backend/startBackend';
import { DatabaseNotHandledningError } from '../../electron/backend/store/errors';
import { startApp } from '../../electron/main/lifecycle';
import { bundleForNode } from '../bundleForNode';
import { fake, FakeBrowserWindow, resetFake } from '../shell/fakeElectron';
import { tempFolder, type TempFolder } from '../store/testDatabase';
import { bundleServer, startServer, type ServerProcess } from './cliServer';

vi.mock('electron', async () => (await import('../shell/fakeElectron')).fake);

// One data folder, one running app, whichever host: browser mode's server process, the
// desktop app (its real start path, with Electron faked), and the bare start path in a
// process of its own. Whichever comes second is refused; a first one killed outright
// leaves nothing behind that could keep the next one out.

const ROOT = path.resolve(__dirname, '../..');
const HELD = 'Handledning är redan öppet med den här datamappen, som program eller i webbläsaren. Stäng det först och försök sedan igen.';
const FILES = { preload: '/app/dist/electron/preload.cjs', rendererDir: '/app/dist/renderer' };

type HostKind = 'browser mode' | 'desktop app' | 'start path in a process';

interface RunningHost {
  /** Ends the host as a crash or a power cut would (the desktop app, in this process, quits). */
  kill(): Promise<void>;
}

let scripts: { server: string; backendHost: string };
let bundles: TempFolder;
beforeAll(async () => {
  bundles = tempFolder();
  scripts = {
    server: await bundleServer(bundles.dir),
    backendHost: await bundleForNode(path.join(__dirname, 'backendHost.ts'), path.join(bundles.dir, 'backendHost.cjs')),
  };
});
afterAll(() => bundles.remove());

let data: TempFolder;
let running: RunningHost[];
beforeEach(() => {
  resetFake();
  data = tempFolder();
  running = [];
});
afterEach(async () => {
  for (const host of running) await host.kill();
  data.remove();
});

function backendProcess(): ServerProcess & { started: Promise<boolean> } {
  const child = spawn(process.execPath, [scripts.backendHost], {
    env: { ...process.env, HANDLEDNING_DATA_DIR: data.dir, NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise<boolean>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.includes('started\n')) resolve(true);
    });
    void exited.then(() => resolve(false));
  });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    started,
    address: () => Promise.reject(new Error('no address')),
    call: () => Promise.reject(new Error('no API')),
  };
}

async function killProcess(child: ServerProcess['child'], exited: Promise<unknown>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await exited;
}

/** Starts a host that must get the folder. */
async function startFirst(kind: HostKind): Promise<void> {
  if (kind === 'browser mode') {
    const server = startServer(scripts.server, data.dir);
    running.push({ kill: () => killProcess(server.child, server.exited) });
    await server.address();
  } else if (kind === 'start path in a process') {
    const host = backendProcess();
    running.push({ kill: () => killProcess(host.child, host.exited) });
    expect(await host.started, host.stderr()).toBe(true);
  } else {
    await startApp(FILES, { HANDLEDNING_DATA_DIR: data.dir, HANDLEDNING_TODAY: '2026-05-14' });
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    running.push({
      kill: () => {
        fake.app.emit('will-quit');
        return Promise.resolve();
      },
    });
  }
}

/** Starts a host that must be refused: what it told the user. */
async function startRefused(kind: HostKind): Promise<string> {
  if (kind === 'browser mode') {
    const server = startServer(scripts.server, data.dir);
    expect(await server.exited).toBe(4);
    expect(server.stdout()).toBe('');
    return server.stderr().trim();
  }
  if (kind === 'start path in a process') {
    const host = backendProcess();
    expect(await host.started).toBe(false);
    expect(await host.exited).toBe(4);
    return host.stderr().trim();
  }
  const windowsBefore = FakeBrowserWindow.instances.length;
  await startApp(FILES, { HANDLEDNING_DATA_DIR: data.dir, HANDLEDNING_TODAY: '2026-05-14' });
  expect(fake.app.exit).toHaveBeenCalledWith(1);
  expect(FakeBrowserWindow.instances).toHaveLength(windowsBefore);
  expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
  const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
  expect(title).toBe('Handledning kan inte starta');
  return message;
}

const HOSTS: HostKind[] = ['browser mode', 'desktop app', 'start path in a process'];
const PAIRS = HOSTS.flatMap((first) => HOSTS.map((second) => [first, second] as const));

describe('one data folder, one running app, whichever host', () => {
  it.each(PAIRS)(
    '%s holds the folder: %s is refused in Swedish',
    async (first, second) => {
      await startFirst(first);
      expect(await startRefused(second)).toBe(HELD);
    },
    30_000,
  );

  it.each(PAIRS)(
    '%s ends (killed outright when it is a process): %s starts at once',
    async (first, second) => {
      await startFirst(first);
      await running.shift()!.kill();
      resetFake();
      await startFirst(second);
    },
    30_000,
  );

  it('a start refused for another reason lets the folder go at once', async () => {
    const foreign = new Database(path.join(data.dir, 'handledning.sqlite'));
    foreign.exec('CREATE TABLE someone_elses (id INTEGER PRIMARY KEY)');
    foreign.close();
    const start = () => startBackend({ dataDir: data.dir, today: () => '2026-05-14', version: 'test' });
    await expect(start()).rejects.toBeInstanceOf(DatabaseNotHandledningError);
    await expect(start()).rejects.toBeInstanceOf(DatabaseNotHandledningError);
  });

  it('the backend’s close() lets the folder go', async () => {
    const start = () => startBackend({ dataDir: data.dir, today: () => '2026-05-14', version: 'test' });
    const first = await start();
    await expect(start()).rejects.toBeInstanceOf(DataFolderLockedError);
    first.close();
    (await start()).close();
  });
});
