import { describe, expect, it } from 'vitest';
import { classifyDataPath, type DataPathKind } from '../../shared/domain/dataPaths';

const windows = (path: string, networkDriveLetters: string[] = []) => classifyDataPath(path, { platform: 'win32', networkDriveLetters });
const posix = (path: string) => classifyDataPath(path, { platform: 'posix', networkDriveLetters: [] });

const LOCAL: DataPathKind = { kind: 'local' };
const cloud = (service: string) => ({ kind: 'cloudSync', service });

describe('the live database on the computer’s own disk', () => {
  it.each([
    'C:\\Users\\anna\\AppData\\Local\\Handledning',
    'C:/Users/anna/AppData/Local/Handledning',
    'c:\\users\\anna\\appdata\\local\\handledning\\',
    'D:\\Handledning',
    '\\\\?\\C:\\Users\\anna\\AppData\\Local\\Handledning',
    '\\\\.\\C:\\Handledning',
    // A folder that only starts like a sync client's name is someone's own folder.
    'C:\\Users\\anna\\Dropboxarkiv\\Handledning',
    'C:\\Users\\anna\\Boxning\\Handledning',
    'C:\\Users\\anna\\Documents\\My Drive\\Handledning',
  ])('is local on Windows: %s', (path) => {
    expect(windows(path, ['Z'])).toEqual(LOCAL);
  });

  it.each([
    '/home/anna/.config/Handledning',
    '/Users/anna/Library/Application Support/Handledning',
    '/home/anna/boxes/Handledning',
    '/home/anna/onedrive-export/Handledning',
    '/home/anna/megabackup/Handledning',
    '/home/anna/Synced/Handledning',
    '/tmp/handledning-test-x1y2',
  ])('is local on Linux and macOS: %s', (path) => {
    expect(posix(path)).toEqual(LOCAL);
  });
});

describe('a network share is refused', () => {
  it.each([
    '\\\\server\\share\\Handledning',
    '\\\\fs01.kommun.local\\hemtjanst$\\Handledning',
    '//server/share/Handledning',
    '\\\\?\\UNC\\server\\share\\Handledning',
    '\\\\?\\unc\\server\\share',
    '\\\\.\\UNC\\server\\share\\Handledning',
    '\\\\192.168.1.10\\data',
  ])('UNC path %s', (path) => {
    expect(windows(path)).toEqual({ kind: 'network', reason: 'uncPath' });
  });

  it.each([
    ['Z:\\Handledning', ['Z']],
    ['z:\\Handledning', ['Z:']],
    ['Z:/Handledning', ['z']],
    ['H:\\', ['H', 'Z']],
    ['\\\\?\\Z:\\Handledning', ['Z']],
  ])('mapped network drive %s (net use lists %j)', (path, letters) => {
    expect(windows(path, letters)).toEqual({ kind: 'network', reason: 'mappedDrive' });
  });

  it('a drive letter that net use does not list is a local disk', () => {
    expect(windows('Y:\\Handledning', ['Z'])).toEqual(LOCAL);
  });

  it.each([
    '//server/share/Handledning',
    '/run/user/1000/gvfs/smb-share:server=fs01,share=data/Handledning',
    '/run/user/1000/gvfs/sftp:host=example.org/home/anna',
    '/run/user/1000/gvfs/dav:host=moln.kommun.se,ssl=true/Handledning',
  ])('on Linux and macOS: %s', (path) => {
    expect(posix(path)).toMatchObject({ kind: 'network' });
  });
});

