import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import { METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { AuditEntry } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { AUDIT_RULES, LOGGED_METHODS } from '../../electron/backend/audit/auditRules';
import { databasePaths } from '../../electron/backend/dataDir';
import { startBackend } from '../../electron/backend/startBackend';
import { dumpDatabase } from '../store/testDatabase';
import { AGENDA, BILLING_SETTINGS, CASE_FIELDS, NORR, seedUnit, startTestBackend, type TestBackend, week18Held } from './testBackend';

// Today is Friday 1 May 2026. The seeded unit (Hemtjänst Norr) meets on Thursdays; week 18
// has a case and an open action; March 2026 is sent before each test.

type Seed = Awaited<ReturnType<typeof seedUnit>>;
const TODAY = '2026-05-01';
const SENT_MONTH = '2026-03';

let test: TestBackend;
let seed: Seed;
let unitId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  seed = await seedUnit(test);
  unitId = seed.unit.id;
  await test.call('billing.markSent', { unitId, month: SENT_MONTH });
});
afterEach(() => test.close());

const logLines = () => test.db.prepare('SELECT id, at, action, method, subject FROM audit_log ORDER BY id').all() as AuditEntry[];
const lastLineId = () => logLines().at(-1)?.id ?? 0;

/** The lines a piece of work left in the log. */
async function linesLeftBy(work: () => Promise<unknown>): Promise<AuditEntry[]> {
  const after = lastLineId();
  await work();
  return logLines().filter((line) => line.id > after);
}

/** What a subject may be made of: ids, weeks, months, dates, versions, backup file names and fixed words. */
const SUBJECT_PART =
  /^(enhet \d+|alla enheter|vecka \d{4}-W\d{2}|månad \d{4}-\d{2}|version \d+|(från|till|datum) \d{4}-\d{2}-\d{2}|veckotid \d+|(återkommande )?teamträff \d+|person \d+|personer \d+(, \d+)*|ärende \d+|åtgärd \d+|dagordning|minnesanteckningar|debiteringsunderlag|debiteringsinställningar|inställningar|mapp för säkerhetskopior|fil handledning-[a-z0-9-]+\.sqlite|den senaste återställningen ångrad|nyaste säkerhetskopian|loggen|kalender|teamträffar i kalender)$/;
const isIdsOnly = (subject: string) => subject.split(/, (?=[a-zåäö])/).every((part) => SUBJECT_PART.test(part));

/** Everything private the calls below carry: none of it may reach the log. */
const PRIVATE_TEXT = [
  'Hemtjänst',
  'Söder',
  'Britt Ek',
  'Dan Ek',
  'Eva Ström',
  'Anna Lind',
  'Personalbrist',
  'Ärende',
  'Klara morgonrutinen',
  'Stress vid morgonbesöken',
  'Gun Vik',
  'Boka hembesök',
  'Fel antal deltagare',
  'Exempelby',
];

interface LoggedCall<M extends MethodName> {
  input: (seed: Seed) => MethodInput<M>;
  line: (seed: Seed, output: MethodOutput<M>) => Pick<AuditEntry, 'action' | 'subject'>;
}

