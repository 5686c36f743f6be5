import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { backupsToDelete } from '../../../shared/domain/backupRotation';
import { DomainError } from '../../../shared/domain/errors';
import type { BackupInfo, BackupKind, BackupOverview, DatabaseHealth } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n/translate';
import { openDatabase, quickCheck } from '../store/database';
import type { Db } from '../store/db';
import { MIGRATIONS } from '../store/migrations';
import { createSettingsRepository } from '../store/settings';
import {
  backupFileName,
  copyFileName,
  damagedFileName,
  fromLocalTime,
  isLeftoverInBackupFolder,
  LAST_RESTORE_FILE,
  localTime,
  parseBackupFileName,
  uniqueFile,
} from './backupFiles';
import { backupBeforeMigration } from './beforeMigration';
import { fsyncFile, fsyncFolder, installDatabaseFile, sideFiles } from './files';
import { carryHistoryForward } from './history';
import { createBackupListing } from './listing';
import { BackupCheckError, checkBackupFile } from './verify';
import { writeVerifiedBackup } from './writer';

/** The backend's hold on the live database, which a restore closes and replaces. */
export interface LiveDatabase {
  /** The live database file. */
  readonly file: string;
  /** The open connection; null in recovery mode (and while a restore swaps the file). */
  db(): Db | null;
  /** Makes `db` the live connection: the backend rebuilds its handlers over it. */
  replace(db: Db): void;
  /** Closes the live connection, before its file is replaced. */
  release(): void;
}

/** A live database file that failed the start-up check. It is never deleted or overwritten. */
export interface DamagedDatabase {
  file: string;
  /** Swedish, for the recovery screen. */
  problem: string;
  /** The backup folder setting, if it could still be read from the damaged file. */
  backupFolder: string | null;
}

export interface DataSafetyOptions {
  live: LiveDatabase;
  dataDir: string;
  now: () => Date;
  /** Set when the backend starts in recovery mode. */
  damaged: DamagedDatabase | null;
  folderOverride?: string;
  /** How the listing checks a file; the full check by default (tests count the files it opens). */
  checkBackup?: Parameters<typeof createBackupListing>[1];
}

