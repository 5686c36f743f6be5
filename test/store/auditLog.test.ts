import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/domain/types';
import type { NewAuditEntry } from '../../electron/backend/store/auditLog';
import type { Db } from '../../electron/backend/store/db';
import type { Store } from '../../electron/backend/store/store';
import { dumpDatabase, openTestStore, removeTestDatabase, sqliteError, type TempFolder } from './testDatabase';

let folder: TempFolder;
let db: Db;
let store: Store;
beforeEach(async () => {
  ({ folder, db, store } = await openTestStore());
});
afterEach(() => removeTestDatabase(db, folder));

const line = (n: number, action: AuditAction = 'changed'): NewAuditEntry => ({
  at: `2026-11-23T10:00:${String(n % 60).padStart(2, '0')}`,
  action,
  method: 'sessions.recordHeld',
  subject: `enhet 3, vecka 2026-W${String((n % 52) + 1).padStart(2, '0')}`,
});

const appendLines = (count: number) => Array.from({ length: count }, (_, i) => store.auditLog.append(line(i + 1)));

describe('the audit log table', () => {
  it('takes every action the app knows', () => {
    for (const action of AUDIT_ACTIONS) store.auditLog.append(line(1, action));
    expect(store.auditLog.all().map((entry) => entry.action)).toEqual([...AUDIT_ACTIONS].reverse());
  });

  it.each([
    ['an unknown action', { action: 'edited' }],
    ['a time that is not local ISO to the second', { at: '2026-11-23 10:00' }],
    ['a time with a zone', { at: '2026-11-23T10:00:00Z' }],
    ['no method', { method: '' }],
    ['no subject', { subject: '' }],
  ])('refuses %s', (_case, change) => {
    expect(sqliteError(() => store.auditLog.append({ ...line(1), ...change } as NewAuditEntry))).toMatch(/^SQLITE_CONSTRAINT_CHECK/);
    expect(store.auditLog.all()).toEqual([]);
  });

  it('is append-only: a line is never rewritten or removed, and the log keeps every byte', () => {
    appendLines(3);
    const before = dumpDatabase(db);
    expect(sqliteError(() => db.prepare("UPDATE audit_log SET subject = 'enhet 1'").run())).toMatch(/never rewritten/);
    expect(sqliteError(() => db.prepare('UPDATE audit_log SET id = id + 100 WHERE id = 1').run())).toMatch(/never rewritten/);
    expect(sqliteError(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run())).toMatch(/never removed/);
    expect(sqliteError(() => db.prepare('DELETE FROM audit_log').run())).toMatch(/never removed/);
    expect(
      sqliteError(() =>
        db.prepare("INSERT OR REPLACE INTO audit_log (id, at, action, method, subject) VALUES (1, '2026-11-23T10:00:00', 'created', 'x', 'y')").run(),
      ),
    ).toMatch(/never removed/);
    expect(dumpDatabase(db)).toBe(before);
  });
});

describe('reading the log', () => {
  it('a line comes back as it was appended, with its id', () => {
    const appended = store.auditLog.append(line(7, 'markedSent'));
    expect(store.auditLog.page(10, null)).toEqual([{ id: appended.id, ...line(7, 'markedSent') }]);
  });

  it('pages newest first, each page continuing before the last id seen, until nothing is left', () => {
    const ids = appendLines(25).map((entry) => entry.id);
    const pages: number[][] = [];
    let beforeId: number | null = null;
    for (;;) {
      const page = store.auditLog.page(10, beforeId);
      if (page.length === 0) break;
      pages.push(page.map((entry) => entry.id));
      beforeId = page.at(-1)!.id;
    }
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual([...ids].reverse());
  });

  it('the whole log is newest first', () => {
    const ids = appendLines(4).map((entry) => entry.id);
    expect(store.auditLog.all().map((entry) => entry.id)).toEqual([...ids].reverse());
  });

  it('a line appended in a transaction that is rolled back is not there', () => {
    expect(() =>
      store.transaction(() => {
        store.auditLog.append(line(1));
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(store.auditLog.all()).toEqual([]);
  });
});