/** Every logged method that works on the records (backups and restores are below), with the line it must leave. */
const LOGGED_CALLS: { [M in MethodName]?: LoggedCall<M> } = {
  'units.create': {
    input: () => ({ name: 'Hemtjänst Söder', providerName: 'Omsorg i Söder AB', managerName: 'Britt Ek' }),
    line: (_seed, unit) => ({ action: 'created', subject: `enhet ${unit.id}` }),
  },
  'units.update': {
    input: ({ unit }) => ({ id: unit.id, name: 'Hemtjänst Norra', providerName: NORR.providerName, managerName: NORR.managerName }),
    line: ({ unit }) => ({ action: 'changed', subject: `enhet ${unit.id}` }),
  },
  'units.setRoutineStart': {
    input: ({ unit }) => ({ unitId: unit.id, routineStart: '2026-01-01' }),
    line: ({ unit }) => ({ action: 'changed', subject: `enhet ${unit.id}, från 2026-01-01` }),
  },
  'slotRules.add': {
    input: ({ unit }) => ({ unitId: unit.id, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2026-06-01' }),
    line: ({ unit }, rule) => ({ action: 'created', subject: `enhet ${unit.id}, veckotid ${rule.id}, från 2026-06-01` }),
  },
  'teamMeetings.addDate': {
    input: ({ unit }) => ({ unitId: unit.id, date: '2026-10-13' }),
    line: ({ unit }, added) => ({ action: 'created', subject: `enhet ${unit.id}, teamträff ${added.id}, datum 2026-10-13` }),
  },
  'teamMeetings.removeDate': {
    input: ({ unit, meetingDate }) => ({ unitId: unit.id, id: meetingDate.id }),
    line: ({ unit, meetingDate }) => ({ action: 'deleted', subject: `enhet ${unit.id}, teamträff ${meetingDate.id}` }),
  },
  'teamMeetings.addPattern': {
    input: ({ unit }) => ({ unitId: unit.id, recurrence: { kind: 'everyNWeeks', intervalWeeks: 4, weekday: 2 }, validFrom: '2026-06-01' }),
    line: ({ unit }, added) => ({ action: 'created', subject: `enhet ${unit.id}, återkommande teamträff ${added.id}, från 2026-06-01` }),
  },
  // Before removePattern, which ends the pattern: 7 July is then no longer one of its days.
  'teamMeetings.skipOccurrence': {
    input: ({ unit, pattern }) => ({ unitId: unit.id, id: pattern.id, date: '2026-07-07' }),
    line: ({ unit, pattern }) => ({ action: 'changed', subject: `enhet ${unit.id}, återkommande teamträff ${pattern.id}, datum 2026-07-07` }),
  },
  'teamMeetings.restoreOccurrence': {
    input: ({ unit, pattern }) => ({ unitId: unit.id, id: pattern.id, date: '2026-07-07' }),
    line: ({ unit, pattern }) => ({ action: 'changed', subject: `enhet ${unit.id}, återkommande teamträff ${pattern.id}, datum 2026-07-07` }),
  },
  'teamMeetings.removePattern': {
    input: ({ unit, pattern }) => ({ unitId: unit.id, id: pattern.id }),
    line: ({ unit, pattern }) => ({ action: 'deleted', subject: `enhet ${unit.id}, återkommande teamträff ${pattern.id}` }),
  },
  'sessions.move': {
    input: ({ unit }) => ({ unitId: unit.id, week: '2026-W20', date: '2026-05-13', startTime: '14:00' }),
    line: ({ unit }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka 2026-W20` }),
  },
  'sessions.cancel': {
    input: ({ unit }) => ({ unitId: unit.id, week: '2026-W21', reason: 'Personalbrist' }),
    line: ({ unit }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka 2026-W21` }),
  },
  'sessions.undoCancel': {
    input: ({ unit }) => ({ unitId: unit.id, week: '2026-W22' }),
    line: ({ unit }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka 2026-W22` }),
  },
  'sessions.undoMove': {
    input: ({ unit }) => ({ unitId: unit.id, week: '2026-W25' }),
    line: ({ unit }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka 2026-W25` }),
  },
  'staff.add': {
    input: ({ unit }) => ({ unitId: unit.id, name: 'Dan Ek', role: 'careStaff', employment: 'substitute', activeFrom: '2026-05-04' }),
    line: ({ unit }, added) => ({ action: 'created', subject: `enhet ${unit.id}, person ${added.id}` }),
  },
  'staff.addExisting': {
    input: ({ unit, roster }) => ({ unitId: unit.id, personId: roster.cia.id, activeFrom: '2026-05-04' }),
    line: ({ unit, roster }) => ({ action: 'created', subject: `enhet ${unit.id}, person ${roster.cia.id}` }),
  },
  'staff.update': {
    input: ({ roster }) => ({ personId: roster.anna.id, name: 'Anna Lind', role: 'careStaff', employment: 'regular' }),
    line: ({ roster }) => ({ action: 'changed', subject: `person ${roster.anna.id}` }),
  },
  'staff.deactivate': {
    input: ({ unit, roster }) => ({ unitId: unit.id, personId: roster.anna.id, activeTo: '2026-05-31' }),
    line: ({ unit, roster }) => ({ action: 'changed', subject: `enhet ${unit.id}, person ${roster.anna.id}` }),
  },
  'staff.reactivate': {
    input: ({ unit, roster }) => ({ unitId: unit.id, personId: roster.bo.id }),
    line: ({ unit, roster }) => ({ action: 'changed', subject: `enhet ${unit.id}, person ${roster.bo.id}` }),
  },
  'staff.setActivePeriod': {
    input: ({ unit, roster }) => ({ unitId: unit.id, personId: roster.anna.id, activeFrom: '2025-12-01', activeTo: null }),
    line: ({ unit, roster }) => ({ action: 'changed', subject: `enhet ${unit.id}, person ${roster.anna.id}` }),
  },
  'staff.import': {
    input: ({ unit }) => ({ unitId: unit.id, text: 'Eva Ström;usk\nCia Holm;AT', activeFrom: '2026-05-04' }),
    line: ({ unit, roster }, { added }) => {
      expect(added.map((member) => member.id)).toContain(roster.cia.id);
      return { action: 'created', subject: `enhet ${unit.id}, personer ${added.map((member) => member.id).join(', ')}` };
    },
  },
  'sessions.recordHeld': {
    input: week18Held,
    line: ({ unit, records }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka ${records.week}` }),
  },
  'sessions.saveAgenda': {
    input: ({ unit, records }) => ({ unitId: unit.id, week: records.week, agenda: AGENDA }),
    line: ({ unit, records }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka ${records.week}, dagordning` }),
  },
  'sessions.saveRecord': {
    input: (seed) => {
      const { unitId, week, ...held } = week18Held(seed);
      return { unitId, week, held, agenda: AGENDA };
    },
    line: ({ unit, records }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka ${records.week}` }),
  },
  'cases.save': {
    input: ({ unit, records }) => ({ unitId: unit.id, week: records.week, id: null, case: CASE_FIELDS }),
    line: ({ unit, records }, detail) => {
      const created = detail.cases.find((c) => c.id !== records.caseId)!;
      expect(created.reference).toBe(CASE_FIELDS.reference);
      return { action: 'created', subject: `enhet ${unit.id}, vecka ${records.week}, ärende ${created.id}` };
    },
  },
  'cases.remove': {
    input: ({ unit, records }) => ({ unitId: unit.id, week: records.week, id: records.caseId }),
    line: ({ unit, records }) => ({ action: 'deleted', subject: `enhet ${unit.id}, vecka ${records.week}, ärende ${records.caseId}` }),
  },
  'actions.save': {
    input: ({ unit, roster, records }) => ({
      unitId: unit.id,
      week: records.week,
      id: records.actionId,
      what: 'Boka hembesök',
      responsibleId: roster.eva.id,
      dueDate: '2026-05-08',
    }),
    line: ({ unit, records }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka ${records.week}, åtgärd ${records.actionId}` }),
  },
  'actions.setStatus': {
    input: ({ unit, records }) => ({ unitId: unit.id, week: records.week, id: records.actionId, status: 'done' }),
    line: ({ unit, records }) => ({ action: 'changed', subject: `enhet ${unit.id}, vecka ${records.week}, åtgärd ${records.actionId}` }),
  },
  'settings.save': {
    input: () => ({ billingDeadlineDay: 6 }),
    line: () => ({ action: 'changed', subject: 'inställningar' }),
  },
  'billing.settings.save': {
    input: ({ unit }) => ({ unitId: unit.id, ...BILLING_SETTINGS, billableRoles: [...BILLING_SETTINGS.billableRoles] }),
    line: ({ unit }) => ({ action: 'changed', subject: `enhet ${unit.id}, debiteringsinställningar` }),
  },
  'billing.markSent': {
    input: ({ unit }) => ({ unitId: unit.id, month: '2026-04' }),
    line: ({ unit }) => ({ action: 'markedSent', subject: `enhet ${unit.id}, månad 2026-04, version 1` }),
  },
  'billing.reopen': {
    input: ({ unit }) => ({ unitId: unit.id, month: SENT_MONTH, reason: 'Fel antal deltagare vecka 12' }),
    line: ({ unit }) => ({ action: 'corrected', subject: `enhet ${unit.id}, månad ${SENT_MONTH}, version 1` }),
  },
  'billing.exportXlsx': {
    input: ({ unit }) => ({ unitId: unit.id, month: '2026-04' }),
    line: ({ unit }) => ({ action: 'exported', subject: `enhet ${unit.id}, månad 2026-04, debiteringsunderlag` }),
  },
  'billing.exportCsv': {
    input: ({ unit }) => ({ unitId: unit.id, month: '2026-04' }),
    line: ({ unit }) => ({ action: 'exported', subject: `enhet ${unit.id}, månad 2026-04, debiteringsunderlag` }),
  },
  'billing.exportSummaryXlsx': {
    input: () => ({ month: '2026-04' }),
    line: () => ({ action: 'exported', subject: 'alla enheter, månad 2026-04, debiteringsunderlag' }),
  },
  'billing.exportSummaryCsv': {
    input: () => ({ month: '2026-04' }),
    line: () => ({ action: 'exported', subject: 'alla enheter, månad 2026-04, debiteringsunderlag' }),
  },
  'calendar.sessions': {
    input: ({ unit }) => ({ unitId: unit.id, from: '2026-04-01', to: '2026-06-30', inviteStaff: true }),
    line: ({ unit }) => ({ action: 'exported', subject: `enhet ${unit.id}, från 2026-04-01, till 2026-06-30, kalender` }),
  },
  'calendar.teamMeetings': {
    input: ({ unit }) => ({ unitId: unit.id, from: '2026-04-01', to: '2026-06-30' }),
    line: ({ unit }) => ({ action: 'exported', subject: `enhet ${unit.id}, från 2026-04-01, till 2026-06-30, teamträffar i kalender` }),
  },
  'calendar.session': {
    input: ({ unit, records }) => ({ unitId: unit.id, week: records.week }),
    line: ({ unit, records }) => ({ action: 'exported', subject: `enhet ${unit.id}, vecka ${records.week}, kalender` }),
  },
  'audit.export': {
    input: () => ({}),
    line: () => ({ action: 'exported', subject: 'loggen' }),
  },
  'audit.recordPrinted': {
    input: ({ unit }) => ({ what: 'billingForm', unitId: unit.id, period: '2026-04' }),
    line: ({ unit }) => ({ action: 'printed', subject: `enhet ${unit.id}, månad 2026-04, debiteringsunderlag` }),
  },
};

