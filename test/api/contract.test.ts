import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { fieldMessage } from '../../shared/api/errors';
import { METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { validation } from '../../shared/i18n/sv/validation';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { AGENDA, BILLING_SETTINGS, CASE_FIELDS, NORR, seedUnit, startTestBackend, type TestBackend, week18Held } from './testBackend';

type Seed = Awaited<ReturnType<typeof seedUnit>>;

/** One input per method that must succeed on the seeded unit. */
function validInputs({ unit, meetingDate, pattern, roster, records }: Seed): { [M in MethodName]: MethodInput<M> } {
  const unitId = unit.id;
  return {
    'app.info': {},
    'units.list': {},
    'units.create': { name: 'Hemtjänst Söder', providerName: 'Omsorg i Söder AB', managerName: 'Britt Ek' },
    'units.update': { id: unitId, name: 'Hemtjänst Norra', providerName: NORR.providerName, managerName: NORR.managerName },
    'units.routineStart': { unitId },
    'units.setRoutineStart': { unitId, routineStart: '2026-01-01' },
    'units.select': { id: unitId },
    'slotRules.list': { unitId },
    'slotRules.add': { unitId, weekday: 3, startTime: '09:00', durationMinutes: 45, validFrom: '2026-06-01' },
    'teamMeetings.list': { unitId },
    'teamMeetings.addDate': { unitId, date: '2026-10-13' },
    'teamMeetings.removeDate': { unitId, id: meetingDate.id },
    'teamMeetings.addPattern': {
      unitId,
      recurrence: { kind: 'everyNWeeks', intervalWeeks: 4, weekday: 2 },
      validFrom: '2026-06-01',
    },
    'teamMeetings.removePattern': { unitId, id: pattern.id },
    'teamMeetings.skipOccurrence': { unitId, id: pattern.id, date: '2026-07-07' },
    'teamMeetings.restoreOccurrence': { unitId, id: pattern.id, date: '2026-07-07' },
    'plan.get': { unitId, from: '2026-04-06', to: '2026-07-26' },
    'sessions.move': { unitId, week: '2026-W20', date: '2026-05-13', startTime: '14:00' },
    'sessions.cancel': { unitId, week: '2026-W21', reason: 'Personalbrist' },
    'sessions.undoCancel': { unitId, week: '2026-W22' },
    'sessions.undoMove': { unitId, week: '2026-W25' },
    'people.list': {},
    'staff.list': { unitId, includeInactive: true },
    'staff.add': { unitId, name: 'Dan Ek', role: 'careStaff', employment: 'substitute', activeFrom: '2026-05-04' },
    'staff.addExisting': { unitId, personId: roster.cia.id, activeFrom: '2026-05-04' },
    'staff.update': { personId: roster.anna.id, name: 'Anna Lind', role: 'careStaff', employment: 'regular' },
    'staff.deactivate': { unitId, personId: roster.anna.id, activeTo: '2026-05-31' },
    'staff.reactivate': { unitId, personId: roster.bo.id },
    'staff.setActivePeriod': { unitId, personId: roster.anna.id, activeFrom: '2025-12-01', activeTo: null },
    'staff.notActiveInWeek': { unitId, week: records.week },
    'staff.newMemberStart': { unitId },
    'staff.importPreview': { unitId, text: 'Namn;Roll\nDan Ek;usk' },
    'staff.import': { unitId, text: 'Dan Ek;usk\nCia Holm;AT', activeFrom: '2026-05-04' },
    'sessions.get': { unitId, week: records.week },
    'sessions.previousAttendance': { unitId, week: '2026-W24' },
    'sessions.recordHeld': week18Held({ unit, roster, records }),
    'sessions.saveAgenda': { unitId, week: records.week, agenda: AGENDA },
    'sessions.saveRecord': (({ unitId: _unit, week: _week, ...held }) => ({ unitId, week: records.week, held, agenda: AGENDA }))(
      week18Held({ unit, roster, records }),
    ),
    'cases.save': { unitId, week: records.week, id: records.caseId, case: CASE_FIELDS },
    'cases.remove': { unitId, week: records.week, id: records.caseId },
    'actions.save': { unitId, week: records.week, id: records.actionId, what: 'Boka hembesök', responsibleId: roster.eva.id, dueDate: '2026-05-08' },
    'actions.setStatus': { unitId, week: records.week, id: records.actionId, status: 'done' },
    'settings.get': {},
    'settings.save': { billingDeadlineDay: 6 },
    'billing.settings.get': { unitId },
    'billing.settings.save': { unitId, ...BILLING_SETTINGS },
    'billing.status': { unitId, month: '2026-04' },
    'billing.form': { unitId, month: '2026-04' },
    'billing.version': { unitId, month: SENT_MONTH, version: 1 },
    'billing.markSent': { unitId, month: '2026-04' },
    'billing.reopen': { unitId, month: SENT_MONTH, reason: 'Fel antal deltagare vecka 12' },
    'billing.reminders': {},
    'billing.summary': { month: '2026-04' },
    'billing.exportXlsx': { unitId, month: '2026-04' },
    'billing.exportCsv': { unitId, month: '2026-04' },
    'billing.exportSummaryXlsx': { month: '2026-04' },
    'billing.exportSummaryCsv': { month: '2026-04' },
    'calendar.sessions': { unitId, from: '2026-04-01', to: '2026-06-30' },
    'calendar.teamMeetings': { unitId, from: '2026-04-01', to: '2026-06-30' },
    'calendar.session': { unitId, week: records.week },
    'statistics.get': { unitId, from: '2026-01-01', to: '2026-06-30', absentWeeks: 4 },
    'health.get': {},
    'backups.list': {},
    'backups.create': {},
    'backups.saveCopy': { folder: test.folder.dir },
    'backups.setFolder': { folder: test.folder.backupDir },
    'backups.restore': { fileName: backupFileName },
    'backups.undoRestore': {},
    'recovery.restoreNewest': {},
    'recovery.saveDamagedCopy': { folder: test.folder.dir },
    'audit.list': { limit: 50, beforeId: null },
    'audit.export': {},
    'audit.recordPrinted': { what: 'billingForm', unitId, period: '2026-04' },
  };
}

/** Marked sent before each test, so a version exists to read and a month to reopen. */
const SENT_MONTH = '2026-03';
/** A backup made before each test, so there is one to restore. */
let backupFileName: string;

/** Fields where null is a valid value (a new case or action, no due date), so not a bad one. */
const NULL_ALLOWED: Partial<Record<MethodName, string[]>> = {
  'cases.save': ['id'],
  'actions.save': ['id', 'dueDate'],
  'sessions.saveRecord': ['held', 'agenda'],
  'staff.setActivePeriod': ['activeTo'],
  'billing.settings.save': ['rate'],
  'audit.list': ['beforeId'],
  'statistics.get': ['unitId'],
  'backups.setFolder': ['folder'],
};

const BAD_DATES = ['2026-02-30', '2026-13-01', '2026-5-14', '14/05/2026', '2026-05-14T00:00', '', 20260514];
const BAD_WEEKS = ['2025-W53', '2026-W00', '2026-W54', '2026W20', '2026-w20', '', 202620];
const BAD_TIMES = ['25:00', '24:00', '9:00', '14:60', '14.00', '', 1400];
const BAD_DURATIONS = [0, 4, 241, 500, 30.5, -30, '30'];
const BAD_IDS = [0, -1, 1.5, '1', Number.MAX_SAFE_INTEGER + 1];
const BAD_WEEKDAYS = [0, 8, 1.5, '4'];
const BAD_NAMES = ['', '   ', '\t\n', 'x'.repeat(81), 7];
const BAD_REASONS = ['', '   ', 'x'.repeat(501), 5];

/** Bad values for each field name, wherever that field appears. */
const BAD_FIELD_VALUES: Record<string, unknown[]> = {
  id: BAD_IDS,
  unitId: BAD_IDS,
  name: BAD_NAMES,
  providerName: BAD_NAMES,
  managerName: BAD_NAMES,
  weekday: BAD_WEEKDAYS,
  startTime: BAD_TIMES,
  durationMinutes: BAD_DURATIONS,
  validFrom: BAD_DATES,
  date: BAD_DATES,
  from: BAD_DATES,
  to: BAD_DATES,
  week: BAD_WEEKS,
  reason: BAD_REASONS,
  personId: BAD_IDS,
  activeFrom: BAD_DATES,
  activeTo: BAD_DATES,
  role: ['doctor', 'Undersköterska', 'usk', '', 3],
  employment: ['permanent', 'vikarie', '', 1],
  includeInactive: ['true', 1, 0],
  text: [7, 'x'.repeat(200_001)],
  location: ['home', 'kontoret', '', 1],
  chairIds: [[0], ['1'], [1.5], 3, [1, 2, 3, 4, 5]],
  attendeeIds: [[0], [-1], ['1'], [1.5], 3, {}, Array.from({ length: 101 }, (_, i) => i + 1)],
  guests: [
    [{ name: '', role: 'careStaff' }],
    [{ name: '  ', role: 'careStaff' }],
    [{ name: 'Gun Vik', role: 'doctor' }],
    [{ name: 'Gun Vik' }],
    [{ name: 'Gun Vik', role: 'careStaff', employment: 'regular' }],
    ['Gun Vik'],
    Array.from({ length: 101 }, (_, i) => ({ name: `Gäst ${i}`, role: 'careStaff' })),
  ],
  agenda: [
    {},
    { followUp: 'x' },
    { ...AGENDA, other: '' },
    { ...AGENDA, dilemmas: 'x'.repeat(4001) },
    { ...AGENDA, dilemmas: 5 },
    { ...AGENDA, followUp: null },
  ],
  case: [
    ...['850709-1234', '19850709-1234', '198507091234', '8507091234', '850769+1234', 'Anna 850709-1235'].map((reference) => ({
      ...CASE_FIELDS,
      reference,
    })),
    { ...CASE_FIELDS, reference: '' },
    { ...CASE_FIELDS, reference: '   ' },
    { ...CASE_FIELDS, reference: 'x'.repeat(41) },
    { ...CASE_FIELDS, kind: 'simple' },
    { ...CASE_FIELDS, subGoals: 'Gå själv' },
    { ...CASE_FIELDS, subGoals: Array.from({ length: 21 }, () => 'Delmål') },
    { ...CASE_FIELDS, goal: 'x'.repeat(4001) },
    { ...CASE_FIELDS, notes: null },
    { ...CASE_FIELDS, documentation: { ...CASE_FIELDS.documentation, seniorAlert: undefined } },
    { ...CASE_FIELDS, documentation: { ...CASE_FIELDS.documentation, seniorAlert: { done: 'ja', responsibleId: null } } },
    { ...CASE_FIELDS, documentation: { ...CASE_FIELDS.documentation, seniorAlert: { done: true, responsibleId: 0 } } },
    { ...CASE_FIELDS, documentation: { ...CASE_FIELDS.documentation, fallRisk: { done: true, responsibleId: null } } },
    { ...CASE_FIELDS, id: 1 },
  ],
  what: ['', '   ', 'x'.repeat(501), 5],
  responsibleId: BAD_IDS,
  dueDate: BAD_DATES,
  status: ['closed', 'klar', 'OPEN', '', 1],
  month: ['2026-13', '2026-00', '2026-4', '26-04', '2026/04', '2026-04-01', 'april 2026', '', 202604],
  version: [0, -1, 1.5, '1'],
  billingDeadlineDay: [0, 29, 31, -4, 4.5, '4'],
  municipality: ['x'.repeat(81), 7],
  costCentre: ['x'.repeat(81), 7],
  providerOrgNumber: ['5566778899', '556677-889', '556677 8899', 'abc', 5566778899],
  managerPhone: ['telefon', '0123-456 78 ank 12', '1'.repeat(21), 123],
  billableRoles: [[], ['doctor'], ['careStaff', 'careStaff'], 'careStaff', [1]],
  rate: [
    { kind: 'perHour', amountOre: 33300 },
    { kind: 'perParticipantHour', amountOre: 0 },
    { kind: 'perParticipantHour', amountOre: -100 },
    { kind: 'perParticipantHour', amountOre: 333.5 },
    { kind: 'perParticipantHour', amountOre: 10_000_001 },
    { kind: 'perParticipantHour', amountOre: '33300' },
    { kind: 'perParticipantHour' },
    { amountOre: 33300 },
    { kind: 'perParticipantHour', amountOre: 33300, currency: 'SEK' },
    333,
  ],
  limit: [0, -1, 501, 2.5, '10'],
  folder: ['', '   ', 'backups', './backups', 'D:mapp', 'x'.repeat(401), '/'.repeat(401), 5, ['/tmp']],
  fileName: [
    '',
    'backup.sqlite',
    'handledning-20260501-120000-manual.sqlite.tmp',
    '../handledning-20260501-120000-manual.sqlite',
    'handledning-../../handledning.sqlite',
    'backups/handledning-20260501-120000-manual.sqlite',
    'HANDLEDNING-20260501-120000-MANUAL.SQLITE',
    `handledning-${'1'.repeat(120)}.sqlite`,
    7,
  ],
  beforeId: BAD_IDS,
  period: ['2026-13', '2026-00', '2026-W18', '2026', '2026-4', '', 202604],
  recurrence: [
    { kind: 'weekly', weekday: 2 },
    { kind: 'nthWeekdayOfMonth', nth: 0, weekday: 2 },
    { kind: 'nthWeekdayOfMonth', nth: 5, weekday: 2 },
    { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 8 },
    { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2, intervalWeeks: 4 },
    { kind: 'everyNWeeks', intervalWeeks: 1, weekday: 2 },
    { kind: 'everyNWeeks', intervalWeeks: 27, weekday: 2 },
    { kind: 'everyNWeeks', intervalWeeks: 4 },
    'first tuesday',
  ],
};

/** Generic garbage, then each field missing, null, of the wrong type and with each bad value. */
function malformedInputs(method: MethodName, valid: Record<string, unknown>): unknown[] {
  const cases: unknown[] = [undefined, null, [], [valid], 'x', 42, true, { ...valid, extra: 1 }, { ...valid, __proto__: { id: 1 }, constructor: 1 }];
  const keys = Object.keys(valid);
  if (keys.length > 0) cases.push({});
  for (const key of keys) {
    const { [key]: _dropped, ...without } = valid;
    const value = valid[key];
    cases.push(without, { ...valid, [key]: typeof value === 'string' ? 12345 : 'x' });
    if (!NULL_ALLOWED[method]?.includes(key)) cases.push({ ...valid, [key]: null });
    for (const bad of BAD_FIELD_VALUES[key] ?? []) cases.push({ ...valid, [key]: bad });
  }
  if (method === 'plan.get') {
    cases.push({ ...valid, from: '2026-07-26', to: '2026-04-06' }, { ...valid, from: '2024-01-01', to: '2026-12-31' });
  }
  return cases;
}

/** Every message a field can get, already in Swedish with its limits filled in. */
const FIELD_MESSAGES = new Set(Object.keys(validation).map(fieldMessage));

let test: TestBackend;
let seed: Seed;
beforeEach(async () => {
  test = await startTestBackend('2026-05-01');
  seed = await seedUnit(test);
  await test.call('billing.markSent', { unitId: seed.unit.id, month: SENT_MONTH });
  backupFileName = (await test.call('backups.create', {})).fileName;
});
afterEach(() => test.close());

describe('every contract method has a handler', () => {
  it.each(METHOD_NAMES)('%s answers a valid call', async (method) => {
    const result = await test.send(method, validInputs(seed)[method]);
    expect(result).toMatchObject({ ok: true });
  });

  it.each(['units.delete', 'constructor', '__proto__', 'toString', '', 42, null, undefined])(
    'an unknown method %s is answered with UNKNOWN_METHOD',
    async (method) => {
      const result = await test.send(method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    },
  );
});

describe('malformed input is refused with a typed error and nothing is written', () => {
  it.each(METHOD_NAMES)('%s', async (method) => {
    const valid = validInputs(seed)[method] as Record<string, unknown>;
    const before = dumpDatabase(test.db);
    const cases = malformedInputs(method, valid);
    expect(cases.length).toBeGreaterThan(8);
    for (const input of cases) {
      const label = `${method} ${JSON.stringify(input)}`;
      const result = await test.send(method, input);
      expect(result.ok, label).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, label).toBe('VALIDATION');
      expect(result.error.message, label).toBe(translate('error.validation'));
      const messages = Object.values(result.error.fields ?? {});
      expect(messages.length, label).toBeGreaterThan(0);
      for (const message of messages) expect(FIELD_MESSAGES, `${label}: ${message}`).toContain(message);
      expect(dumpDatabase(test.db), label).toBe(before);
    }
  });
});

describe('the message belongs next to its field', () => {
  const unitId = () => seed.unit.id;
  const rule = () => validInputs(seed)['slotRules.add'];

  it.each([
    ['25:00 as start time', () => ({ ...rule(), startTime: '25:00' }), 'startTime', translate('validation.time')],
    ['a 0-minute session', () => ({ ...rule(), durationMinutes: 0 }), 'durationMinutes', fieldMessage('validation.duration')],
    ['a 500-minute session', () => ({ ...rule(), durationMinutes: 500 }), 'durationMinutes', fieldMessage('validation.duration')],
    ['30 February', () => ({ ...rule(), validFrom: '2026-02-30' }), 'validFrom', translate('validation.date')],
  ])('slotRules.add refuses %s', async (_case, input, field, message) => {
    const result = await test.send('slotRules.add', input());
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: message } } });
  });

  it.each(['', '   '])('units.create refuses the name %j', async (name) => {
    const result = await test.send('units.create', { ...NORR, name });
    expect(result).toMatchObject({ ok: false, error: { fields: { name: translate('validation.unitNameRequired') } } });
  });

  it('sessions.cancel refuses week 53 of 2025, a year with 52 weeks', async () => {
    const result = await test.send('sessions.cancel', { unitId: unitId(), week: '2025-W53', reason: 'Sjukdom' });
    expect(result).toMatchObject({ ok: false, error: { fields: { week: translate('validation.week') } } });
  });

  it('accepts week 53 of 2026, a year that has one', async () => {
    const result = await test.send('plan.get', { unitId: unitId(), from: '2026-12-28', to: '2027-01-03' });
    expect(result).toMatchObject({ ok: true, value: [{ week: '2026-W53', date: '2026-12-31' }] });
  });
});

