import { describe, expect, it } from 'vitest';
import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { METHOD_NAMES, METHOD_POLICIES, type MethodName } from '../../shared/api/methods';
import { AUDIT_ACTIONS, type AuditEntry } from '../../shared/domain/types';
import { AUDIT_RULES, auditEvent, LOGGED_METHODS, type AuditEvent } from '../../electron/backend/audit/auditRules';
import { auditCsv, auditFileName } from '../../electron/backend/audit/auditCsv';
import { localTimestamp } from '../../electron/backend/clock';

// The map from a successful call to its log line, method by method, on made-up inputs that
// carry every kind of private text a call can hold.

const PRIVATE_TEXT = [
  'Sjukdom hos handledaren',
  'Dan Ek',
  'Ärende K7',
  'Stress vid morgonbesöken',
  'Ring biståndshandläggaren',
  'Fel antal deltagare',
  'anna.berg',
];
const [reason, name, reference, note, what, correction, userFolder] = PRIVATE_TEXT as [string, string, string, string, string, string, string];

const detail = (cases: number[], actions: number[]) => ({
  cases: cases.map((id) => ({ id, reference, notes: note, goal: note })),
  actions: actions.map((id) => ({ id, what })),
});
const status = (...versions: number[]) => ({ versions: versions.map((version) => ({ version, correctionReason: correction })) });
const backup = { fileName: 'handledning-20261123-101500-manual.sqlite', kind: 'manual' };

