import Database from 'better-sqlite3';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../electron/backend/hostGuards/dataFolderLock';
import { platformDataDir } from '../../electron/backend/dataDir';
import { sha256 } from '../store/testDatabase';
import { serverPerTest } from './cliServer';

const { data, start } = serverPerTest();
const UNIT = { name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg' };

describe('one server per data folder', () => {
  it('a second server on the same folder refuses to start, in Swedish, with exit code 4; the first keeps serving', async () => {
    const first = start();
    await first.address();

    const second = start();
    expect(await second.exited).toBe(4);
    expect(second.stderr().trim()).toBe(
      'Handledning är redan öppet med den här datamappen, som program eller i webbläsaren. Stäng det först och försök sedan igen.',
    );
    expect(second.stdout()).toBe('');

    expect(await first.call('units.create', UNIT)).toMatchObject({ ok: true });
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s releases the lock, and the next server starts', async (signal) => {
    const first = start();
    await first.address();
    first.child.kill(signal);
    expect(await first.exited).toBe(0);

    const next = start();
    await next.address();
  });

  it('a server killed outright holds nothing: the next server starts at once, with the data intact', async () => {
    const killed = start();
    await killed.address();
    expect(await killed.call('units.create', UNIT)).toMatchObject({ ok: true });
    killed.child.kill('SIGKILL');
    await killed.exited;

    const next = start();
    await next.address();
    expect(await next.call('units.list', {})).toMatchObject({ ok: true, value: [{ name: 'Hemtjänst Norr' }] });
    expect(readdirSync(data().dir).filter((name) => name.startsWith('handledning.') && name.includes('lock'))).toEqual([LOCK_FILE_NAME]);
  });

  it('a database it may not open releases the lock again', async () => {
    const foreign = new Database(path.join(data().dir, 'handledning.sqlite'));
    foreign.exec('CREATE TABLE someone_elses (id INTEGER PRIMARY KEY)');
    foreign.close();
    const refused = start();
    expect(await refused.exited).toBe(2);
    const next = start();
    expect(await next.exited).toBe(2);
    expect(next.stderr()).not.toContain('redan öppet');
  });
});

describe('a data folder on a share or in a synced folder', () => {
  it.each([
    ['OneDrive - Exempelby kommun', 'synkroniseras av OneDrive'],
    ['Dropbox', 'synkroniseras av Dropbox'],
  ])('inside %s: the explanation on stderr, exit code 3, and nothing created there', async (syncFolder, says) => {
    const folder = path.join(data().dir, syncFolder, 'Handledning');
    const refused = start(folder);
    expect(await refused.exited).toBe(3);
    const message = refused.stderr();
    expect(message).toContain(`Handledning kan inte öppna databasen i ${folder}, eftersom mappen ${says}.`);
    expect(message).toContain('halvskriven');
    expect(message).toContain(`Använd standardmappen på datorns egen disk: ${platformDataDir()}.`);
    expect(refused.stdout()).toBe('');
    expect(existsSync(folder)).toBe(false);
  });

  it('a link into a synced folder is followed and refused too', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const synced = path.join(data().dir, 'Dropbox', 'Handledning');
    mkdirSync(synced, { recursive: true });
    const link = path.join(data().dir, 'handledning-data');
    symlinkSync(synced, link);
    const refused = start(link);
    expect(await refused.exited).toBe(3);
    expect(refused.stderr()).toContain('synkroniseras av Dropbox');
    expect(readdirSync(synced)).toEqual([]);
  });
});

describe('a //server/share path on Linux', () => {
  it('is a share: exit code 3, and no /server folder made at the root', async () => {
    const server = `handledning-cli-${process.pid}-srv`;
    const refused = start(`//${server}/share/Handledning`);
    expect(await refused.exited).toBe(3);
    expect(refused.stderr()).toContain(
      `Handledning kan inte öppna databasen i //${server}/share/Handledning, eftersom mappen ligger på en nätverksenhet.`,
    );
    expect(existsSync(`/${server}`)).toBe(false);
  });
});

describe('a data folder or database file that cannot be written', () => {
  // As root, permission bits stop nothing: the server then runs as the unprivileged user nobody.
  const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;

  it('a folder that cannot be made (/sys takes no new folders, not even from root): one Swedish line, exit code 5', async () => {
    const folder = `/sys/handledning-cli-${process.pid}`;
    const refused = start(folder);
    expect(await refused.exited).toBe(5);
    expect(refused.stderr()).toBe(
      `Handledning kan inte spara i datamappen ${folder}, eftersom den är skrivskyddad eller saknar behörighet. Be IT om skrivbehörighet eller använd en annan mapp.\n`,
    );
    expect(refused.stdout()).toBe('');
  });

  it('a folder the user may only read: one Swedish line, exit code 5, nothing created in it', async () => {
    chmodSync(data().dir, 0o555);
    const refused = start(data().dir, {}, unprivileged);
    expect(await refused.exited).toBe(5);
    expect(refused.stderr()).toBe(
      `Handledning kan inte spara i datamappen ${data().dir}, eftersom den är skrivskyddad eller saknar behörighet. Be IT om skrivbehörighet eller använd en annan mapp.\n`,
    );
    expect(readdirSync(data().dir)).toEqual([]);
  });

  it('a write-protected database file: one Swedish line, exit code 5, the file untouched, and no server answering “ok”', async () => {
    const first = start();
    await first.address();
    expect(await first.call('units.create', UNIT)).toMatchObject({ ok: true });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const file = path.join(data().dir, 'handledning.sqlite');
    chmodSync(data().dir, 0o777);
    chmodSync(file, 0o444);
    const before = sha256(file);

    const refused = start(data().dir, {}, unprivileged);
    expect(await refused.exited).toBe(5);
    expect(refused.stderr()).toBe(
      `Handledning kan inte spara i databasfilen ${file}, eftersom den är skrivskyddad eller saknar behörighet. Be IT om skrivbehörighet. Inget har ändrats.\n`,
    );
    expect(refused.stdout()).toBe('');
    expect(sha256(file)).toBe(before);
  });

  it('a database file write-protected while the server runs: health says so, in Swedish, instead of “ok”', async () => {
    chmodSync(data().dir, 0o777);
    const server = start(data().dir, {}, unprivileged);
    await server.address();
    expect(await server.call('health.get', {})).toMatchObject({ ok: true, value: { state: 'ok', problem: null } });
    const file = path.join(data().dir, 'handledning.sqlite');
    chmodSync(file, 0o444);

    const health = await server.call('health.get', {});
    expect(health).toMatchObject({ ok: true, value: { state: 'readOnly', file } });
    expect(health.ok && health.value.problem).toBe(
      `Handledning kan inte spara i databasfilen ${file}, eftersom den är skrivskyddad eller saknar behörighet. Be IT om skrivbehörighet. Inget har ändrats.`,
    );
    server.child.kill('SIGTERM');
    await server.exited;
  });
});
