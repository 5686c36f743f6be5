// The floor of start-up, in a fresh process: open the file, quick_check it (read-only, as
// the host's check does) and run the plan's hand-written queries; nothing else is loaded.
import Database from 'better-sqlite3';
import path from 'node:path';
import { floorQueries } from './floors';
import { PLAN_WINDOW } from './startWindow';

const db = new Database(path.join(process.argv[2]!, 'handledning.sqlite'), { readonly: true, fileMustExist: true });
if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check failed');
floorQueries(db).plan(1, PLAN_WINDOW.from, PLAN_WINDOW.to);
db.close();