/** Per logged method: an input, the handler's output, and the line expected. */
const LINES: { [M in MethodName]?: [input: unknown, output: unknown, expected: AuditEvent] } = {
  'units.create': [
    { name: 'Hemtjänst Söder', providerName: name, managerName: name },
    { id: 7, name },
    { action: 'created', subject: 'enhet 7' },
  ],
  'units.update': [{ id: 3, name: 'Hemtjänst Norr', providerName: name, managerName: name }, { id: 3 }, { action: 'changed', subject: 'enhet 3' }],
  'units.setRoutineStart': [{ unitId: 3, routineStart: '2026-04-01' }, '2026-04-01', { action: 'changed', subject: 'enhet 3, från 2026-04-01' }],
  'slotRules.add': [
    { unitId: 3, weekday: 4, startTime: '14:00', durationMinutes: 30, validFrom: '2026-06-01' },
    { id: 5 },
    { action: 'created', subject: 'enhet 3, veckotid 5, från 2026-06-01' },
  ],
  'teamMeetings.addDate': [
    { unitId: 3, date: '2026-10-13' },
    { id: 9, unitId: 3, date: '2026-10-13' },
    { action: 'created', subject: 'enhet 3, teamträff 9, datum 2026-10-13' },
  ],
  'teamMeetings.removeDate': [{ unitId: 3, id: 9 }, null, { action: 'deleted', subject: 'enhet 3, teamträff 9' }],
  'teamMeetings.addPattern': [
    { unitId: 3, recurrence: { kind: 'everyNWeeks', intervalWeeks: 4, weekday: 2 }, validFrom: '2026-06-01' },
    { id: 2 },
    { action: 'created', subject: 'enhet 3, återkommande teamträff 2, från 2026-06-01' },
  ],
  'teamMeetings.removePattern': [{ unitId: 3, id: 2 }, null, { action: 'deleted', subject: 'enhet 3, återkommande teamträff 2' }],
  'teamMeetings.skipOccurrence': [
    { unitId: 3, id: 2, date: '2026-07-07' },
    {
      id: 2,
      unitId: 3,
      recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
      validFrom: '2026-01-01',
      validTo: null,
      skippedDates: ['2026-07-07'],
    },
    { action: 'changed', subject: 'enhet 3, återkommande teamträff 2, datum 2026-07-07' },
  ],
  'teamMeetings.restoreOccurrence': [
    { unitId: 3, id: 2, date: '2026-07-07' },
    { id: 2, unitId: 3, recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, validFrom: '2026-01-01', validTo: null, skippedDates: [] },
    { action: 'changed', subject: 'enhet 3, återkommande teamträff 2, datum 2026-07-07' },
  ],
  'sessions.move': [
    { unitId: 3, week: '2026-W20', date: '2026-05-13', startTime: '14:00' },
    {},
    { action: 'changed', subject: 'enhet 3, vecka 2026-W20' },
  ],
  'sessions.cancel': [{ unitId: 3, week: '2026-W21', reason }, {}, { action: 'changed', subject: 'enhet 3, vecka 2026-W21' }],
  'sessions.undoCancel': [{ unitId: 3, week: '2026-W21' }, {}, { action: 'changed', subject: 'enhet 3, vecka 2026-W21' }],
  'sessions.undoMove': [{ unitId: 3, week: '2026-W20' }, {}, { action: 'changed', subject: 'enhet 3, vecka 2026-W20' }],
  'staff.add': [
    { unitId: 3, name, role: 'careStaff', employment: 'regular', activeFrom: '2026-05-04' },
    { id: 12, name },
    { action: 'created', subject: 'enhet 3, person 12' },
  ],
  'staff.addExisting': [
    { unitId: 3, personId: 12, activeFrom: '2026-05-04' },
    { id: 12, name },
    { action: 'created', subject: 'enhet 3, person 12' },
  ],
  'staff.update': [
    { personId: 12, name, role: 'nurse', employment: 'regular' },
    { id: 12, name },
    { action: 'changed', subject: 'person 12' },
  ],
  'staff.deactivate': [
    { unitId: 3, personId: 12, activeTo: '2026-05-31' },
    { id: 12, name },
    { action: 'changed', subject: 'enhet 3, person 12' },
  ],
  'staff.reactivate': [
    { unitId: 3, personId: 12 },
    { id: 12, name },
    { action: 'changed', subject: 'enhet 3, person 12' },
  ],
  'staff.setActivePeriod': [
    { unitId: 3, personId: 12, activeFrom: '2026-04-01', activeTo: null },
    { id: 12, name },
    { action: 'changed', subject: 'enhet 3, person 12' },
  ],
  'staff.import': [
    { unitId: 3, text: `${name};usk`, activeFrom: '2026-05-04' },
    {
      rows: [{ name }],
      added: [
        { id: 12, name },
        { id: 13, name },
      ],
    },
    { action: 'created', subject: 'enhet 3, personer 12, 13' },
  ],
  'sessions.recordHeld': [
    { unitId: 3, week: '2026-W48', guests: [{ name, role: 'careStaff' }] },
    {},
    { action: 'changed', subject: 'enhet 3, vecka 2026-W48' },
  ],
  'sessions.saveAgenda': [
    { unitId: 3, week: '2026-W48', agenda: { dilemmas: note } },
    {},
    { action: 'changed', subject: 'enhet 3, vecka 2026-W48, dagordning' },
  ],
  'sessions.saveRecord': [
    { unitId: 3, week: '2026-W48', held: null, agenda: { dilemmas: note } },
    {},
    { action: 'changed', subject: 'enhet 3, vecka 2026-W48' },
  ],
  'cases.save': [
    { unitId: 3, week: '2026-W17', id: 4, case: { reference, notes: note } },
    detail([4], []),
    { action: 'changed', subject: 'enhet 3, vecka 2026-W17, ärende 4' },
  ],
  'cases.remove': [{ unitId: 3, week: '2026-W17', id: 4 }, detail([], []), { action: 'deleted', subject: 'enhet 3, vecka 2026-W17, ärende 4' }],
  'actions.save': [
    { unitId: 3, week: '2026-W17', id: 6, what, responsibleId: 12, dueDate: null },
    detail([], [6]),
    { action: 'changed', subject: 'enhet 3, vecka 2026-W17, åtgärd 6' },
  ],
  'actions.setStatus': [
    { unitId: 3, week: '2026-W18', id: 6, status: 'done' },
    detail([], []),
    { action: 'changed', subject: 'enhet 3, vecka 2026-W18, åtgärd 6' },
  ],
  'settings.save': [{ billingDeadlineDay: 6 }, { billingDeadlineDay: 6 }, { action: 'changed', subject: 'inställningar' }],
  'billing.settings.save': [
    { unitId: 3, municipality: name, costCentre: name },
    {},
    { action: 'changed', subject: 'enhet 3, debiteringsinställningar' },
  ],
  'billing.markSent': [{ unitId: 3, month: '2026-11' }, status(1), { action: 'markedSent', subject: 'enhet 3, månad 2026-11, version 1' }],
  'billing.reopen': [
    { unitId: 3, month: '2026-11', reason: correction },
    status(1, 2),
    { action: 'corrected', subject: 'enhet 3, månad 2026-11, version 2' },
  ],
  'billing.exportXlsx': [
    { unitId: 3, month: '2026-11' },
    { fileName: `Debiteringsunderlag ${name}.xlsx` },
    { action: 'exported', subject: 'enhet 3, månad 2026-11, debiteringsunderlag' },
  ],
  'billing.exportCsv': [
    { unitId: 3, month: '2026-11' },
    { fileName: `Debiteringsunderlag ${name}.csv` },
    { action: 'exported', subject: 'enhet 3, månad 2026-11, debiteringsunderlag' },
  ],
  'billing.exportSummaryXlsx': [{ month: '2026-11' }, {}, { action: 'exported', subject: 'alla enheter, månad 2026-11, debiteringsunderlag' }],
  'billing.exportSummaryCsv': [{ month: '2026-11' }, {}, { action: 'exported', subject: 'alla enheter, månad 2026-11, debiteringsunderlag' }],
  'backups.create': [{}, backup, { action: 'backedUp', subject: `fil ${backup.fileName}` }],
  'backups.saveCopy': [
    { folder: `C:\\Users\\${userFolder}\\USB` },
    { path: `C:\\Users\\${userFolder}\\USB\\${backup.fileName}` },
    { action: 'backedUp', subject: `fil ${backup.fileName}` },
  ],
  'backups.setFolder': [{ folder: `\\\\server\\${userFolder}` }, {}, { action: 'changed', subject: 'mapp för säkerhetskopior' }],
  'backups.restore': [{ fileName: backup.fileName }, {}, { action: 'restored', subject: `fil ${backup.fileName}` }],
  'backups.undoRestore': [{}, {}, { action: 'restored', subject: 'den senaste återställningen ångrad' }],
  'recovery.restoreNewest': [{}, {}, { action: 'restored', subject: 'nyaste säkerhetskopian' }],
  'recovery.saveDamagedCopy': [
    { folder: `D:\\${userFolder}` },
    { path: `D:\\${userFolder}\\handledning-skadad-20261123-101500.sqlite` },
    { action: 'backedUp', subject: 'fil handledning-skadad-20261123-101500.sqlite' },
  ],
  'calendar.sessions': [
    { unitId: 3, from: '2026-11-30', to: '2027-12-31', inviteStaff: false },
    { fileName: 'x.ics', base64: '' },
    { action: 'exported', subject: 'enhet 3, från 2026-11-30, till 2027-12-31, kalender' },
  ],
  'calendar.teamMeetings': [
    { unitId: 3, from: '2026-11-30', to: '2027-12-31' },
    { fileName: 'x.ics', base64: '' },
    { action: 'exported', subject: 'enhet 3, från 2026-11-30, till 2027-12-31, teamträffar i kalender' },
  ],
  'calendar.session': [
    { unitId: 3, week: '2026-W48', inviteStaff: false },
    { fileName: 'x.ics', base64: '' },
    { action: 'exported', subject: 'enhet 3, vecka 2026-W48, kalender' },
  ],
  'audit.export': [{}, {}, { action: 'exported', subject: 'loggen' }],
  'audit.recordPrinted': [
    { what: 'billingForm', unitId: 3, period: '2026-11' },
    null,
    { action: 'printed', subject: 'enhet 3, månad 2026-11, debiteringsunderlag' },
  ],
};

