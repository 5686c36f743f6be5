import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import type { Employment, IsoDate, RoleCounts, StaffRole } from '../../shared/domain/types';
import { createBackend, type Backend } from '../../electron/backend/api/createBackend';
import type { Db } from '../../electron/backend/store/db';
import { openTestDatabase, tempFolder } from '../store/testDatabase';

export interface TestBackend {
  backend: Backend;
  db: Db;
  folder: ReturnType<typeof tempFolder>;
  /** A call that must succeed; its value, typed by the contract. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Any call, answered with the raw Result. */
  send(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Closes and opens the same file again, as a restart of the app would. */
  restart(): Promise<void>;
  close(): void;
}

/** A backend over a real SQLite file in a temp folder, with "today" frozen (and the time of day, when `now` is given). */
export async function startTestBackend(today: IsoDate = '2026-05-01', now?: () => Date): Promise<TestBackend> {
  const folder = tempFolder();
  const open = async () => {
    const db = await openTestDatabase(folder);
    return { db, backend: createBackend({ db, today: () => today, version: '9.9.9-test', checkEveryAnswer: true, ...(now ? { now } : {}) }) };
  };
  const test: TestBackend = {
    ...(await open()),
    folder,
    async call(method, input) {
      const result = await test.backend.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    send: (method, input) => test.backend.dispatch(method, input),
    async restart() {
      test.backend.close();
      Object.assign(test, await open());
    },
    close() {
      test.backend.close();
      folder.remove();
    },
  };
  return test;
}

export const NORR = { name: 'Hemtjänst Norr', providerName: 'Omsorg i Norr AB', managerName: 'Anna Berg' };

/**
 * A unit with a Thursday 14:00 rule from 2026-01-01, a one-off team meeting, a first-Tuesday
 * pattern, a cancelled session in week 22 and a moved one in week 25.
 */
export async function seedUnit(test: TestBackend) {
  const unit = await test.call('units.create', NORR);
  const rule = await test.call('slotRules.add', {
    unitId: unit.id,
    weekday: 4,
    startTime: '14:00',
    durationMinutes: 30,
    validFrom: '2026-01-01',
  });
  const meetingDate = await test.call('teamMeetings.addDate', { unitId: unit.id, date: '2026-09-15' });
  const pattern = await test.call('teamMeetings.addPattern', {
    unitId: unit.id,
    recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
    validFrom: '2026-01-01',
  });
  await test.call('sessions.cancel', { unitId: unit.id, week: '2026-W22', reason: 'Sjukdom' });
  await test.call('sessions.move', { unitId: unit.id, week: '2026-W25', date: '2026-06-17', startTime: '13:00' });
  const roster = await seedRoster(test, unit.id);
  const records = await seedSessionRecords(test, unit.id, roster.anna.id);
  return { unit, rule, meetingDate, pattern, roster, records };
}

/**
 * The unit's roster: Anna (usk) and Eva (FT), who also serves Hemtjänst Väster; Bo (usk,
 * vikarie) left at the end of April; Cia (AT) works only in Väster.
 */
export async function seedRoster(test: TestBackend, unitId: number) {
  const vaster = await test.call('units.create', { ...NORR, name: 'Hemtjänst Väster' });
  const add = (unit: number, name: string, role: StaffRole, employment: Employment = 'regular') =>
    test.call('staff.add', { unitId: unit, name, role, employment, activeFrom: '2026-01-01' });
  const anna = await add(unitId, 'Anna Lund', 'careStaff');
  const eva = await add(unitId, 'Eva Falk', 'physiotherapist');
  await test.call('staff.addExisting', { unitId: vaster.id, personId: eva.id, activeFrom: '2026-02-01' });
  const bo = await add(unitId, 'Bo Ek', 'careStaff', 'substitute');
  await test.call('staff.deactivate', { unitId, personId: bo.id, activeTo: '2026-04-30' });
  const cia = await add(vaster.id, 'Cia Holm', 'occupationalTherapist');
  return { vaster, anna, eva, bo, cia };
}

/** Week 18's session (Thursday 30 April, not yet marked held) with one case and one open action. */
export async function seedSessionRecords(test: TestBackend, unitId: number, responsibleId: number) {
  const week = '2026-W18';
  const withCase = await test.call('cases.save', { unitId, week, id: null, case: { ...CASE_FIELDS, reference: 'Ärende N1' } });
  const withAction = await test.call('actions.save', { unitId, week, id: null, what: 'Ring biståndshandläggaren', responsibleId, dueDate: null });
  return { week, caseId: withCase.cases[0]!.id, actionId: withAction.actions[0]!.id };
}

/** Week 18 of the seeded unit recorded as held: Anna and Eva, Eva in the chair, and a guest. */
export function week18Held({ unit, roster, records }: Pick<Awaited<ReturnType<typeof seedUnit>>, 'unit' | 'roster' | 'records'>) {
  return {
    unitId: unit.id,
    week: records.week,
    startTime: '14:05',
    durationMinutes: 30,
    location: 'office',
    chairIds: [roster.eva.id],
    attendeeIds: [roster.anna.id, roster.eva.id],
    guests: [{ name: 'Gun Vik', role: 'careStaff' }],
  } satisfies MethodInput<'sessions.recordHeld'>;
}

/** Billing settings that bill care staff and the manager at 333 kr per participant-hour. */
export const BILLING_SETTINGS = {
  municipality: 'Exempelby kommun',
  providerOrgNumber: '556677-8899',
  costCentre: 'KS 4410',
  managerPhone: '0123-456 78',
  billableRoles: ['careStaff', 'unitManager'],
  rate: { kind: 'perParticipantHour', amountOre: 33300 },
} as const satisfies Omit<MethodInput<'billing.settings.save'>, 'unitId'>;

/** An agenda with a dilemma and a new rehab case noted. */
export const AGENDA = {
  followUp: '',
  dilemmas: 'Stress vid morgonbesöken',
  complexCases: '',
  newRehabCases: 'Ärende K7',
  responsibilities: '',
};

/** Participants by role: the roles given, every other role 0. */
export function roleCounts(counts: Partial<RoleCounts>): RoleCounts {
  return {
    careStaff: 0,
    occupationalTherapist: 0,
    physiotherapist: 0,
    nurse: 0,
    unitManager: 0,
    planner: 0,
    rehabAssistant: 0,
    other: 0,
    ...counts,
  };
}

/** A new rehab case with nothing documented yet. */
export const CASE_FIELDS: MethodInput<'cases.save'>['case'] = {
  reference: 'Ärende K7',
  kind: 'newRehab',
  goal: 'Klara morgonrutinen själv',
  subGoals: ['Ta på strumpor med strumppådragare', 'Gå till köket med rollator'],
  notes: '',
  documentation: {
    caseSystem: { done: false, responsibleId: null },
    needsAssessor: { done: false, responsibleId: null },
    implementationPlan: { done: false, responsibleId: null },
    seniorAlert: { done: false, responsibleId: null },
  },
};