const LATEST_VERSION = MIGRATIONS.length;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Backups, restores and the recovery screen, over whatever database is live at the moment. */
export function createDataSafety({ live, dataDir, now, damaged: damagedAtStart, folderOverride, checkBackup }: DataSafetyOptions) {
  const defaultFolder = path.join(dataDir, 'backups');
  const listing = createBackupListing(LATEST_VERSION, checkBackup);
  let damaged = damagedAtStart;

  function folderSetting(db: Db | null): string | null {
    if (db) return createSettingsRepository(db).get('backupFolder');
    return damaged?.backupFolder ?? null;
  }

  function backupFolder(): string {
    return folderOverride ?? folderSetting(live.db()) ?? defaultFolder;
  }

  function requireLive(): Db {
    const db = live.db();
    if (!db) throw new DomainError('CONFLICT', 'error.recovery.mode');
    return db;
  }

  function list(): BackupOverview {
    const folder = backupFolder();
    const backups = listing.list(folder);
    const undoName = readLastRestore(folder);
    return {
      folder,
      isDefaultFolder: folder === defaultFolder,
      backups,
      undoRestore: backups.find((b) => b.fileName === undoName) ?? null,
    };
  }

  async function create(kind: BackupKind): Promise<BackupInfo> {
    const db = requireLive();
    const folder = backupFolder();
    mkdirSync(folder, { recursive: true });
    const at = now();
    const file = uniqueFile(folder, (n) => backupFileName(kind, at, n));
    const contents = await writeVerifiedBackup(db, file, LATEST_VERSION);
    return { fileName: path.basename(file), kind, createdAt: localTime(at), sizeBytes: statSync(file).size, contents };
  }

  /** Deletes the automatic backups rotation lets go, and temp files a killed backup left behind. */
  function rotate(): void {
    const folder = backupFolder();
    for (const fileName of backupsToDelete(listing.list(folder), localTime(now()))) rmSync(path.join(folder, fileName), { force: true });
    removeLeftoversIn(folder, isLeftoverInBackupFolder);
  }

  /**
   * At start: the temp files a backup or restore killed halfway left (each as large as the
   * database). Only names this app writes, in the backup folder and next to the live file.
   */
  function removeLeftovers(): void {
    removeLeftoversIn(backupFolder(), isLeftoverInBackupFolder);
    const restoreTemp = `${path.basename(live.file)}.restore.tmp`;
    removeLeftoversIn(path.dirname(live.file), (name) => name === restoreTemp || sideFiles(restoreTemp).includes(name));
  }

  /**
   * A verified copy of `source` takes the live file's place, with the history `fallback` (the
   * copy of the data it replaces) has and it lacks; on any failure, `fallback` is put back.
   */
  async function replaceLive(source: string, fallback: string): Promise<void> {
    const folder = backupFolder();
    const keptFolder = folderOverride ? null : folderSetting(live.db());
    live.release();
    try {
      const restored = await install(source, folder);
      try {
        carryHistoryForward(restored, fallback);
      } catch (error) {
        restored.close();
        throw error;
      }
      live.replace(restored);
    } catch (error) {
      try {
        live.replace(await install(fallback, folder));
      } catch (fallbackError) {
        // Neither opens: what is in place is shown as damaged, for the recovery screen.
        damaged = { file: live.file, problem: translate('error.recovery.restoreFailed'), backupFolder: keptFolder };
        throw fallbackError;
      }
      console.error('[handledning] restore failed, the data before it is back:', error);
      throw new DomainError('CONFLICT', 'error.restore.failed');
    }
    // Where backups go is this computer's setting, not part of the data brought back.
    if (folderOverride) return;
    const settings = createSettingsRepository(requireLive());
    if (keptFolder) settings.set('backupFolder', keptFolder);
    else settings.remove('backupFolder');
  }

  async function install(source: string, folder: string): Promise<Db> {
    installDatabaseFile(source, live.file);
    // Checked again as the copy now in place, before anything opens it for writing: the file
    // in the folder may have been swapped since its check (a trigger would run on our writes).
    checkBackupFile(live.file, { latestVersion: LATEST_VERSION, thorough: false });
    // Through openDatabase, so a backup from an older version is migrated (after its own backup).
    const db = await openDatabase({ file: live.file, beforeMigrating: backupBeforeMigration(folder, now) });
    if (quickCheck(db).length > 0) {
      db.close();
      throw new Error('quick_check failed after restore');
    }
    return db;
  }

  async function restore(fileName: string): Promise<BackupOverview> {
    requireLive();
    const folder = backupFolder();
    const source = ownBackupFile(folder, fileName);
    checkedForRestore(source, fileName);
    const before = await create('beforeRestore');
    // The undo record goes first, so that "Ångra återställningen" names this restore's own
    // copy whenever the swap has happened. Killed before the swap, it names a copy of the
    // data still in place, and undoing it changes nothing. A swap that fails and is rolled
    // back gets the previous record back: there is no new restore to undo.
    const previousRecord = readRecord(folder);
    writeRecord(folder, JSON.stringify({ undoFileName: before.fileName, at: localTime(now()) }));
    try {
      await replaceLive(source, path.join(folder, before.fileName));
    } catch (error) {
      if (previousRecord === null) rmSync(path.join(folder, LAST_RESTORE_FILE), { force: true });
      else writeRecord(folder, previousRecord);
      throw error;
    }
    return list();
  }

  /** "Spara en kopia som…": a verified copy in a folder the user picked. */
  async function saveCopy(folder: string): Promise<{ path: string }> {
    const db = requireLive();
    requireFolder(folder);
    const at = now();
    const file = uniqueFile(folder, (n) => copyFileName(at, n));
    await writeVerifiedBackup(db, file, LATEST_VERSION);
    return { path: file };
  }

  /**
   * The recovery screen needs a backup to offer, so a damaged start checks them; a sound one
   * does not wait on backup files (the app's first call): it names the newest backup already
   * verified in this run, if any.
   */
  function health(): DatabaseHealth {
    if (damaged) return { state: 'damaged', file: live.file, problem: damaged.problem, newestBackup: list().backups[0] ?? null };
    const newestBackup = listing.newestKnown(backupFolder());
    if (!canWrite(live.file)) {
      return { state: 'readOnly', file: live.file, problem: translate('error.database.readOnly', { place: live.file }), newestBackup };
    }
    return { state: 'ok', file: live.file, problem: null, newestBackup };
  }

  return {
    list,
    health,
    removeLeftovers,

    /** Where the data lives, for "Om Handledning": the live database file and the backup folder. */
    locations: () => ({ dataFile: live.file, backupFolder: backupFolder() }),

    /** "Säkerhetskopiera nu". */
    create: () => create('manual'),

    /**
     * A new automatic backup when the newest one is a day old (or there is none). 'names': at
     * start, judged by the newest backup name (its time), no file opened, no rotation.
     * 'verified': by the newest backup that passes the listing's check; then rotation, which
     * counts only backups that pass, even when none was due (the day's may have been made at start).
     */
    async backupIfDue(judgedBy: 'names' | 'verified'): Promise<BackupInfo | null> {
      if (!live.db()?.open) return null;
      const at = now().getTime();
      const times = judgedBy === 'names' ? listing.timesByName(backupFolder()) : list().backups.map((b) => b.createdAt);
      // One dated in the future (the clock was turned back) does not count as recent.
      const newest = times.map((time) => fromLocalTime(time).getTime()).find((time) => time <= at);
      const made = newest === undefined || at - newest >= DAY_MS ? await create('automatic') : null;
      if (judgedBy === 'verified') rotate();
      return made;
    },

    /** The listing's checks, done ahead of time in small steps (see BackupListing.verifyAhead). */
    verifyAhead: () => listing.verifyAhead(backupFolder()),

    saveCopy,

    setFolder(folder: string | null): BackupOverview {
      const settings = createSettingsRepository(requireLive());
      if (folder === null) {
        settings.remove('backupFolder');
      } else {
        requireFolder(folder);
        requireWritable(folder);
        settings.set('backupFolder', path.resolve(folder));
      }
      return list();
    },

    restore,

    /** Nothing to undo (none made, or already undone): the overview as it is, so a second click is harmless. */
    async undoRestore(): Promise<BackupOverview> {
      const undo = list().undoRestore;
      if (!undo) return list();
      const folder = backupFolder();
      await restore(undo.fileName);
      // Undone: there is no "last restore" left to undo (its own pre-restore backup stays listed).
      rmSync(path.join(folder, LAST_RESTORE_FILE), { force: true });
      return list();
    },

    /**
     * Recovery: the damaged file (with its -wal and -shm) is renamed aside, never deleted,
     * and the newest backup that passes a full check takes its place.
     */
    async restoreNewest(): Promise<DatabaseHealth> {
      // Already sound (a second click after the recovery): nothing to do.
      if (!damaged) return health();
      const folder = backupFolder();
      const candidate = list().backups.find((backup) => {
        try {
          checkBackupFile(path.join(folder, backup.fileName), { latestVersion: LATEST_VERSION, thorough: true });
          return true;
        } catch (error) {
          if (error instanceof BackupCheckError) return false;
          throw error;
        }
      });
      if (!candidate) throw new DomainError('NOT_FOUND', 'error.recovery.noBackup');

      const kept = uniqueFile(path.dirname(live.file), (n) => damagedFileName(now(), n));
      live.release();
      moveWithSideFiles(live.file, kept);
      try {
        live.replace(await install(path.join(folder, candidate.fileName), folder));
      } catch (error) {
        rmSync(live.file, { force: true });
        sideFiles(live.file).forEach((side) => rmSync(side, { force: true }));
        moveWithSideFiles(kept, live.file);
        console.error('[handledning] recovery restore failed:', error);
        throw new DomainError('CONFLICT', 'error.recovery.restoreFailed');
      }
      damaged = null;
      return health();
    },

    /**
     * The database file for IT: a byte-for-byte copy of the damaged file (and its -wal, if
     * any), never opened by SQLite. When the database is sound there is nothing damaged to
     * copy, and IT gets a verified copy of the live database instead.
     */
    async saveDamagedCopy(folder: string): Promise<{ path: string }> {
      if (!damaged) return saveCopy(folder);
      requireFolder(folder);
      const copy = uniqueFile(folder, (n) => damagedFileName(now(), n));
      copyFileSync(damaged.file, copy, constants.COPYFILE_EXCL);
      fsyncFile(copy);
      if (existsSync(`${damaged.file}-wal`)) copyFileSync(`${damaged.file}-wal`, `${copy}-wal`, constants.COPYFILE_EXCL);
      fsyncFolder(folder);
      return { path: copy };
    },
  };
}

