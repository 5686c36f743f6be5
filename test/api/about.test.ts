import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from './testBackend';

// "Om Handledning" reads where the data lives from app.info: the backend knows, the page does not.
let test: TestBackend;
beforeEach(async () => {
  test = await startTestBackend('2026-05-01');
});
afterEach(() => test.close());

describe('app.info for "Om Handledning"', () => {
  it('names the version, the live database file and the default backup folder beside it', async () => {
    const info = await test.call('app.info', {});
    expect(info).toMatchObject({ version: '9.9.9-test', dataFile: test.db.name, backupFolder: path.join(path.dirname(test.db.name), 'backups') });
    expect(path.isAbsolute(info.dataFile)).toBe(true);
  });

  it('follows the backup folder when it is changed, and back to the default', async () => {
    const usb = mkdtempSync(path.join(tmpdir(), 'handledning-about-'));
    await test.call('backups.setFolder', { folder: usb });
    expect((await test.call('app.info', {})).backupFolder).toBe(usb);
    await test.call('backups.setFolder', { folder: null });
    expect((await test.call('app.info', {})).backupFolder).toBe(path.join(path.dirname(test.db.name), 'backups'));
  });
});