describe('a unit name can be used only once', () => {
  it.each(['Hemtjänst Norr', ' hemtjänst norr ', 'HEMTJÄNST NORR', 'Hemtjänst  Norr'])('units.create refuses %j and writes nothing', async (name) => {
    const before = dumpDatabase(test.db);
    const result = await test.send('units.create', { ...NORR, name });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: translate('error.unitNameTaken', { name: name.trim() }),
        fields: { name: translate('error.unitNameTaken', { name: name.trim() }) },
      },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('units.update refuses another unit’s name and writes nothing', async () => {
    const soder = await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' });
    const before = dumpDatabase(test.db);
    const result = await test.send('units.update', { ...NORR, id: soder.id, name: 'hemtjänst NORR' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { name: expect.any(String) } } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('units.update lets a unit keep its own name in another case', async () => {
    const renamed = await test.call('units.update', { ...NORR, id: seed.unit.id, name: '  hemtjänst norr ' });
    expect(renamed).toEqual({ ...NORR, id: seed.unit.id, name: 'hemtjänst norr', location: '', managerEmail: '' });
  });
});

describe('failures behind the contract', () => {
  it('a storage failure is answered with STORAGE and the transaction is rolled back', async () => {
    test.db.exec("CREATE TRIGGER full_disk AFTER INSERT ON team_meeting_dates BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const before = dumpDatabase(test.db);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const result = await test.send('teamMeetings.addDate', { unitId: seed.unit.id, date: '2026-10-13' });

    expect(result).toEqual({ ok: false, error: { code: 'STORAGE', message: translate('error.storage') } });
    expect(dumpDatabase(test.db)).toBe(before);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('an unexpected failure is answered with INTERNAL in Swedish and its stack is logged', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    test.backend.close();

    const result: Result<unknown> = await test.send('units.list', {});

    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: translate('error.internal') } });
    expect(String(logged.mock.calls[0]?.[1])).toMatch(/database connection is not open/);
    logged.mockRestore();
  });

  it('a rule broken in the domain is answered with its own message and nothing is written', async () => {
    const before = dumpDatabase(test.db);
    const result = await test.send('slotRules.add', { ...validInputs(seed)['slotRules.add'], validFrom: '2026-03-31' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: translate('error.ruleChangeBeforeEarliest', { date: '2026-04-01' }),
        fields: { validFrom: expect.any(String) },
      },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it.each([
    ['units.update', { ...NORR, id: 999 }, 'id'],
    ['units.select', { id: 999 }, 'id'],
    ['slotRules.list', { unitId: 999 }, 'unitId'],
    ['plan.get', { unitId: 999, from: '2026-05-01', to: '2026-05-31' }, 'unitId'],
    ['sessions.cancel', { unitId: 999, week: '2026-W21', reason: 'Sjukdom' }, 'unitId'],
  ] as const)('%s on a unit that does not exist is NOT_FOUND', async (method, input, field) => {
    const result = await test.send(method, input);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: translate('error.unitNotFound'), fields: { [field]: expect.any(String) } },
    });
  });
});
