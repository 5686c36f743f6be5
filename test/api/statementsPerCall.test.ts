import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import { createBackend, type Backend } from '../../electron/backend/api/createBackend';
import { openTestDatabase, tempFolder, type TempFolder } from '../store/testDatabase';
import { BILLING_SETTINGS, NORR } from './testBackend';

// The hot calls run a fixed number of SQL statements, however many units, people or
// sessions are stored: no statement per unit or per row. Counted with better-sqlite3's
// `verbose` hook (called once per statement SQLite runs) on a real file, over a small and a
// larger world that must need exactly as many statements.

const TODAY = '2026-05-20';
const opened: { backend: Backend; folder: TempFolder }[] = [];
afterEach(() => {
  for (const { backend, folder } of opened.splice(0)) {
    backend.close();
    folder.remove();
  }
});

interface World {
  db: Database.Database;
  statements: string[];
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<unknown>;
  unitId: number;
  staffIds: number[];
}

/**
 * `units` units, each with a Thursday rule, `staff` people, every week from January to April
 * held with all of them, and `patterns` recurring team meetings with a skipped day each.
 */
async function world(units: number, staff: number, patterns = 0): Promise<World> {
  const folder = tempFolder();
  (await openTestDatabase(folder)).close();
  const statements: string[] = [];
  const db = new Database(folder.file, { verbose: (sql) => statements.push(String(sql)) });
  db.pragma('foreign_keys = ON');
  const backend = createBackend({ db, today: () => TODAY, version: '9.9.9-test' });
  opened.push({ backend, folder });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  let first: { unitId: number; staffIds: number[] } | undefined;
  for (let u = 0; u < units; u++) {
    const unit = (await call('units.create', { ...NORR, name: `Hemtjänst ${u}` })) as { id: number };
    await call('slotRules.add', { unitId: unit.id, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-01-01' });
    await call('billing.settings.save', { unitId: unit.id, ...BILLING_SETTINGS });
    const staffIds: number[] = [];
    for (let s = 0; s < staff; s++) {
      const member = (await call('staff.add', {
        unitId: unit.id,
        name: `Person ${u}-${s}`,
        role: s === 0 ? 'physiotherapist' : 'careStaff',
        employment: 'regular',
        activeFrom: '2026-01-01',
      })) as { id: number };
      staffIds.push(member.id);
    }
    for (let p = 0; p < patterns; p++) {
      const pattern = (await call('teamMeetings.addPattern', {
        unitId: unit.id,
        recurrence: { kind: 'everyNWeeks', intervalWeeks: 6, weekday: 1 },
        validFrom: '2026-06-01',
      })) as { id: number };
      await call('teamMeetings.skipOccurrence', { unitId: unit.id, id: pattern.id, date: '2026-06-01' });
    }
    for (let week = 2; week <= 17; week++) {
      await call('sessions.recordHeld', { ...held(unit.id, staffIds), week: `2026-W${String(week).padStart(2, '0')}` });
    }
    await call('billing.markSent', { unitId: unit.id, month: '2026-03' });
    // Units differ, so that the summary meets every kind of month and plan.
    if (u === 1) await call('billing.markSent', { unitId: unit.id, month: '2026-04' });
    if (u === 2) {
      await call('billing.reopen', { unitId: unit.id, month: '2026-03', reason: 'Fel antal deltagare' });
      const pattern = (await call('teamMeetings.addPattern', {
        unitId: unit.id,
        recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
        validFrom: '2026-05-20',
      })) as { id: number };
      await call('teamMeetings.skipOccurrence', { unitId: unit.id, id: pattern.id, date: '2026-06-02' });
      await call('sessions.cancel', { unitId: unit.id, week: '2026-W22', reason: 'Sjukdom' });
    }
    first ??= { unitId: unit.id, staffIds };
  }
  return { db, statements, call, ...first! };
}

function held(unitId: number, staffIds: number[]): MethodInput<'sessions.recordHeld'> {
  return {
    unitId,
    week: '2026-W19',
    startTime: '14:00',
    durationMinutes: 30,
    location: 'office',
    chairIds: [staffIds[0]!],
    attendeeIds: staffIds,
    guests: [{ name: 'Gun Vik', role: 'careStaff' }],
  };
}

/** The statements one call runs. */
async function statementsOf(w: World, call: (w: World) => Promise<unknown>): Promise<string[]> {
  await call(w); // the first call may prepare what later calls reuse
  w.statements.length = 0;
  await call(w);
  return [...w.statements];
}

const HOT_CALLS: [string, (w: World) => Promise<unknown>][] = [
  ['plan.get, 17 weeks', (w) => w.call('plan.get', { unitId: w.unitId, from: '2026-03-23', to: '2026-07-19' })],
  ['billing.form, an open month', (w) => w.call('billing.form', { unitId: w.unitId, month: '2026-04' })],
  ['billing.form, a sent month', (w) => w.call('billing.form', { unitId: w.unitId, month: '2026-03' })],
  ['billing.summary, a month open in some units and sent in others', (w) => w.call('billing.summary', { month: '2026-04' })],
  ['billing.summary, a sent month', (w) => w.call('billing.summary', { month: '2026-03' })],
  ['sessions.get', (w) => w.call('sessions.get', { unitId: w.unitId, week: '2026-W16' })],
  ['statistics.get, every unit, 6 months', (w) => w.call('statistics.get', { unitId: null, from: '2026-01-01', to: '2026-06-30', absentWeeks: 4 })],
  ['statistics.get, one unit, 6 months', (w) => w.call('statistics.get', { unitId: w.unitId, from: '2026-01-01', to: '2026-06-30', absentWeeks: 4 })],
  ['sessions.recordHeld', (w) => w.call('sessions.recordHeld', held(w.unitId, w.staffIds))],
  [
    "sessions.saveRecord, attendance and agenda (the session view's one save)",
    (w) => {
      const { unitId, week, ...record } = held(w.unitId, w.staffIds);
      return w.call('sessions.saveRecord', {
        unitId,
        week,
        held: record,
        agenda: { followUp: '', dilemmas: 'Nycklar', complexCases: '', newRehabCases: '', responsibilities: '' },
      });
    },
  ],
];

describe('statements per hot call', () => {
  it.each(HOT_CALLS)(
    '%s runs as many statements for 3 units of 10 people with 3 team-meeting patterns as for 1 unit of 2',
    { timeout: 60_000 },
    async (_, call) => {
      const small = await statementsOf(await world(1, 2), call);
      const large = await statementsOf(await world(3, 10, 3), call);
      expect(large.length).toBe(small.length);
    },
  );

  it.each(HOT_CALLS.filter(([name]) => name.startsWith('sessions.recordHeld') || name.startsWith('sessions.saveRecord')))(
    '%s computes the week once and stores its attendance in one statement',
    { timeout: 60_000 },
    async (_, call) => {
      const statements = await statementsOf(await world(1, 10), call);
      expect(statements.filter((sql) => /^\s*INSERT INTO attendance/i.test(sql))).toHaveLength(1);
      expect(statements.filter((sql) => /FROM slot_rules/i.test(sql))).toHaveLength(1);
    },
  );
});

describe('billing.summary, read for every unit at once', () => {
  it("answers each unit as that unit's own form does, in open, sent and reopened months", { timeout: 60_000 }, async () => {
    const w = await world(3, 4);
    const units = (await w.call('units.list', {})) as { id: number; name: string }[];
    for (const month of ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06']) {
      const summary = await w.call('billing.summary', { month });
      const forms = await Promise.all(
        units.map((unit) => w.call('billing.form', { unitId: unit.id, month }) as Promise<{ totals: object; status: string }>),
      );
      const statuses = await Promise.all(
        units.map((unit) => w.call('billing.status', { unitId: unit.id, month }) as Promise<{ state: string; routineStartsAfter: string | null }>),
      );
      expect(summary).toEqual(
        units.map((unit, i) => ({
          unitId: unit.id,
          unitName: unit.name,
          ...forms[i]!.totals,
          sent: statuses[i]!.state === 'sent',
          routineStartsAfter: statuses[i]!.routineStartsAfter,
        })),
      );
    }
  });
});

describe('statistics.get, read for every unit at once', () => {
  it('runs as many statements for a month as for six, and for one unit as for every unit', { timeout: 60_000 }, async () => {
    const w = await world(3, 4);
    const period = { from: '2026-01-01', to: '2026-06-30', absentWeeks: 4 };
    const sixMonths = await statementsOf(w, (x) => x.call('statistics.get', { unitId: null, ...period }));
    const oneMonth = await statementsOf(w, (x) => x.call('statistics.get', { unitId: null, ...period, from: '2026-04-01', to: '2026-04-30' }));
    const oneUnit = await statementsOf(w, (x) => x.call('statistics.get', { unitId: x.unitId, ...period }));
    expect(oneMonth.length).toBe(sixMonths.length);
    expect(oneUnit.length).toBe(sixMonths.length);
  });
});

describe('the hot statements use indexes', () => {
  it.each(HOT_CALLS)('%s scans no sessions, attendance, sent forms or audit log', { timeout: 60_000 }, async (_, call) => {
    const w = await world(3, 10, 3);
    const statements = await statementsOf(w, call);
    const plans = [...new Set(statements)].flatMap((sql) =>
      (w.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map(({ detail }) => `${detail} ← ${sql}`),
    );
    expect(plans.length).toBeGreaterThan(0);
    const tables = ['held_sessions', 'attendance', 'audit_log', 'session_overrides', 'billing_versions', 'billing_reopenings'];
    const aliases = ['h', 'a', 'o', 'v', 'r'];
    const scans = plans.filter((line) => [...tables, ...aliases].some((t) => new RegExp(`^SCAN ${t}\\b`).test(line)));
    expect(scans).toEqual([]);
  });

  it.each(HOT_CALLS.filter(([name]) => /^(plan\.get|billing\.form|sessions\.get)/.test(name)))(
    "%s reads the sent forms of its own months only, never the unit's whole history",
    { timeout: 60_000 },
    async (_, call) => {
      const w = await world(1, 2);
      const statements = await statementsOf(w, call);
      const formReads = [...new Set(statements)]
        .flatMap((sql) => (w.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map(({ detail }) => detail))
        .filter((detail) => /^(SEARCH|SCAN) (billing_versions|v)\b/.test(detail));
      expect(formReads.length).toBeGreaterThan(0);
      expect(formReads.filter((detail) => !/\bmonth[=><]/.test(detail))).toEqual([]);
    },
  );

  it.each(HOT_CALLS.filter(([name]) => /^(billing\.form, an open|billing\.summary, a month open|statistics\.get)/.test(name)))(
    '%s counts the roles from the attendance index alone, never its rows',
    { timeout: 60_000 },
    async (_, call) => {
      const w = await world(3, 10, 3);
      const statements = await statementsOf(w, call);
      const roleReads = [...new Set(statements)]
        .filter((sql) => /\brole\b/.test(sql) && /\battendance\b/.test(sql))
        .flatMap((sql) => (w.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map(({ detail }) => detail))
        .filter((detail) => /^(SEARCH|SCAN) (attendance|a)\b/.test(detail));
      expect(roleReads.length).toBeGreaterThan(0);
      expect(roleReads.every((detail) => detail.includes('USING COVERING INDEX attendance_session_role'))).toBe(true);
    },
  );
});
