import { describe, expect, it } from 'vitest';
import { clockFromEnv } from '../../electron/backend/clock';
import { databasePaths, dataDirOverride, platformDataDir } from '../../electron/backend/dataDir';

describe('where the data lives', () => {
  it('uses HANDLEDNING_DATA_DIR when it is set', () => {
    expect(dataDirOverride({ HANDLEDNING_DATA_DIR: '/tmp/handledning-e2e' })).toBe('/tmp/handledning-e2e');
    expect(dataDirOverride({ HANDLEDNING_DATA_DIR: '  ' })).toBeNull();
    expect(dataDirOverride({})).toBeNull();
  });

  it('keeps a //server/share path as written on Linux and macOS, so the place check sees a share and not /server/share', () => {
    expect(dataDirOverride({ HANDLEDNING_DATA_DIR: '//server/share/Handledning' }, 'linux')).toBe('//server/share/Handledning');
    expect(dataDirOverride({ HANDLEDNING_DATA_DIR: '//server/share' }, 'darwin')).toBe('//server/share');
  });

  it('falls back to the per-user app-data folder of each platform', () => {
    expect(platformDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' }, 'C:\\Users\\anna')).toBe(
      'C:\\Users\\anna\\AppData\\Local\\Handledning',
    );
    expect(platformDataDir('darwin', {}, '/Users/anna')).toBe('/Users/anna/Library/Application Support/Handledning');
    expect(platformDataDir('linux', {}, '/home/anna')).toBe('/home/anna/.config/Handledning');
    expect(platformDataDir('linux', { XDG_CONFIG_HOME: '/home/anna/conf' }, '/home/anna')).toBe('/home/anna/conf/Handledning');
  });

  it('keeps the database and its backups inside the data folder', () => {
    expect(databasePaths('/data')).toEqual({ file: '/data/handledning.sqlite', backupDir: '/data/backups' });
  });
});

describe("the backend's today", () => {
  it('is frozen by HANDLEDNING_TODAY', () => {
    expect(clockFromEnv({ HANDLEDNING_TODAY: '2026-05-14' })()).toBe('2026-05-14');
  });

  it('refuses a HANDLEDNING_TODAY that is not a date', () => {
    expect(() => clockFromEnv({ HANDLEDNING_TODAY: '2026-02-30' })).toThrow(/HANDLEDNING_TODAY/);
  });

  it('is the local date otherwise', () => {
    expect(clockFromEnv({})()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
