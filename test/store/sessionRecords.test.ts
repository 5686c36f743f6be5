import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceEntry } from '../../shared/domain/attendance';
import type { AgendaNotes, CaseDiscussed, Person } from '../../shared/domain/types';
import { FOLLOW_UP_QUERY } from '../../electron/backend/store/actions';
import type { CaseFields } from '../../electron/backend/store/cases';
import type { Db } from '../../electron/backend/store/db';
import { createStore, type Store } from '../../electron/backend/store/store';
import { openTestDatabase, openTestStore, removeTestDatabase, sqliteCode, type TempFolder } from './testDatabase';

let folder: TempFolder;
let db: Db;
let store: Store;
let unitId: number;
let anna: Person;
let eva: Person;
beforeEach(async () => {
  ({ folder, db, store } = await openTestStore());
  unitId = store.units.insert({ name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg' }).id;
  anna = store.people.insert({ name: 'Anna Lund', role: 'careStaff', employment: 'regular' });
  eva = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
});
afterEach(() => removeTestDatabase(db, folder));

const entry = (person: Person, isChair = false): AttendanceEntry => ({
  personId: person.id,
  name: person.name,
  role: person.role,
  employment: person.employment,
  isChair,
});
const guest: AttendanceEntry = { personId: null, name: 'Gun Vik', role: 'careStaff', employment: 'substitute', isChair: false };
const week18 = { week: '2026-W18', date: '2026-04-30', startTime: '14:00', durationMinutes: 30, location: 'office' as const };

const CASE: CaseFields = {
  reference: 'Ärende K7',
  kind: 'newRehab',
  goal: 'Klara morgonrutinen själv',
  subGoals: ['Ta på strumpor', 'Gå till köket'],
  notes: 'Fallrisk',
  documentation: {
    caseSystem: { done: true, responsibleId: null },
    needsAssessor: { done: false, responsibleId: null },
    implementationPlan: { done: false, responsibleId: null },
    seniorAlert: { done: false, responsibleId: null },
  },
};

describe('held sessions and attendance', () => {
  it('stores the session with its participants, chairs and guests', () => {
    store.heldSessions.save(unitId, week18, [entry(anna), entry(eva, true), guest]);
    const stored = store.heldSessions.get(unitId, '2026-W18');
    expect(stored?.held).toEqual({ ...week18, chairIds: [eva.id] });
    expect(stored?.attendees.map(({ id: _id, ...a }) => a)).toEqual([
      { personId: anna.id, name: 'Anna Lund', role: 'careStaff', employment: 'regular' },
      { personId: eva.id, name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' },
      { personId: null, name: 'Gun Vik', role: 'careStaff', employment: 'substitute' },
    ]);
    expect(store.heldSessions.get(unitId, '2026-W19')).toBeNull();
  });

  it('correcting replaces the whole record and keeps one row per unit and week', () => {
    store.heldSessions.save(unitId, week18, [entry(anna), entry(eva, true), guest]);
    store.heldSessions.save(unitId, { ...week18, startTime: '14:10', location: 'clientHome' }, [entry(eva, true)]);
    expect(store.heldSessions.get(unitId, '2026-W18')).toMatchObject({
      held: { startTime: '14:10', location: 'clientHome', chairIds: [eva.id] },
      attendees: [{ personId: eva.id }],
    });
    expect(db.prepare('SELECT count(*) FROM held_sessions').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(1);
  });

  it('the plan gets each held week with its number of participants', () => {
    store.heldSessions.save(unitId, week18, [entry(anna), entry(eva, true), guest]);
    store.heldSessions.save(unitId, { ...week18, week: '2026-W20', date: '2026-05-13' }, []);
    store.heldSessions.save(unitId, { ...week18, week: '2026-W22', date: '2026-05-28' }, [entry(eva, true)]);
    expect(store.heldSessions.summariesBetween(unitId, '2026-W18', '2026-W20')).toEqual([
      { week: '2026-W18', date: '2026-04-30', startTime: '14:00', durationMinutes: 30, participantCount: 3 },
      { week: '2026-W20', date: '2026-05-13', startTime: '14:00', durationMinutes: 30, participantCount: 0 },
    ]);
  });

  it('the snapshot keeps the name and role of the day after the person is changed', () => {
    store.heldSessions.save(unitId, week18, [entry(anna)]);
    store.people.update({ ...anna, name: 'Anna Lind', role: 'nurse', employment: 'substitute' });
    expect(store.heldSessions.get(unitId, '2026-W18')?.attendees[0]).toMatchObject({
      personId: anna.id,
      name: 'Anna Lund',
      role: 'careStaff',
      employment: 'regular',
    });
  });

  it('a person who attended cannot be deleted: their history stays', () => {
    store.heldSessions.save(unitId, week18, [entry(anna)]);
    expect(() => db.prepare('DELETE FROM people WHERE id = ?').run(anna.id)).toThrow('FOREIGN KEY constraint failed');
    expect(store.people.get(anna.id)).toEqual(anna);
  });

  it('the same person cannot be stored twice in one session', () => {
    expect(sqliteCode(() => store.heldSessions.save(unitId, week18, [entry(anna), entry(anna)]))).toBe('SQLITE_CONSTRAINT_UNIQUE');
  });

  it('a guest cannot chair', () => {
    expect(sqliteCode(() => store.heldSessions.save(unitId, week18, [{ ...guest, isChair: true }]))).toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('survives closing and reopening', async () => {
    store.heldSessions.save(unitId, week18, [entry(anna), entry(eva, true), guest]);
    const before = store.heldSessions.get(unitId, '2026-W18');
    db.close();
    db = await openTestDatabase(folder);
    store = createStore(db);
    expect(store.heldSessions.get(unitId, '2026-W18')).toEqual(before);
  });
});

describe('agenda notes', () => {
  const notes: AgendaNotes = { followUp: '', dilemmas: 'Stress', complexCases: '  ', newRehabCases: 'K7', responsibilities: '' };

  it('gives every item, empty where nothing is written, and stores only items with text', () => {
    expect(store.agenda.get(unitId, '2026-W18')).toEqual({ followUp: '', dilemmas: '', complexCases: '', newRehabCases: '', responsibilities: '' });
    store.agenda.save(unitId, '2026-W18', notes);
    expect(store.agenda.get(unitId, '2026-W18')).toEqual({ ...notes, complexCases: '' });
    expect(db.prepare('SELECT count(*) FROM agenda_notes').pluck().get()).toBe(2);
  });

  it('clearing an item removes its row', () => {
    store.agenda.save(unitId, '2026-W18', notes);
    store.agenda.save(unitId, '2026-W18', { ...notes, dilemmas: '' });
    expect(db.prepare('SELECT item FROM agenda_notes').pluck().all()).toEqual(['newRehabCases']);
  });
});

describe('cases discussed', () => {
  it('stores a case with its sub-goals and documentation checklist', () => {
    const id = store.cases.insert(unitId, '2026-W18', {
      ...CASE,
      documentation: { ...CASE.documentation, seniorAlert: { done: false, responsibleId: eva.id } },
    });
    const expected: CaseDiscussed = { id, ...CASE, documentation: { ...CASE.documentation, seniorAlert: { done: false, responsibleId: eva.id } } };
    expect(store.cases.list(unitId, '2026-W18')).toEqual([expected]);
    expect(store.cases.list(unitId, '2026-W19')).toEqual([]);
  });

  it('updates a case and removes it with its checklist', () => {
    const id = store.cases.insert(unitId, '2026-W18', CASE);
    store.cases.update(id, { ...CASE, kind: 'complex', subGoals: [] });
    expect(store.cases.list(unitId, '2026-W18')[0]).toMatchObject({ kind: 'complex', subGoals: [] });
    store.cases.delete(id);
    expect(store.cases.list(unitId, '2026-W18')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM case_documentation').pluck().get()).toBe(0);
  });

  it('refuses sub-goals that are not a JSON array', () => {
    const insert = db.prepare(
      "INSERT INTO cases_discussed (unit_id, week, reference, kind, goal, sub_goals, notes) VALUES (?, '2026-W18', 'K1', 'complex', '', ?, '')",
    );
    for (const subGoals of ['{"a":1}', 'Gå själv']) expect(sqliteCode(() => insert.run(unitId, subGoals))).toBe('SQLITE_CONSTRAINT_CHECK');
  });
});

describe('agreed actions', () => {
  const add = (agreedInWeek: string, closedInWeek: string | null = null) =>
    store.actions.insert({
      unitId,
      agreedInWeek,
      what: `Från ${agreedInWeek}`,
      responsibleId: anna.id,
      dueDate: null,
      status: closedInWeek ? 'done' : 'open',
      closedInWeek,
    });

  it('lists the actions of a session and the follow-up of a later one', () => {
    const open18 = add('2026-W18');
    const closedIn20 = add('2026-W17', '2026-W20');
    add('2026-W16', '2026-W19');
    const agreed20 = add('2026-W20');
    add('2026-W20', '2026-W20');
    const open21 = add('2026-W21');
    expect(store.actions.listAgreedIn(unitId, '2026-W20').map((a) => a.id)).toEqual([agreed20.id, agreed20.id + 1]);
    expect(store.actions.listFollowUp(unitId, '2026-W20')).toEqual([closedIn20, open18]);
    expect(store.actions.listFollowUp(unitId, '2026-W22').map((a) => a.id)).toEqual([open18.id, agreed20.id, open21.id]);
  });

  it('the follow-up query is an index search, not a scan of every action', () => {
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${FOLLOW_UP_QUERY}`).all({ unitId, week: '2026-W20' }) as { detail: string }[];
    const details = plan.map((row) => row.detail);
    expect(details).toContainEqual(
      expect.stringMatching(/^SEARCH agreed_actions USING INDEX agreed_actions_open \(unit_id=\? AND status=\? AND agreed_in_week<\?\)/),
    );
    expect(details).toContainEqual(
      expect.stringMatching(/^SEARCH agreed_actions USING INDEX agreed_actions_closed \(unit_id=\? AND closed_in_week=\? AND agreed_in_week<\?\)/),
    );
    expect(details.filter((d) => d.startsWith('SCAN') || d.includes('TEMP B-TREE'))).toEqual([]);
  });

  it('updates what, who, when and status', () => {
    const action = add('2026-W18');
    const changed = {
      ...action,
      what: 'Boka hembesök',
      responsibleId: eva.id,
      dueDate: '2026-05-08',
      status: 'done' as const,
      closedInWeek: '2026-W20',
    };
    store.actions.update(changed);
    expect(store.actions.get(unitId, action.id)).toEqual(changed);
    expect(store.actions.get(unitId + 1, action.id)).toBeUndefined();
  });

  it('a done action knows when it was closed, an open one does not', () => {
    const action = add('2026-W18');
    expect(sqliteCode(() => store.actions.update({ ...action, status: 'done' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(() => store.actions.update({ ...action, closedInWeek: '2026-W20' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(() => store.actions.update({ ...action, status: 'done', closedInWeek: '2026-W17' }))).toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('the responsible person must exist', () => {
    expect(sqliteCode(() => store.actions.insert({ ...add('2026-W18'), responsibleId: 999 }))).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });
});
