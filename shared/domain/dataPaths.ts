// Where the live database may not be: on a network share, or in a folder a sync client
// copies around. SQLite's locks and its write-ahead log assume one local disk; a share can
// drop a lock, and a sync client can upload (or download over us) a file that is half
// written. Backups are whole verified files, so they may go there; the live file may not.
// Pure string work on Windows and POSIX paths, so it is tested without those machines.

export type CloudSyncService = 'OneDrive' | 'Dropbox' | 'Google Drive' | 'iCloud' | 'Box' | 'Nextcloud' | 'ownCloud' | 'pCloud' | 'MEGA' | 'Sync.com';

export type NetworkReason =
  /** \\server\share, //server/share, \\?\UNC\server\share */
  | 'uncPath'
  /** A drive letter that `net use` lists as a mapped network drive. */
  | 'mappedDrive'
  /** A share the Linux desktop mounted for the user (GVfs: smb-share:, sftp:, dav: …). */
  | 'remoteMount'
  /** The disk says so: an NFS, SMB/CIFS or other network file system (see fileSystems.ts). */
  | 'networkFileSystem';

export type DataPathKind = { kind: 'local' } | { kind: 'network'; reason: NetworkReason } | { kind: 'cloudSync'; service: CloudSyncService };

export interface DataPathContext {
  platform: 'win32' | 'posix';
  /** Drive letters of mapped network drives ("Z" or "Z:"); none outside Windows. */
  networkDriveLetters: readonly string[];
}

const LOCAL: DataPathKind = { kind: 'local' };

// A folder whose own name says which client syncs everything below it, spelt as the
// clients spell it, matched in any case (a user or an installer may write it otherwise, and
// Windows' and macOS's disks do not tell the cases apart). Windows and older macOS clients
// put these in the home folder; "OneDrive - <organisation>" is a work account,
// "OneDrive (Personal)" a private one beside it, "Dropbox (<team>)" a team's. "Sync" is
// Sync.com's folder (and Syncthing's default): a user's own folder so named is refused too,
// which costs a move, while a synced live database can cost the data.
const SYNC_FOLDERS: readonly [RegExp, CloudSyncService][] = [
  [/^OneDrive( - .+| \(.+\))?$/i, 'OneDrive'],
  [/^Dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^Google ?Drive$/i, 'Google Drive'],
  [/^iCloud ?Drive$/i, 'iCloud'],
  [/^Box( Sync)?$/i, 'Box'],
  [/^Nextcloud$/i, 'Nextcloud'],
  [/^ownCloud$/i, 'ownCloud'],
  [/^pCloud ?Drive$/i, 'pCloud'],
  [/^MEGA$/i, 'MEGA'],
  [/^Sync$/i, 'Sync.com'],
];

// macOS File Provider folders in ~/Library/CloudStorage are named <client>-<account>.
const CLOUD_STORAGE_FOLDERS: readonly [RegExp, CloudSyncService][] = [
  [/^OneDrive(-|$)/i, 'OneDrive'],
  [/^Dropbox(-|$)/i, 'Dropbox'],
  [/^GoogleDrive(-|$)/i, 'Google Drive'],
  [/^Box(-|$)/i, 'Box'],
  [/^iCloud/i, 'iCloud'],
  [/^Nextcloud(-|$)/i, 'Nextcloud'],
  [/^ownCloud(-|$)/i, 'ownCloud'],
  [/^pCloud/i, 'pCloud'],
  [/^MEGA(-|$)/i, 'MEGA'],
];

// Google Drive for desktop shows the user's files as a drive of its own (G:\My Drive\…),
// named in the user's language; only the top folder of that drive says what it is.
const GOOGLE_DRIVE_TOP_FOLDERS = /^(my drive|min enhet|shared drives|delade enheter)$/i;

const GVFS_REMOTE_MOUNT = /^(smb-share|sftp|ftp|dav|davs|afp-volume|nfs|google-drive|onedrive):/i;

/** What kind of place the folder is; anything but 'local' must not hold the live database. */
export function classifyDataPath(path: string, context: DataPathContext): DataPathKind {
  return context.platform === 'win32' ? classifyWindowsPath(path, context.networkDriveLetters) : classifyPosixPath(path);
}

function classifyWindowsPath(path: string, networkDriveLetters: readonly string[]): DataPathKind {
  const slashed = path.trim().replace(/\//g, '\\');
  // \\?\ and \\.\ only lift Windows' path-length and name rules: \\?\C:\x is still C:\x.
  const device = /^\\\\[?.]\\(.*)$/.exec(slashed);
  const unprefixed = device ? device[1]! : slashed;
  if (device ? /^unc\\/i.test(unprefixed) : unprefixed.startsWith('\\\\')) return { kind: 'network', reason: 'uncPath' };

  const drive = /^([a-z]):/i.exec(unprefixed);
  if (drive && networkDriveLetters.some((letter) => driveLetterOf(letter) === drive[1]!.toUpperCase())) {
    return { kind: 'network', reason: 'mappedDrive' };
  }
  const segments = unprefixed
    .slice(drive ? 2 : 0)
    .split('\\')
    .filter((segment) => segment !== '' && segment !== '.');
  if (drive && segments.length > 0 && GOOGLE_DRIVE_TOP_FOLDERS.test(segments[0]!)) return { kind: 'cloudSync', service: 'Google Drive' };
  return classifySegments(segments);
}

function classifyPosixPath(path: string): DataPathKind {
  // No local folder is written //x/y (Node resolves //home to /home): that is a share's name.
  if (/^\/\/[^/]/.test(path.trim())) return { kind: 'network', reason: 'uncPath' };
  const segments = path
    .trim()
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment, index) => index > 0 && segments[index - 1] === 'gvfs' && GVFS_REMOTE_MOUNT.test(segment))) {
    return { kind: 'network', reason: 'remoteMount' };
  }
  return classifySegments(segments);
}

function classifySegments(segments: readonly string[]): DataPathKind {
  const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();
  const serviceOf = (table: readonly [RegExp, CloudSyncService][], segment: string) => table.find(([pattern]) => pattern.test(segment))?.[1];

  for (const [index, segment] of segments.entries()) {
    const parent = segments[index - 1];
    const grandparent = segments[index - 2];
    // iCloud syncs every app's folder under Mobile Documents, not only com~apple~CloudDocs.
    if (same(grandparent, 'Library') && same(parent, 'Mobile Documents')) return { kind: 'cloudSync', service: 'iCloud' };
    const service =
      (same(grandparent, 'Library') && same(parent, 'CloudStorage') ? serviceOf(CLOUD_STORAGE_FOLDERS, segment) : undefined) ??
      serviceOf(SYNC_FOLDERS, segment);
    if (service) return { kind: 'cloudSync', service };
  }
  return LOCAL;
}

function driveLetterOf(letter: string): string {
  return letter.trim().replace(/:$/, '').toUpperCase();
}