/** Logged too, but they replace or copy the database: tested with the backups below. */
const BACKUP_METHODS: MethodName[] = [
  'backups.create',
  'backups.saveCopy',
  'backups.setFolder',
  'backups.restore',
  'backups.undoRestore',
  'recovery.restoreNewest',
  'recovery.saveDamagedCopy',
];

const READ_ONLY_INPUTS: { [M in MethodName]?: (seed: Seed) => MethodInput<M> } = {
  'app.info': () => ({}),
  'units.list': () => ({}),
  'slotRules.list': ({ unit }) => ({ unitId: unit.id }),
  'teamMeetings.list': ({ unit }) => ({ unitId: unit.id }),
  'plan.get': ({ unit }) => ({ unitId: unit.id, from: '2026-04-06', to: '2026-07-26' }),
  'people.list': () => ({}),
  'staff.list': ({ unit }) => ({ unitId: unit.id, includeInactive: true }),
  'staff.notActiveInWeek': ({ unit, records }) => ({ unitId: unit.id, week: records.week }),
  'staff.newMemberStart': ({ unit }) => ({ unitId: unit.id }),
  'units.routineStart': ({ unit }) => ({ unitId: unit.id }),
  'staff.importPreview': ({ unit }) => ({ unitId: unit.id, text: 'Namn;Roll\nDan Ek;usk' }),
  'sessions.get': ({ unit, records }) => ({ unitId: unit.id, week: records.week }),
  'sessions.previousAttendance': ({ unit }) => ({ unitId: unit.id, week: '2026-W24' }),
  'settings.get': () => ({}),
  'billing.settings.get': ({ unit }) => ({ unitId: unit.id }),
  'billing.status': ({ unit }) => ({ unitId: unit.id, month: '2026-04' }),
  'billing.form': ({ unit }) => ({ unitId: unit.id, month: '2026-04' }),
  'billing.version': ({ unit }) => ({ unitId: unit.id, month: SENT_MONTH, version: 1 }),
  'billing.reminders': () => ({}),
  'billing.summary': () => ({ month: '2026-04' }),
  'statistics.get': ({ unit }) => ({ unitId: unit.id, from: '2026-01-01', to: '2026-04-30', absentWeeks: 4 }),
  'health.get': () => ({}),
  'backups.list': () => ({}),
  'audit.list': () => ({ limit: 50, beforeId: null }),
};

