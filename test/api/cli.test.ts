import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { version } from '../../package.json';
import { openDatabase } from '../../electron/backend/store/database';
import { sha256 } from '../store/testDatabase';
import { serverPerTest } from './cliServer';

const { data, start } = serverPerTest();

describe('browser mode from the command line', () => {
  it('prints one line with the address and token, serves the API, and stops cleanly on SIGTERM', async () => {
    const server = start();
    await server.address();

    expect(await server.call('app.info', {})).toMatchObject({
      ok: true,
      value: { today: '2026-05-14', lastUnitId: null, schemaVersion: MIGRATIONS.length },
    });
    // The holidays come from date-holidays, which the bundle loads from node_modules.
    await server.call('units.create', { name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg' });
    await server.call('slotRules.add', { unitId: 1, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-05-14' });
    expect(await server.call('plan.get', { unitId: 1, from: '2026-05-11', to: '2026-05-17' })).toMatchObject({
      ok: true,
      value: [{ date: '2026-05-14', status: 'holiday', holiday: { name: 'Kristi himmelsfärdsdag' }, suggestedDate: '2026-05-13' }],
    });
    expect(existsSync(path.join(data().dir, 'handledning.sqlite'))).toBe(true);
    // The day's first backup is made at start, before the address is printed.
    expect(readdirSync(path.join(data().dir, 'backups'))).toEqual([expect.stringMatching(/^handledning-\d{8}-\d{6}-automatic\.sqlite$/)]);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.stdout().trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a database from a newer version with the Swedish message and exit code 2', async () => {
    const future = { version: MIGRATIONS.length + 1, name: 'future', up: 'CREATE TABLE future_things (id INTEGER PRIMARY KEY) STRICT;' };
    (await openDatabase({ file: path.join(data().dir, 'handledning.sqlite'), migrations: [...MIGRATIONS, future], appVersion: '9.1.0' })).close();
    const before = sha256(path.join(data().dir, 'handledning.sqlite'));

    const server = start();

    expect(await server.exited).toBe(2);
    expect(server.stderr()).toContain(
      translate('error.databaseFromNewerVersionWrittenBy', {
        found: MIGRATIONS.length + 1,
        supported: MIGRATIONS.length,
        appVersion: version,
        writtenBy: '9.1.0',
      }),
    );
    expect(server.stdout()).toBe('');
    expect(sha256(path.join(data().dir, 'handledning.sqlite'))).toBe(before);
  });
});
