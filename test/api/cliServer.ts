import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync } from 'node:fs';
import path from 'node:path';
import type { MethodOutput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { bundleForNode } from '../bundleForNode';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { tempFolder, type TempFolder } from '../store/testDatabase';

// `npm run web` as the end-to-end tests start it: the bundled server in its own process.
const ROOT = path.resolve(__dirname, '../..');
const ADDRESS_LINE = /^Handledning i webbläsarläge: (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([\w-]+)$/;

/** Bundles electron/web/cli.ts with the options scripts/build.mjs uses for dist/web/server.cjs. */
export async function bundleServer(outDir: string): Promise<string> {
  return bundleForNode(path.join(ROOT, 'electron/web/cli.ts'), path.join(outDir, 'web', 'server.cjs'));
}

/**
 * The server as another user can run it, wherever the repository was cloned (a CI checkout
 * under a home folder only its owner may enter): every package bundled in, and the one native
 * module, better-sqlite3, copied beside the bundle with the two small packages that load it.
 */
async function bundleServerForAnyUser(outDir: string): Promise<string> {
  const script = await bundleForNode(path.join(ROOT, 'electron/web/cli.ts'), path.join(outDir, 'web', 'server.cjs'), {
    bundlePackages: true,
    external: ['better-sqlite3'],
  });
  const from = path.join(ROOT, 'node_modules');
  const to = path.join(outDir, 'node_modules');
  for (const part of [
    'better-sqlite3/package.json',
    'better-sqlite3/lib',
    'better-sqlite3/build/Release/better_sqlite3.node',
    'bindings',
    'file-uri-to-path',
  ]) {
    cpSync(path.join(from, part), path.join(to, part), { recursive: true });
  }
  return script;
}

export interface ServerProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The exit code (null after a signal). */
  exited: Promise<number | null>;
  /** Resolves once the address line is printed: the URL and token, or throws with the output. */
  address(): Promise<{ url: string; token: string }>;
  /** A POST to the API with the token, answered with the parsed Result. */
  call<M extends MethodName>(method: M, input: unknown): Promise<Result<MethodOutput<M>>>;
}

/**
 * `as`: another user to run the server as (a test running as root needs one that file permissions stop).
 * `stderrFd`: a file the server's stderr goes to instead of the test.
 */
export function startServer(
  serverScript: string,
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  as: { uid: number; gid: number } | null = null,
  stderrFd: number | null = null,
): ServerProcess {
  let stdout = '';
  let stderr = '';
  const child = spawn(process.execPath, [serverScript], {
    // The bundle keeps node_modules external; outside the repo it finds them through NODE_PATH.
    env: {
      ...process.env,
      HANDLEDNING_DATA_DIR: dataDir,
      HANDLEDNING_TODAY: '2026-05-14',
      HANDLEDNING_PORT: '0',
      NODE_PATH: path.join(ROOT, 'node_modules'),
      ...env,
    },
    stdio: ['ignore', 'pipe', stderrFd ?? 'pipe'],
    ...as,
  });
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let address: Promise<{ url: string; token: string }> | undefined;
  const server: ServerProcess = {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    address() {
      address ??= (async () => {
        const printed = new Promise<void>((resolve) => child.stdout!.on('data', () => stdout.includes('\n') && resolve()));
        await Promise.race([printed, exited]);
        const match = ADDRESS_LINE.exec(stdout.trimEnd());
        if (!match) throw new Error(`No address line in: ${stdout}\n${stderr}`);
        return { url: match[1]!, token: match[3]! };
      })();
      return address;
    },
    async call(method, input) {
      const { url, token } = await server.address();
      const answer = await fetch(`${url}api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await answer.json()) as Result<MethodOutput<typeof method>>;
    },
  };
  return server;
}

/**
 * For a test file: the server bundled once, a fresh data folder per test, and every server a
 * test starts killed after it.
 */
export function serverPerTest(): {
  data: () => TempFolder;
  start: (dataDir?: string, env?: NodeJS.ProcessEnv, as?: { uid: number; gid: number } | null) => ServerProcess;
} {
  let serverScript: string;
  beforeAll(async () => {
    const bundle = tempFolder();
    // Readable by another user the server may run as.
    chmodSync(bundle.dir, 0o755);
    serverScript = await bundleServerForAnyUser(bundle.dir);
    return () => bundle.remove();
  });

  let data: TempFolder;
  let servers: ServerProcess[];
  beforeEach(() => {
    data = tempFolder();
    servers = [];
  });
  afterEach(() => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    data.remove();
  });

  return {
    data: () => data,
    start(dataDir = data.dir, env = {}, as = null) {
      const server = startServer(serverScript, dataDir, env, as);
      servers.push(server);
      return server;
    },
  };
}
