import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { openTestDatabase, sha256, tempFolder } from '../store/testDatabase';

// `npm run web` as the end-to-end tests start it: the bundled server in its own process.
const ROOT = path.resolve(__dirname, '../..');
const ADDRESS_LINE = /^Handledning i webbläsarläge: (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([\w-]+)$/;

let bundle: ReturnType<typeof tempFolder>;
let serverScript: string;
beforeAll(async () => {
  bundle = tempFolder();
  serverScript = path.join(bundle.dir, 'web', 'server.cjs');
  // The same options scripts/build.mjs uses for dist/web/server.cjs.
  await build({
    entryPoints: [path.join(ROOT, 'electron/web/cli.ts')],
    outfile: serverScript,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return () => bundle.remove();
});

let data: ReturnType<typeof tempFolder>;
let child: ChildProcess | undefined;
beforeEach(() => {
  data = tempFolder();
});
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  data.remove();
});

function startServer(): { stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
  let stdout = '';
  let stderr = '';
  child = spawn(process.execPath, [serverScript], {
    // The bundle keeps node_modules external; outside the repo it finds them through NODE_PATH.
    env: { ...process.env, HANDLEDNING_DATA_DIR: data.dir, HANDLEDNING_TODAY: '2026-05-14', HANDLEDNING_PORT: '0', NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  return { stdout: () => stdout, stderr: () => stderr, exited };
}

async function addressLine(output: () => string, exited: Promise<unknown>): Promise<RegExpExecArray> {
  const printed = new Promise<void>((resolve) => child!.stdout!.on('data', () => output().includes('\n') && resolve()));
  await Promise.race([printed, exited]);
  const match = ADDRESS_LINE.exec(output().trimEnd());
  if (!match) throw new Error(`No address line in: ${output()}`);
  return match;
}

describe('browser mode from the command line', () => {
  it('prints one line with the address and token, serves the API, and stops cleanly on SIGTERM', async () => {
    const server = startServer();
    const [, url, , token] = await addressLine(server.stdout, server.exited);

    const call = async (method: string, input: unknown) => {
      const answer = await fetch(`${url}api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return answer.json();
    };
    expect(await call('app.info', {})).toMatchObject({ ok: true, value: { today: '2026-05-14', lastUnitId: null, schemaVersion: MIGRATIONS.length } });
    // The holidays come from date-holidays, which the bundle loads from node_modules.
    await call('units.create', { name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg' });
    await call('slotRules.add', { unitId: 1, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-05-14' });
    expect(await call('plan.get', { unitId: 1, from: '2026-05-11', to: '2026-05-17' })).toMatchObject({
      ok: true,
      value: [{ date: '2026-05-14', status: 'holiday', holiday: { name: 'Kristi himmelsfärdsdag' }, suggestedDate: '2026-05-13' }],
    });
    expect(existsSync(path.join(data.dir, 'handledning.sqlite'))).toBe(true);

    child!.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.stdout().trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a database from a newer version with the Swedish message and exit code 2', async () => {
    const future = { version: MIGRATIONS.length + 1, name: 'future', up: 'CREATE TABLE future_things (id INTEGER PRIMARY KEY) STRICT;' };
    (await openTestDatabase({ file: path.join(data.dir, 'handledning.sqlite'), backupDir: data.backupDir }, [...MIGRATIONS, future])).close();
    const before = sha256(path.join(data.dir, 'handledning.sqlite'));

    const server = startServer();

    expect(await server.exited).toBe(2);
    expect(server.stderr()).toContain(translate('error.databaseFromNewerVersion', { found: MIGRATIONS.length + 1, supported: MIGRATIONS.length }));
    expect(server.stdout()).toBe('');
    expect(sha256(path.join(data.dir, 'handledning.sqlite'))).toBe(before);
  });
});