export type DataSafety = ReturnType<typeof createDataSafety>;

/** Full check before a restore: the refusal names the file and says why; nothing is touched. */
function checkedForRestore(file: string, fileName: string): void {
  try {
    checkBackupFile(file, { latestVersion: LATEST_VERSION, thorough: true });
  } catch (error) {
    if (!(error instanceof BackupCheckError)) throw error;
    switch (error.problem) {
      case 'missing':
        throw new DomainError('NOT_FOUND', 'error.backup.notFound', { fileName });
      case 'corrupt':
        throw new DomainError('CONFLICT', 'error.restore.corrupt', { fileName });
      case 'notHandledning':
        throw new DomainError('CONFLICT', 'error.restore.notHandledning', { fileName });
      case 'newerVersion':
        throw new DomainError('CONFLICT', 'error.restore.newerVersion', { fileName, found: error.found, supported: LATEST_VERSION });
      case 'foreignSchema':
        throw new DomainError('CONFLICT', 'error.restore.foreignSchema', { fileName });
    }
  }
}

/**
 * Only a file the app itself wrote can be restored: a bare backup name (so the path stays
 * in the folder) of a regular file, not a symlink to something elsewhere. The full check
 * that follows is the listing's check and more, so whatever passes both is listed.
 */
function ownBackupFile(folder: string, fileName: string): string {
  if (path.basename(fileName) !== fileName || !parseBackupFileName(fileName)) {
    throw new DomainError('CONFLICT', 'error.restore.notOwnFile', { fileName });
  }
  const file = path.join(folder, fileName);
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    throw new DomainError('NOT_FOUND', 'error.backup.notFound', { fileName });
  }
  if (!stat.isFile()) throw new DomainError('CONFLICT', 'error.restore.notOwnFile', { fileName });
  return file;
}

