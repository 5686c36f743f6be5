import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { classifyDataPath, type DataPathKind } from '../../../shared/domain/dataPaths';
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
    place.kind === 'network'
      ? translate('error.path.network', { folder })
      : translate('error.path.cloudSync', { folder, service: place.service });
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
function resolvedPath(folder: string): string {
  const rest: string[] = [];
  let existing = path.resolve(folder);
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) return folder;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    return path.join(realpathSync.native(existing), ...rest);
  } catch {
    return folder;
  }
}

export interface DataFolderCheckOptions {
  /** The folder used when HANDLEDNING_DATA_DIR is not set; the advice names it. */
  defaultDataDir: string;
  platform?: NodeJS.Platform;
  networkDriveLetters?: readonly string[];
}

/** Throws UnsafeDataFolderError for a folder on a network share or in a cloud-synced folder. */
export function refuseUnsafeDataFolder(folder: string, { defaultDataDir, platform = process.platform, networkDriveLetters = [] }: DataFolderCheckOptions): void {
  const context = { platform: platform === 'win32' ? ('win32' as const) : ('posix' as const), networkDriveLetters };
  for (const candidate of new Set([folder, resolvedPath(folder)])) {
    const place = classifyDataPath(candidate, context);
    if (place.kind !== 'local') throw new UnsafeDataFolderError(folder, place, defaultDataDir);
  }
}

/** The same check with this machine's mapped drives (from `net use` on Windows). */
export async function checkDataFolderPlace(folder: string, defaultDataDir: string): Promise<void> {
  refuseUnsafeDataFolder(folder, { defaultDataDir, networkDriveLetters: await mappedNetworkDriveLetters() });
}