const lineOf = (method: MethodName, input: unknown, output: unknown) =>
  auditEvent(method, input as ParsedInput<MethodName>, output as MethodOutput<MethodName>);

/** Reads only: nothing in the database changes, so there is nothing to log. */
const READ_ONLY: MethodName[] = [
  'app.info',
  'units.list',
  'units.routineStart',
  'slotRules.list',
  'teamMeetings.list',
  'plan.get',
  'people.list',
  'staff.list',
  'staff.notActiveInWeek',
  'staff.newMemberStart',
  'staff.importPreview',
  'sessions.get',
  'sessions.previousAttendance',
  'settings.get',
  'billing.settings.get',
  'billing.status',
  'billing.form',
  'billing.version',
  'billing.reminders',
  'billing.summary',
  'health.get',
  'backups.list',
  'audit.list',
  'statistics.get',
];

describe('which methods are logged', () => {
  it('every method is classified as logged, read-only or not logged, so a new one cannot be forgotten', () => {
    expect(Object.keys(AUDIT_RULES).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) {
      expect(['function', 'readOnly', 'notLogged'], method).toContain(typeof AUDIT_RULES[method] === 'function' ? 'function' : AUDIT_RULES[method]);
    }
  });

  it('reads are not logged', () => {
    expect(METHOD_NAMES.filter((m) => AUDIT_RULES[m] === 'readOnly')).toEqual(READ_ONLY);
  });

  it('choosing a unit is remembered but not logged', () => {
    expect(METHOD_NAMES.filter((m) => AUDIT_RULES[m] === 'notLogged')).toEqual(['units.select']);
  });

  it('every other method has its line described below', () => {
    expect([...LOGGED_METHODS].sort()).toEqual(Object.keys(LINES).sort());
  });

  it.each(READ_ONLY)('%s leaves no line', (method) => {
    expect(lineOf(method, {}, {})).toBeNull();
  });
});