/** Removes the files in `folder` whose names `isLeftover` picks; a folder that is not there has none. */
function removeLeftoversIn(folder: string, isLeftover: (fileName: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (isLeftover(name)) rmSync(path.join(folder, name), { force: true });
}

function requireFolder(folder: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Missing or unreachable (an unplugged USB stick, a share that is down): refused the same way.
  }
  if (!isFolder) throw new DomainError('VALIDATION', 'error.backup.folderMissing', { folder }, 'folder');
}

/** Writes and removes a probe file: access() alone is not trusted on Windows shares. */
function requireWritable(folder: string): void {
  const probe = path.join(folder, `.handledning-skrivtest-${process.pid}`);
  try {
    accessSync(folder, constants.W_OK);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch {
    throw new DomainError('VALIDATION', 'error.backup.folderNotWritable', { folder }, 'folder');
  }
}

/**
 * The live file and its folder (where SQLite writes -wal and -journal) can be written. access()
 * answers EROFS for a read-only disk even to root, and EACCES when permissions were taken away.
 */
function canWrite(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(path.dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Renames a database file together with its -wal and -shm, which belong to it. */
function moveWithSideFiles(from: string, to: string): void {
  renameSync(from, to);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
  fsyncFolder(path.dirname(to));
}

function readLastRestore(folder: string): string | null {
  try {
    const record = JSON.parse(readRecord(folder) ?? '') as { undoFileName?: unknown };
    return typeof record.undoFileName === 'string' ? record.undoFileName : null;
  } catch {
    return null;
  }
}

function readRecord(folder: string): string | null {
  try {
    return readFileSync(path.join(folder, LAST_RESTORE_FILE), 'utf8');
  } catch {
    return null;
  }
}

/** Synced under a temp name and renamed: the record is always whole, old or new. */
function writeRecord(folder: string, text: string): void {
  const file = path.join(folder, LAST_RESTORE_FILE);
  writeFileSync(`${file}.tmp`, text);
  fsyncFile(`${file}.tmp`);
  renameSync(`${file}.tmp`, file);
  fsyncFolder(folder);
}
