import Database from 'better-sqlite3';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, type TempFolder } from '../store/testDatabase';
import { bundleServer, startServer } from './cliServer';

// A log line that cannot be written must not stop browser mode: here its stderr goes to
// /dev/full, which answers every write as a full disk does (ENOSPC).

const UNIT = { name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg' };

let bundle: TempFolder;
let script: string;
beforeAll(async () => {
  bundle = tempFolder();
  script = await bundleServer(bundle.dir);
});
afterAll(() => bundle.remove());

let data: TempFolder;
beforeEach(() => {
  data = tempFolder();
});
afterEach(() => data.remove());

describe('browser mode with nowhere to write its log', () => {
  it('keeps serving when stderr is on a full disk and one failure after another is logged there', async () => {
    // A first run makes the database; then its backup folder is a file, so the next start's
    // automatic backup fails and is logged, and a trigger makes every new unit a storage
    // failure, logged again: the second failed write to a stream is the one that used to crash.
    const first = startServer(script, data.dir);
    await first.address();
    first.child.kill('SIGTERM');
    await first.exited;
    const notAFolder = path.join(data.dir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const db = new Database(path.join(data.dir, 'handledning.sqlite'));
    db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('backupFolder', ?)").run(notAFolder);
    db.exec("CREATE TRIGGER refuse_units BEFORE INSERT ON units BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    db.close();

    const full = openSync('/dev/full', 'w');
    const server = startServer(script, data.dir, {}, null, full);
    closeSync(full);
    await server.address();
    for (let failure = 0; failure < 3; failure++) {
      expect(await server.call('units.create', UNIT)).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    }
    expect(await server.call('app.info', {})).toMatchObject({ ok: true });
    expect(server.child.exitCode).toBeNull();
    server.child.kill('SIGKILL');
    await server.exited;
  }, 30_000);
});