describe('a folder a sync service copies is refused', () => {
  it.each([
    ['C:\\Users\\anna\\OneDrive\\Handledning', 'OneDrive'],
    ['C:\\Users\\anna\\OneDrive - Exempelby kommun\\Dokument\\Handledning', 'OneDrive'],
    ['c:\\users\\anna\\onedrive - exempelby kommun\\handledning', 'OneDrive'],
    ['C:\\Users\\anna\\Dropbox\\Handledning', 'Dropbox'],
    ['C:\\Users\\anna\\Dropbox (Exempelby)\\Handledning', 'Dropbox'],
    ['C:\\Users\\anna\\DROPBOX\\Handledning', 'Dropbox'],
    ['C:\\Users\\anna\\Google Drive\\Handledning', 'Google Drive'],
    ['C:\\Users\\anna\\GoogleDrive\\Handledning', 'Google Drive'],
    ['G:\\My Drive\\Handledning', 'Google Drive'],
    ['G:\\Min enhet\\Handledning', 'Google Drive'],
    ['G:\\Delade enheter\\Hemtjänst\\Handledning', 'Google Drive'],
    ['C:\\Users\\anna\\iCloudDrive\\Handledning', 'iCloud'],
    ['C:\\Users\\anna\\iCloud Drive\\Handledning', 'iCloud'],
    ['C:\\Users\\anna\\Box\\Handledning', 'Box'],
    ['C:\\Users\\anna\\Box Sync\\Handledning', 'Box'],
    ['\\\\?\\C:\\Users\\anna\\OneDrive\\Handledning', 'OneDrive'],
    ['C:\\Users\\anna\\OneDrive (Personal)\\Handledning', 'OneDrive'],
    ['C:\\Users\\anna\\onedrive (personal)\\Handledning', 'OneDrive'],
    ['C:\\Users\\anna\\Nextcloud\\Handledning', 'Nextcloud'],
    ['C:\\Users\\anna\\ownCloud\\Handledning', 'ownCloud'],
    ['C:\\Users\\anna\\MEGA\\Handledning', 'MEGA'],
    ['C:\\Users\\anna\\Sync\\Handledning', 'Sync.com'],
  ])('on Windows: %s (%s)', (path, service) => {
    expect(windows(path)).toEqual(cloud(service));
  });

  it.each([
    ['/Users/anna/OneDrive/Handledning', 'OneDrive'],
    ['/Users/anna/OneDrive - Exempelby kommun/Handledning', 'OneDrive'],
    ['/Users/anna/Library/CloudStorage/OneDrive-ExempelbyKommun/Handledning', 'OneDrive'],
    ['/home/anna/Dropbox/Handledning', 'Dropbox'],
    ['/Users/anna/Library/CloudStorage/Dropbox/Handledning', 'Dropbox'],
    ['/Users/anna/Google Drive/Handledning', 'Google Drive'],
    ['/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.com/My Drive/Handledning', 'Google Drive'],
    ['/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/Handledning', 'iCloud'],
    ['/Users/anna/iCloud Drive/Handledning', 'iCloud'],
    ['/Users/anna/Box/Handledning', 'Box'],
    ['/Users/anna/Box Sync/Handledning', 'Box'],
    ['/Users/anna/Library/CloudStorage/Box-Box/Handledning', 'Box'],
    // Matched in any case: a hand-made or reinstalled folder, or macOS's case-blind disk.
    ['/home/anna/box/Handledning', 'Box'],
    ['/home/anna/DROPBOX/Handledning', 'Dropbox'],
    ['/Users/anna/onedrive/Handledning', 'OneDrive'],
    ['/users/anna/library/cloudstorage/onedrive-exempelbykommun/Handledning', 'OneDrive'],
    ['/Users/anna/OneDrive (Personal)/Handledning', 'OneDrive'],
    ['/home/anna/Nextcloud/Handledning', 'Nextcloud'],
    ['/home/anna/nextcloud/Handledning', 'Nextcloud'],
    ['/Users/anna/Library/CloudStorage/Nextcloud-anna@moln.kommun.se/Handledning', 'Nextcloud'],
    ['/home/anna/ownCloud/Handledning', 'ownCloud'],
    ['/home/anna/pCloudDrive/Handledning', 'pCloud'],
    ['/home/anna/MEGA/Handledning', 'MEGA'],
    ['/home/anna/Sync/Handledning', 'Sync.com'],
  ])('on Linux and macOS: %s (%s)', (path, service) => {
    expect(posix(path)).toEqual(cloud(service));
  });

  it('the sync folder itself is refused, not only what is below it', () => {
    expect(windows('C:\\Users\\anna\\OneDrive')).toEqual(cloud('OneDrive'));
    expect(posix('/home/anna/Dropbox/')).toEqual(cloud('Dropbox'));
  });

  it('a share wins over a sync folder on it: the share is the first problem', () => {
    expect(windows('\\\\server\\home\\anna\\OneDrive\\Handledning')).toEqual({ kind: 'network', reason: 'uncPath' });
  });
});