describe('the line a successful call leaves', () => {
  it.each(Object.entries(LINES))('%s', (method, [input, output, expected]) => {
    expect(lineOf(method as MethodName, input, output)).toEqual(expected);
  });

  it.each(Object.entries(LINES))('%s names an action its policy declares', (method, [input, output]) => {
    const declared = [METHOD_POLICIES[method as MethodName].audit].flat();
    expect(declared).toContain(lineOf(method as MethodName, input, output)!.action);
  });

  it.each(Object.entries(LINES))('%s names ids only, never the text the call carried', (method, [input, output]) => {
    const { subject } = lineOf(method as MethodName, input, output)!;
    for (const text of PRIVATE_TEXT) expect(subject).not.toContain(text);
  });

  it('a new case gets the id the database gave it: the largest in the session', () => {
    const line = lineOf('cases.save', { unitId: 3, week: '2026-W17', id: null, case: { reference } }, detail([4, 11, 8], []));
    expect(line).toEqual({ action: 'created', subject: 'enhet 3, vecka 2026-W17, ärende 11' });
  });

  it('a new action likewise', () => {
    const line = lineOf('actions.save', { unitId: 3, week: '2026-W17', id: null, what, responsibleId: 12, dueDate: null }, detail([], [2, 9]));
    expect(line).toEqual({ action: 'created', subject: 'enhet 3, vecka 2026-W17, åtgärd 9' });
  });

  it('an import that added nobody changed nothing, so leaves no line', () => {
    expect(lineOf('staff.import', { unitId: 3, text: `${name};usk` }, { rows: [{ name }], added: [] })).toBeNull();
  });

  it.each([
    ['agenda', '2026-W48', 'enhet 3, vecka 2026-W48, dagordning'],
    ['minutes', '2026-W53', 'enhet 3, vecka 2026-W53, minnesanteckningar'],
  ])('printing the %s names its week', (printed, period, subject) => {
    expect(lineOf('audit.recordPrinted', { what: printed, unitId: 3, period }, null)).toEqual({ action: 'printed', subject });
  });

  it.each([
    ['yearOverview', '2026', 'enhet 3, år 2026, årsöversikt'],
    ['roster', '2026-04-20', 'enhet 3, datum 2026-04-20, personallista'],
  ])('printing the %s names its year or day', (printed, period, subject) => {
    expect(lineOf('audit.recordPrinted', { what: printed, unitId: 3, period }, null)).toEqual({ action: 'printed', subject });
  });

  it.each([
    [3, 'enhet 3, från 2027-01-01, uppföljning av rutinen'],
    [null, 'alla enheter, från 2027-01-01, uppföljning av rutinen'],
  ])('printing the follow-up report of unit %s names the day its period starts', (unitId, subject) => {
    expect(lineOf('audit.recordPrinted', { what: 'followUpReport', unitId, period: '2027-01-01' }, null)).toEqual({ action: 'printed', subject });
  });

  it('a copy saved with a POSIX path is named by its file too', () => {
    const line = lineOf('backups.saveCopy', {}, { path: `/media/${userFolder}/${backup.fileName}` });
    expect(line?.subject).toBe(`fil ${backup.fileName}`);
  });
});

describe('the time of a line', () => {
  it('is the backend’s day and the local time of day, to the second', () => {
    const at = localTimestamp({ today: () => '2026-11-23', now: () => new Date(2030, 0, 2, 9, 5, 7, 999) });
    expect(at).toBe('2026-11-23T09:05:07');
    expect(localTimestamp({ today: () => '2026-11-23', now: () => new Date(2030, 0, 2, 23, 59, 59) })).toBe('2026-11-23T23:59:59');
    expect(localTimestamp({ today: () => '2026-11-23', now: () => new Date(2030, 0, 2, 0, 0, 0) })).toBe('2026-11-23T00:00:00');
  });
});

describe('the exported log', () => {
  const entries: AuditEntry[] = AUDIT_ACTIONS.map((action, index) => ({
    id: AUDIT_ACTIONS.length - index,
    at: `2026-11-2${index}T1${index}:00:00`,
    action,
    method: 'sessions.recordHeld',
    subject: `enhet 3, vecka 2026-W4${index}`,
  }));

  it('is named by the day it was made', () => {
    expect(auditFileName('2026-11-23')).toBe('Handledning logg 2026-11-23.csv');
  });

  it('is CSV for Swedish Excel: BOM, semicolons, CRLF, the columns in Swedish, one row per line', () => {
    const csv = auditCsv(entries);
    expect(csv.startsWith('\uFEFFTid;Händelse;Metod;Gäller\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(';'));
    expect(rows.map((cells) => cells[1])).toEqual([
      'Skapat',
      'Ändrat',
      'Borttaget',
      'Markerat som skickat',
      'Öppnat för rättelse',
      'Utskrivet',
      'Exporterat',
      'Säkerhetskopierat',
      'Återställt',
    ]);
    expect(rows[0]).toEqual(['2026-11-20 10:00:00', 'Skapat', 'sessions.recordHeld', 'enhet 3, vecka 2026-W40']);
  });

  it('an empty log is the heading alone', () => {
    expect(auditCsv([])).toBe('\uFEFFTid;Händelse;Metod;Gäller\r\n');
  });
});