const callWithSeed = <M extends MethodName>(method: M, input: MethodInput<M>) => test.call(method, input);

describe('every successful change leaves exactly one line', () => {
  it('each logged method is exercised here or with the backups', () => {
    expect([...Object.keys(LOGGED_CALLS), ...BACKUP_METHODS].sort()).toEqual([...LOGGED_METHODS].sort());
  });

  it.each(Object.keys(LOGGED_CALLS) as MethodName[])('%s', async (method) => {
    const call = LOGGED_CALLS[method] as LoggedCall<MethodName>;
    let output: unknown;
    const lines = await linesLeftBy(async () => {
      output = await callWithSeed(method, call.input(seed));
    });
    expect(lines).toEqual([
      { id: expect.any(Number), at: expect.stringMatching(/^2026-05-01T\d{2}:\d{2}:\d{2}$/), method, ...call.line(seed, output as never) },
    ]);
    expect(isIdsOnly(lines[0]!.subject), lines[0]!.subject).toBe(true);
    for (const text of PRIVATE_TEXT) expect(lines[0]!.subject).not.toContain(text);
  });

  it('a whole day’s work leaves lines of ids only, in the order it was done', async () => {
    const methods = Object.keys(LOGGED_CALLS) as MethodName[];
    for (const method of methods) await callWithSeed(method, (LOGGED_CALLS[method] as LoggedCall<MethodName>).input(seed));
    const lines = logLines();
    expect(lines.slice(-methods.length).map((line) => line.method)).toEqual(methods);
    for (const { subject } of lines) {
      expect(isIdsOnly(subject), subject).toBe(true);
      for (const text of PRIVATE_TEXT) expect(subject).not.toContain(text);
    }
  });

  it('a correction sent after a reopening is logged as its own version', async () => {
    await test.call('billing.reopen', { unitId, month: SENT_MONTH, reason: 'Fel antal deltagare' });
    const lines = await linesLeftBy(() => test.call('billing.markSent', { unitId, month: SENT_MONTH }));
    expect(lines).toMatchObject([{ action: 'markedSent', subject: `enhet ${unitId}, månad ${SENT_MONTH}, version 2` }]);
  });

  it('importing a list of people already on the roster changed nothing, so leaves no line', async () => {
    const list = { unitId, text: 'Dan Ek;usk\nCia Holm;AT', activeFrom: '2026-05-04' };
    await test.call('staff.import', list);
    const lines = await linesLeftBy(async () => expect((await test.call('staff.import', list)).added).toEqual([]));
    expect(lines).toEqual([]);
  });

  it('an action added in a session names the id it was given', async () => {
    const lines = await linesLeftBy(() =>
      test.call('actions.save', {
        unitId,
        week: seed.records.week,
        id: null,
        what: 'Boka hembesök',
        responsibleId: seed.roster.eva.id,
        dueDate: null,
      }),
    );
    const [added] = test.db.prepare('SELECT id FROM agreed_actions ORDER BY id DESC LIMIT 1').pluck().all() as number[];
    expect(lines).toMatchObject([{ action: 'created', subject: `enhet ${unitId}, vecka ${seed.records.week}, åtgärd ${added}` }]);
  });
});

