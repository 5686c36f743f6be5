import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refuseUnsafeDataFolder, UnsafeDataFolderError } from '../../electron/backend/hostGuards/dataFolderPlace';
import { tempFolder } from '../store/testDatabase';

const DEFAULT_WINDOWS = 'C:\\Users\\anna\\AppData\\Local\\Handledning';

function refusal(action: () => void): UnsafeDataFolderError {
  try {
    action();
  } catch (error) {
    if (error instanceof UnsafeDataFolderError) return error;
    throw error;
  }
  throw new Error('The folder was not refused');
}

describe('the explanation a refused data folder gets', () => {
  it('a mapped network drive: why, and the default local folder to use instead', () => {
    const error = refusal(() =>
      refuseUnsafeDataFolder('Z:\\Handledning', { defaultDataDir: DEFAULT_WINDOWS, platform: 'win32', networkDriveLetters: ['Z'] }),
    );
    expect(error.place).toEqual({ kind: 'network', reason: 'mappedDrive' });
    expect(error.message.split('\n\n')).toEqual([
      'Handledning kan inte öppna databasen i Z:\\Handledning, eftersom mappen ligger på en nätverksenhet.',
      'Databasen måste ligga på den här datorns egen disk. En nätverksenhet eller en synkroniseringstjänst kan kopiera filen när den är halvskriven och tappa låset som hindrar två samtidiga skrivningar, och då kan uppgifterna förstöras.',
      `Använd standardmappen på datorns egen disk: ${DEFAULT_WINDOWS}. Ta bort inställningen HANDLEDNING_DATA_DIR, så används den. Säkerhetskopiorna får gärna sparas på nätverket eller i molnet. Inget har ändrats.`,
    ]);
  });

  it('a synced folder names the service', () => {
    const error = refusal(() =>
      refuseUnsafeDataFolder('C:\\Users\\anna\\OneDrive - Exempelby kommun\\Handledning', { defaultDataDir: DEFAULT_WINDOWS, platform: 'win32' }),
    );
    expect(error.message).toContain('eftersom mappen synkroniseras av OneDrive.');
  });

  it('when the default folder itself is on a share (a redirected profile), only IT can help, so that is what it says', () => {
    const redirected = '\\\\fs01\\profiler\\anna\\AppData\\Local\\Handledning';
    const error = refusal(() => refuseUnsafeDataFolder(redirected, { defaultDataDir: redirected, platform: 'win32' }));
    expect(error.message).toContain('Be IT-avdelningen se till att mappen för lokala programdata ligger på datorns egen disk');
    expect(error.message).not.toContain('HANDLEDNING_DATA_DIR');
  });

  it('a local folder passes', () => {
    expect(() =>
      refuseUnsafeDataFolder(DEFAULT_WINDOWS, { defaultDataDir: DEFAULT_WINDOWS, platform: 'win32', networkDriveLetters: ['Z'] }),
    ).not.toThrow();
  });
});

describe('the folder as the disk knows it', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => folder.remove());

  it('a link into a synced folder is refused', () => {
    const synced = path.join(folder.dir, 'Dropbox', 'Handledning');
    mkdirSync(synced, { recursive: true });
    symlinkSync(synced, path.join(folder.dir, 'data'));
    expect(refusal(() => refuseUnsafeDataFolder(path.join(folder.dir, 'data'), { defaultDataDir: folder.dir, platform: 'linux' })).place).toEqual({
      kind: 'cloudSync',
      service: 'Dropbox',
    });
  });

  it('a folder not yet created under a linked synced folder is refused', () => {
    mkdirSync(path.join(folder.dir, 'Dropbox'));
    symlinkSync(path.join(folder.dir, 'Dropbox'), path.join(folder.dir, 'mina-filer'));
    const notYetThere = path.join(folder.dir, 'mina-filer', 'Handledning', 'data');
    expect(() => refuseUnsafeDataFolder(notYetThere, { defaultDataDir: folder.dir, platform: 'linux' })).toThrow(UnsafeDataFolderError);
  });

  it('an ordinary local folder, existing or not, passes', () => {
    expect(() => refuseUnsafeDataFolder(folder.dir, { defaultDataDir: folder.dir, platform: 'linux' })).not.toThrow();
    expect(() => refuseUnsafeDataFolder(path.join(folder.dir, 'ny', 'mapp'), { defaultDataDir: folder.dir, platform: 'linux' })).not.toThrow();
  });
});

describe('on Linux, the kind of disk under the folder, not only its name', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => folder.remove());

  const NFS = { statfsType: 0x6969, mountType: 'nfs4' };
  const check = (dir: string, disk: { statfsType: number; mountType: string | null }, platform: NodeJS.Platform = 'linux') => {
    const asked: string[] = [];
    const run = () =>
      refuseUnsafeDataFolder(dir, {
        defaultDataDir: '/home/anna/.config/Handledning',
        platform,
        fileSystemOf: (existing) => {
          asked.push(existing);
          return disk;
        },
      });
    return { run, asked };
  };

  it('an NFS mount with an ordinary-looking path is refused as a network drive, asked of the nearest folder that exists', () => {
    const { run, asked } = check(path.join(folder.dir, 'Handledning', 'data'), NFS);
    const error = refusal(run);
    expect(error.place).toEqual({ kind: 'network', reason: 'networkFileSystem' });
    expect(error.message).toContain('eftersom mappen ligger på en nätverksenhet.');
    expect(asked).toEqual([realpathSync(folder.dir)]);
  });

  it('sshfs over FUSE is refused; a local FUSE disk (ntfs-3g on a USB disk) passes', () => {
    expect(refusal(check(folder.dir, { statfsType: 0x65735546, mountType: 'fuse.sshfs' }).run).place).toMatchObject({ kind: 'network' });
    expect(check(folder.dir, { statfsType: 0x65735546, mountType: 'fuseblk' }).run).not.toThrow();
  });

  it('only on Linux: elsewhere statfs numbers mean other things', () => {
    const { run, asked } = check(folder.dir, NFS, 'darwin');
    expect(run).not.toThrow();
    expect(asked).toEqual([]);
  });

  it('this machine’s temp folder, asked for real, is a local disk', () => {
    expect(() => refuseUnsafeDataFolder(folder.dir, { defaultDataDir: folder.dir, platform: 'linux' })).not.toThrow();
  });
});
