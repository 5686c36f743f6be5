import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Db } from './db';

/** PRAGMA application_id of every Handledning database ("HDLN"), set by the first migration run. */
export const APPLICATION_ID = 0x48444c4e;

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_SIZE = 100;

/** What the first 100 bytes of a database file say, read with plain fs so SQLite never touches it. */
export interface DatabaseHeader {
  /** The file starts with SQLite's magic string and is long enough to hold a header. */
  isSqlite: boolean;
  userVersion: number;
  applicationId: number;
  /** 1: rollback journal; 2: WAL. A WAL file cannot be opened read-only without side files. */
  journalVersion: number;
}

/** Null for a missing or empty file. */
export function readDatabaseHeader(file: string): DatabaseHeader | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  if (size === 0) return null;
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  return {
    isSqlite: size >= HEADER_SIZE && header.toString('latin1', 0, 16) === SQLITE_MAGIC,
    userVersion: header.readInt32BE(60),
    applicationId: header.readInt32BE(68),
    journalVersion: header[18]!,
  };
}

/**
 * The problems SQLite's own check finds ([] = none). quick_check reads every page but skips
 * the index-content comparison; integrity_check does that too, for a backup about to be trusted.
 */
export function checkProblems(db: Db, thoroughness: 'quick' | 'integrity'): string[] {
  const rows = db.pragma(thoroughness === 'quick' ? 'quick_check' : 'integrity_check', { simple: false }) as Record<string, string>[];
  const lines = rows.map((row) => String(Object.values(row)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}
