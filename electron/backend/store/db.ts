import type Database from 'better-sqlite3';

/** An open connection to a Handledning database; a leaf, so any store module may name it. */
export type Db = Database.Database;
