import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/store/db';
import { createStore, type Store } from '../../electron/backend/store/store';
import { unitNameKey } from '../../electron/backend/store/units';
import { dumpDatabase, openTestDatabase, openTestStore, removeTestDatabase, sqliteCode, type TempFolder } from './testDatabase';

let folder: TempFolder;
let db: Db;
let store: Store;
beforeEach(async () => {
  ({ folder, db, store } = await openTestStore());
});
afterEach(() => removeTestDatabase(db, folder));

const norr = { name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg' };

describe('data survives closing and reopening', () => {
  it('keeps units, rules, team meetings, changed sessions and settings', async () => {
    const unit = store.units.insert(norr);
    const rule = store.slotRules.insert({ unitId: unit.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-05-01' });
    const date = store.teamMeetings.insertDate(unit.id, '2026-06-09');
    const monthly = store.teamMeetings.insertPattern({
      unitId: unit.id,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
      validFrom: '2026-05-01',
      validTo: null,
    });
    const fourWeekly = store.teamMeetings.insertPattern({
      unitId: unit.id,
      recurrence: { kind: 'everyNWeeks', intervalWeeks: 4, weekday: 3 },
      validFrom: '2026-05-01',
      validTo: '2026-12-31',
    });
    const moved = { unitId: unit.id, week: '2026-W20', moved: { date: '2026-05-13', startTime: '14:00' }, cancelledReason: null };
    const cancelled = { unitId: unit.id, week: '2026-W21', moved: null, cancelledReason: 'Sjukdom' };
    store.sessionOverrides.save(moved);
    store.sessionOverrides.save(cancelled);
    store.settings.set('lastUnitId', String(unit.id));
    db.close();

    db = await openTestDatabase(folder);
    store = createStore(db);

    expect(store.units.list()).toEqual([unit]);
    expect(store.slotRules.list(unit.id)).toEqual([rule]);
    expect(store.teamMeetings.listDates(unit.id)).toEqual([date]);
    expect(store.teamMeetings.listPatterns(unit.id)).toEqual([monthly, fourWeekly]);
    expect(store.sessionOverrides.listBetween(unit.id, '2026-W01', '2026-W53')).toEqual([moved, cancelled]);
    expect(store.settings.get('lastUnitId')).toBe(String(unit.id));
  });
});

describe('units', () => {
  it('treats names that differ only in case, Å/Ä/Ö or spacing as the same name', () => {
    const unit = store.units.insert({ ...norr, name: 'Åsen Östra' });
    expect(store.units.idByName('  ÅSEN   östra ')).toBe(unit.id);
    expect(unitNameKey('ÅÄÖ')).toBe('åäö');
    expect(sqliteCode(() => store.units.insert({ ...norr, name: 'åsen östra' }))).toBe('SQLITE_CONSTRAINT_UNIQUE');
  });

  it('lists units in Swedish alphabetical order (Å, Ä, Ö after Z)', () => {
    for (const name of ['Örby', 'Zeta', 'Ängen', 'Åsen', 'Alby']) store.units.insert({ ...norr, name });
    expect(store.units.list().map((u) => u.name)).toEqual(['Alby', 'Zeta', 'Åsen', 'Ängen', 'Örby']);
  });

  it('renames a unit and stamps the change', () => {
    const unit = store.units.insert(norr);
    const createdAt = db.prepare('SELECT created_at FROM units').pluck().get();
    store.units.update({ ...unit, name: 'Hemtjänst Nord' });
    expect(store.units.get(unit.id)?.name).toBe('Hemtjänst Nord');
    expect(store.units.idByName('hemtjänst nord')).toBe(unit.id);
    expect(db.prepare('SELECT created_at FROM units').pluck().get()).toBe(createdAt);
  });

  it('cannot be deleted while it has rules', () => {
    const unit = store.units.insert(norr);
    store.slotRules.insert({ unitId: unit.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-05-01' });
    expect(() => db.prepare('DELETE FROM units WHERE id = ?').run(unit.id)).toThrow('FOREIGN KEY constraint failed');
    expect(store.units.get(unit.id)).toEqual(unit);
  });
});

describe('team meetings', () => {
  it('ends a pattern or deletes it', () => {
    const unit = store.units.insert(norr);
    const recurrence = { kind: 'nthWeekdayOfMonth', nth: -1, weekday: 5 } as const;
    const ended = store.teamMeetings.insertPattern({ unitId: unit.id, recurrence, validFrom: '2026-01-01', validTo: null });
    const deleted = store.teamMeetings.insertPattern({ unitId: unit.id, recurrence, validFrom: '2026-09-01', validTo: null });
    store.teamMeetings.endPattern(ended.id, '2026-04-30');
    store.teamMeetings.deletePattern(deleted.id);
    expect(store.teamMeetings.listPatterns(unit.id)).toEqual([{ ...ended, validTo: '2026-04-30' }]);
  });

  it('holds one team meeting per unit and day', () => {
    const unit = store.units.insert(norr);
    store.teamMeetings.insertDate(unit.id, '2026-06-09');
    expect(store.teamMeetings.dateOn(unit.id, '2026-06-09')).toMatchObject({ date: '2026-06-09' });
    expect(sqliteCode(() => store.teamMeetings.insertDate(unit.id, '2026-06-09'))).toBe('SQLITE_CONSTRAINT_UNIQUE');
  });

  it('refuses a pattern whose fields do not match its kind', () => {
    const unit = store.units.insert(norr);
    const insert = db.prepare(
      "INSERT INTO team_meeting_patterns (unit_id, kind, nth, interval_weeks, weekday, valid_from) VALUES (?, 'everyNWeeks', 1, NULL, 2, '2026-01-01')",
    );
    expect(sqliteCode(() => insert.run(unit.id))).toBe('SQLITE_CONSTRAINT_CHECK');
  });
});

describe('changed sessions', () => {
  it('replaces the week’s change and deletes it when nothing is left', () => {
    const unit = store.units.insert(norr);
    const week = '2026-W20';
    store.sessionOverrides.save({ unitId: unit.id, week, moved: { date: '2026-05-13', startTime: '14:00' }, cancelledReason: null });
    store.sessionOverrides.save({ unitId: unit.id, week, moved: { date: '2026-05-13', startTime: '14:00' }, cancelledReason: 'Sjukdom' });
    expect(store.sessionOverrides.get(unit.id, week)?.cancelledReason).toBe('Sjukdom');
    store.sessionOverrides.delete(unit.id, week);
    expect(store.sessionOverrides.get(unit.id, week)).toBeNull();
  });

  it('refuses a change that neither moves nor cancels', () => {
    const unit = store.units.insert(norr);
    const empty = { unitId: unit.id, week: '2026-W20', moved: null, cancelledReason: null };
    expect(sqliteCode(() => store.sessionOverrides.save(empty))).toBe('SQLITE_CONSTRAINT_CHECK');
  });
});

describe('every user action is one transaction', () => {
  it('writes nothing when a later statement in the transaction fails', () => {
    const before = dumpDatabase(db);
    const code = sqliteCode(() =>
      store.transaction(() => {
        const unit = store.units.insert(norr);
        store.settings.set('lastUnitId', String(unit.id));
        store.slotRules.insert({ unitId: unit.id + 1, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-05-01' });
      }),
    );
    expect(code).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(dumpDatabase(db)).toBe(before);
  });

  it('writes nothing when the work throws after its writes', () => {
    const before = dumpDatabase(db);
    expect(() =>
      store.transaction(() => {
        store.units.insert(norr);
        throw new Error('stopped halfway');
      }),
    ).toThrow('stopped halfway');
    expect(dumpDatabase(db)).toBe(before);
  });

  it('commits everything when the work completes', () => {
    store.transaction(() => {
      const unit = store.units.insert(norr);
      store.settings.set('lastUnitId', String(unit.id));
    });
    expect(store.units.list()).toHaveLength(1);
    expect(store.settings.get('lastUnitId')).toBe(String(store.units.list()[0]!.id));
  });
});
