import { existsSync, readFileSync, realpathSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { classifyDataPath, type DataPathKind } from '../../../shared/domain/dataPaths';
import { isNetworkFileSystem, mountTypeAt } from '../../../shared/domain/fileSystems';
import { translate } from '../../../shared/i18n/translate';
import { mappedNetworkDriveLetters } from './networkDrives';

type UnsafePlace = Exclude<DataPathKind, { kind: 'local' }>;

/** The data folder is on a share or in a synced folder: the live database must not be opened there. */
export class UnsafeDataFolderError extends Error {
  override readonly name = 'UnsafeDataFolderError';
  constructor(
    readonly folder: string,
    readonly place: UnsafePlace,
    defaultDataDir: string,
  ) {
    super(explanation(folder, place, defaultDataDir));
  }
}

function explanation(folder: string, place: UnsafePlace, defaultDataDir: string): string {
  const where =
    place.kind === 'network' ? translate('error.path.network', { folder }) : translate('error.path.cloudSync', { folder, service: place.service });
  // When the default folder itself is the problem, only IT can move it.
  const isDefault = path.resolve(folder) === path.resolve(defaultDataDir);
  const whatToDo = isDefault ? translate('error.path.askIt') : translate('error.path.useDefault', { defaultFolder: defaultDataDir });
  return [where, translate('error.path.why'), whatToDo].join('\n\n');
}

/**
 * The folder as the disk knows it: links followed, so a link into a synced folder, or (on
 * Windows) a mapped drive resolving to \\server\share, shows what it is. For a folder not yet
 * created, its nearest existing parent is resolved.
 */
function resolvedPath(folder: string): { full: string; existing: string | null } {
  const rest: string[] = [];
  let existing = path.resolve(folder);
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) return { full: folder, existing: null };
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    const real = realpathSync.native(existing);
    return { full: path.join(real, ...rest), existing: real };
  } catch {
    return { full: folder, existing: null };
  }
}

/** What Linux says is the disk under an existing folder: statfs's type, and the mount's type for FUSE. */
export interface FileSystemFacts {
  statfsType: number;
  mountType: string | null;
}

function linuxFileSystemOf(existingFolder: string): FileSystemFacts | null {
  try {
    const statfsType = statfsSync(existingFolder).type;
    return { statfsType, mountType: mountTypeAt(readFileSync('/proc/self/mountinfo', 'utf8'), existingFolder) };
  } catch {
    // Not known is not refused: the name checks still stand.
    return null;
  }
}

export interface DataFolderCheckOptions {
  /** The folder used when HANDLEDNING_DATA_DIR is not set; the advice names it. */
  defaultDataDir: string;
  platform?: NodeJS.Platform;
  networkDriveLetters?: readonly string[];
  /** The disk under an existing folder, on Linux (statfs; tests give their own). */
  fileSystemOf?: (existingFolder: string) => FileSystemFacts | null;
}

/** Throws UnsafeDataFolderError for a folder on a network share or in a cloud-synced folder. */
export function refuseUnsafeDataFolder(
  folder: string,
  { defaultDataDir, platform = process.platform, networkDriveLetters = [], fileSystemOf = linuxFileSystemOf }: DataFolderCheckOptions,
): void {
  const context = { platform: platform === 'win32' ? ('win32' as const) : ('posix' as const), networkDriveLetters };
  const resolved = resolvedPath(folder);
  for (const candidate of new Set([folder, resolved.full])) {
    const place = classifyDataPath(candidate, context);
    if (place.kind !== 'local') throw new UnsafeDataFolderError(folder, place, defaultDataDir);
  }
  // Elsewhere statfs's type numbers mean other things; Windows' shares show in the path.
  if (platform !== 'linux' || resolved.existing === null) return;
  const disk = fileSystemOf(resolved.existing);
  if (disk && isNetworkFileSystem(disk.statfsType, disk.mountType)) {
    throw new UnsafeDataFolderError(folder, { kind: 'network', reason: 'networkFileSystem' }, defaultDataDir);
  }
}

/** The checks that need no `net use`: false for a folder the full check will refuse, which is then not created. */
export function isLocalDataFolder(folder: string): boolean {
  try {
    // Only the verdict is used, so the advice's default folder does not matter.
    refuseUnsafeDataFolder(folder, { defaultDataDir: folder });
    return true;
  } catch (error) {
    if (error instanceof UnsafeDataFolderError) return false;
    throw error;
  }
}

/** The same check with this machine's mapped drives (from `net use` on Windows). */
export async function checkDataFolderPlace(folder: string, defaultDataDir: string): Promise<void> {
  refuseUnsafeDataFolder(folder, { defaultDataDir, networkDriveLetters: await mappedNetworkDriveLetters() });
}