describe('reads leave no line and change nothing', () => {
  it('every read-only method is exercised here', () => {
    expect(Object.keys(READ_ONLY_INPUTS).sort()).toEqual(METHOD_NAMES.filter((m) => AUDIT_RULES[m] === 'readOnly').sort());
  });

  it.each(Object.keys(READ_ONLY_INPUTS) as MethodName[])('%s', async (method) => {
    const before = dumpDatabase(test.db);
    await callWithSeed(method, (READ_ONLY_INPUTS[method] as (seed: Seed) => MethodInput<MethodName>)(seed));
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('choosing a unit is remembered but not logged', async () => {
    expect(await linesLeftBy(() => test.call('units.select', { id: unitId }))).toEqual([]);
  });
});

describe('a call that is refused or rolled back leaves no line', () => {
  const refusals: [string, MethodName, () => unknown, string][] = [
    ['a malformed unit', 'units.create', () => ({ ...NORR, name: '' }), 'VALIDATION'],
    ['a unit name taken', 'units.create', () => NORR, 'CONFLICT'],
    [
      'a rule change starting in a sent month',
      'slotRules.add',
      () => ({ unitId, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2026-03-31' }),
      'CONFLICT',
    ],
    ['a cancel without a reason', 'sessions.cancel', () => ({ unitId, week: '2026-W21', reason: '' }), 'VALIDATION'],
    [
      'a personnummer as case reference',
      'cases.save',
      () => ({ unitId, week: '2026-W18', id: null, case: { ...CASE_FIELDS, reference: '850709-1234' } }),
      'VALIDATION',
    ],
    ['sending a month already sent', 'billing.markSent', () => ({ unitId, month: SENT_MONTH }), 'CONFLICT'],
    ['a change to a sent month', 'sessions.cancel', () => ({ unitId, week: '2026-W12', reason: 'Sjukdom' }), 'CONFLICT'],
    ['a unit that does not exist', 'units.update', () => ({ ...NORR, id: 999 }), 'NOT_FOUND'],
    ['printing for a unit that does not exist', 'audit.recordPrinted', () => ({ what: 'agenda', unitId: 999, period: '2026-W18' }), 'NOT_FOUND'],
  ];

  it.each(refusals)('%s (%s)', async (_case, method, input, code) => {
    const before = dumpDatabase(test.db);
    const result = await test.send(method, input());
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  /** A team meeting added while a trigger makes one table's insert fail: refused, nothing written. */
  async function expectAddDateRolledBack(trigger: string) {
    test.db.exec(trigger);
    const before = dumpDatabase(test.db);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await test.send('teamMeetings.addDate', { unitId, date: '2026-10-13' });
    logged.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(dumpDatabase(test.db)).toBe(before);
  }

  it('a change that fails in storage is rolled back with no line', async () => {
    await expectAddDateRolledBack("CREATE TRIGGER full_disk AFTER INSERT ON team_meeting_dates BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  });

  it('a change whose line cannot be written is not saved either: one transaction', async () => {
    await expectAddDateRolledBack("CREATE TRIGGER full_log BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  });
});

describe('reading the log', () => {
  it('pages newest first: each page continues before the last id seen', async () => {
    const all = logLines().reverse();
    expect(all.length).toBeGreaterThan(10);
    const first = await test.call('audit.list', { limit: 4, beforeId: null });
    const second = await test.call('audit.list', { limit: 4, beforeId: first.at(-1)!.id });
    // Each line as stored, with its subject in words beside it (below).
    expect([...first, ...second]).toMatchObject(all.slice(0, 8));
    const rest = await test.call('audit.list', { limit: 500, beforeId: second.at(-1)!.id });
    expect(rest).toMatchObject(all.slice(8));
    expect(await test.call('audit.list', { limit: 10, beforeId: all.at(-1)!.id })).toEqual([]);
  });

  it('the seeded unit’s first line is its creation', () => {
    const [first] = logLines();
    expect(first).toMatchObject({ action: 'created', method: 'units.create', subject: `enhet ${unitId}` });
  });

  it('shows each subject in words from today’s records: the unit’s current name, the week with its session’s day, the month by name', async () => {
    await test.call('units.update', { id: unitId, name: 'Hemtjänst Norra', providerName: NORR.providerName, managerName: NORR.managerName });
    const lines = await test.call('audit.list', { limit: 500, beforeId: null });
    const inWords = (method: string) => lines.filter((line) => line.method === method).map((line) => line.subjectText);

    expect(inWords('billing.markSent')).toEqual(['Hemtjänst Norra, mars 2026, version 1']);
    expect(inWords('cases.save')).toEqual([`Hemtjänst Norra, vecka 18 (2026-04-30), ärende ${seed.records.caseId}`]);
    // Moved to Wednesday 17 June: the day the session now takes place.
    expect(inWords('sessions.move')).toEqual(['Hemtjänst Norra, vecka 25 (2026-06-17)']);
    expect(inWords('staff.deactivate')).toEqual([`Hemtjänst Norra, person ${seed.roster.bo.id}`]);
    expect(inWords('units.create')).toEqual(['Hemtjänst Väster', 'Hemtjänst Norra']);
  });

  it('keeps ids as stored: the line itself, and in words an id that no longer resolves', async () => {
    test.db
      .prepare('INSERT INTO audit_log (at, action, method, subject) VALUES (?, ?, ?, ?)')
      .run('2026-05-01T12:00:00', 'changed', 'sessions.saveAgenda', 'enhet 999, vecka 2026-W18, dagordning');
    const [newest] = await test.call('audit.list', { limit: 1, beforeId: null });
    expect(newest).toMatchObject({ subject: 'enhet 999, vecka 2026-W18, dagordning', subjectText: 'enhet 999, vecka 18 2026, dagordning' });
    expect(logLines().every((line) => isIdsOnly(line.subject))).toBe(true);
  });

  it.each([
    ['no page size', { limit: 0, beforeId: null }, 'limit', 'validation.invalid'],
    ['a page too large', { limit: 501, beforeId: null }, 'limit', 'validation.invalid'],
    ['a fractional page size', { limit: 2.5, beforeId: null }, 'limit', 'validation.invalid'],
    ['a bad id', { limit: 10, beforeId: 0 }, 'beforeId', 'validation.id'],
    ['a missing id', { limit: 10 }, 'beforeId', 'validation.id'],
  ] as const)('refuses %s next to its field', async (_case, input, field, key) => {
    const result = await test.send('audit.list', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: translate(key) } } });
  });
});

describe('exporting the log', () => {
  const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

  it('is a CSV for Swedish Excel with every line, newest first, in Swedish; the export itself is logged after', async () => {
    await test.call('billing.reopen', { unitId, month: SENT_MONTH, reason: 'Fel antal deltagare' });
    const lines = logLines().reverse();
    const file = await test.call('audit.export', {});

    expect(file.fileName).toBe('Handledning logg 2026-05-01.csv');
    const csv = decode(file.base64);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [heading, ...rows] = csv
      .slice(1)
      .split('\r\n')
      .slice(0, -1)
      .map((row) => row.split(';'));
    expect(heading).toEqual(['Tid', 'Händelse', 'Metod', 'Gäller']);
    expect(rows).toEqual(lines.map((line) => [line.at.replace('T', ' '), translate(`audit.action.${line.action}`), line.method, line.subject]));
    expect(rows[0]).toEqual([
      expect.stringMatching(/^2026-05-01 \d{2}:\d{2}:\d{2}$/),
      'Öppnat för rättelse',
      'billing.reopen',
      `enhet ${unitId}, månad ${SENT_MONTH}, version 1`,
    ]);
    expect(rows.map((row) => row[1])).toContain('Ändrat');

    expect(logLines().at(-1)).toMatchObject({ action: 'exported', method: 'audit.export', subject: 'loggen' });
  });
});

describe('printing', () => {
  it.each([
    ['billingForm', '2026-04', 'månad 2026-04, debiteringsunderlag'],
    ['agenda', '2026-W18', 'vecka 2026-W18, dagordning'],
    ['minutes', '2026-W18', 'vecka 2026-W18, minnesanteckningar'],
    ['yearOverview', '2026', 'år 2026, årsöversikt'],
    ['roster', '2026-04-20', 'datum 2026-04-20, personallista'],
    ['followUpReport', '2026-04-01', 'från 2026-04-01, uppföljning av rutinen'],
  ] as const)('a printed %s is logged with its period', async (what, period, subject) => {
    const lines = await linesLeftBy(() => test.call('audit.recordPrinted', { what, unitId, period }));
    expect(lines).toMatchObject([{ action: 'printed', method: 'audit.recordPrinted', subject: `enhet ${unitId}, ${subject}` }]);
  });

  it('a printed follow-up report of every unit is logged for all units', async () => {
    const lines = await linesLeftBy(() => test.call('audit.recordPrinted', { what: 'followUpReport', unitId: null, period: '2026-04-01' }));
    expect(lines).toMatchObject([{ action: 'printed', subject: 'alla enheter, från 2026-04-01, uppföljning av rutinen' }]);
  });

  it('refuses a billing form of no unit and logs nothing', async () => {
    const before = dumpDatabase(test.db);
    const result = await test.send('audit.recordPrinted', { what: 'billingForm', unitId: null, period: '2026-04' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { unitId: translate('validation.invalid') } } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it.each([
    ['a week for a billing form', { what: 'billingForm', period: '2026-W18' }],
    ['a month for an agenda', { what: 'agenda', period: '2026-04' }],
    ['a week the year does not have', { what: 'minutes', period: '2025-W53' }],
    ['week 0', { what: 'minutes', period: '2026-W00' }],
    ['a month for a follow-up report', { what: 'followUpReport', period: '2026-04' }],
    ['a day that does not exist for a follow-up report', { what: 'followUpReport', period: '2026-02-30' }],
    ['something never printed', { what: 'plan', period: '2026-04' }],
    ['a month for a year overview', { what: 'yearOverview', period: '2026-04' }],
    ['a year the calendar does not know', { what: 'yearOverview', period: '2300' }],
    ['a week for a roster', { what: 'roster', period: '2026-W18' }],
    ['a day that does not exist for a roster', { what: 'roster', period: '2026-02-30' }],
  ])('refuses %s and logs nothing', async (_case, fields) => {
    const before = dumpDatabase(test.db);
    const result = await test.send('audit.recordPrinted', { unitId, ...fields });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { [fields.what === 'plan' ? 'what' : 'period']: translate('validation.invalid') } },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });
});

describe('backups and restores', () => {
  /** Through the API: a restore replaces the connection test.db holds. */
  /** The lines as stored: their subjects in words follow the records, which a restore changes. */
  const theLog = async (): Promise<AuditEntry[]> =>
    (await test.call('audit.list', { limit: 500, beforeId: null })).map(({ id, at, action, method, subject }) => ({
      id,
      at,
      action,
      method,
      subject,
    }));
  const chosenFolder = () => {
    const folder = path.join(test.folder.dir, 'USB anna.berg');
    mkdirSync(folder, { recursive: true });
    return folder;
  };

  it('a backup made now is logged by its file name', async () => {
    let made: { fileName: string } | undefined;
    const lines = await linesLeftBy(async () => (made = await test.call('backups.create', {})));
    expect(lines).toMatchObject([{ action: 'backedUp', method: 'backups.create', subject: `fil ${made!.fileName}` }]);
  });

  it('a copy saved in a folder the user chose is logged by its file name, never the folder', async () => {
    let copy: { path: string } | undefined;
    const lines = await linesLeftBy(async () => (copy = await test.call('backups.saveCopy', { folder: chosenFolder() })));
    expect(lines).toMatchObject([{ action: 'backedUp', method: 'backups.saveCopy', subject: `fil ${path.basename(copy!.path)}` }]);
    expect(lines[0]!.subject).not.toContain('anna.berg');
  });

  it('on a sound database the copy for IT is a verified copy, logged the same way', async () => {
    let copy: { path: string } | undefined;
    const lines = await linesLeftBy(async () => (copy = await test.call('recovery.saveDamagedCopy', { folder: chosenFolder() })));
    expect(lines).toMatchObject([{ action: 'backedUp', method: 'recovery.saveDamagedCopy', subject: `fil ${path.basename(copy!.path)}` }]);
  });

  it('choosing the backup folder, and going back to the default, is logged without the folder', async () => {
    const folder = chosenFolder();
    const lines = await linesLeftBy(async () => {
      await test.call('backups.setFolder', { folder });
      await test.call('backups.setFolder', { folder: null });
    });
    expect(lines).toMatchObject([
      { action: 'changed', method: 'backups.setFolder', subject: 'mapp för säkerhetskopior' },
      { action: 'changed', method: 'backups.setFolder', subject: 'mapp för säkerhetskopior' },
    ]);
  });

  it('a restore is logged in the data brought back, after every line written before it (the log is never rolled back)', async () => {
    const backup = await test.call('backups.create', {});
    await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' });
    const before = await theLog();
    // The backup was taken before its own line was written: that line and the one after it are newer than the backup.
    expect(before.slice(0, 2)).toMatchObject([{ action: 'created' }, { action: 'backedUp' }]);

    await test.call('backups.restore', { fileName: backup.fileName });

    const [restored, ...rest] = await theLog();
    expect(restored).toMatchObject({ action: 'restored', method: 'backups.restore', subject: `fil ${backup.fileName}` });
    expect(restored!.at).toMatch(/^2026-05-01T\d{2}:\d{2}:\d{2}$/);
    expect(rest).toEqual(before);
  });

  it('undoing a restore is logged in the data put back, after what was done before the restore', async () => {
    const backup = await test.call('backups.create', {});
    const soder = await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' });
    await test.call('backups.restore', { fileName: backup.fileName });

    await test.call('backups.undoRestore', {});

    const [undone, restored, previous] = await theLog();
    expect(undone).toMatchObject({ action: 'restored', method: 'backups.undoRestore', subject: 'den senaste återställningen ångrad' });
    // The restore being undone keeps its line too.
    expect(restored).toMatchObject({ action: 'restored', method: 'backups.restore' });
    expect(previous).toMatchObject({ action: 'created', method: 'units.create', subject: `enhet ${soder.id}` });
  });

  it('a refused restore leaves no line', async () => {
    const before = await theLog();
    const result = await test.send('backups.restore', { fileName: 'handledning-20260101-000000-manual.sqlite' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await theLog()).toEqual(before);
  });

  it('recovery: the newest backup opened in place of a damaged file gets the line; the copy for IT had no database to log into', async () => {
    const dataDir = path.join(test.folder.dir, 'recovery');
    const start = () => startBackend({ dataDir, today: () => TODAY, version: '9.9.9-test' });
    const dispatch = async (backend: Awaited<ReturnType<typeof start>>, method: MethodName, input: unknown) => {
      const result = await backend.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    const sound = await start();
    await dispatch(sound, 'units.create', NORR);
    await dispatch(sound, 'backups.create', {});
    sound.close();
    const { file } = databasePaths(dataDir);
    for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
    writeFileSync(file, Buffer.alloc(8192, 0x2a));

    const recovering = await start();
    try {
      expect(await dispatch(recovering, 'health.get', {})).toMatchObject({ state: 'damaged' });
      await dispatch(recovering, 'recovery.saveDamagedCopy', { folder: chosenFolder() });
      await dispatch(recovering, 'recovery.restoreNewest', {});

      const lines = (await dispatch(recovering, 'audit.list', { limit: 500, beforeId: null })) as AuditEntry[];
      expect(lines).toMatchObject([
        { action: 'restored', method: 'recovery.restoreNewest', subject: 'nyaste säkerhetskopian' },
        { action: 'created', method: 'units.create' },
      ]);
    } finally {
      recovering.close();
    }
  });
});
