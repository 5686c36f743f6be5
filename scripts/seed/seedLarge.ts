// The large database of issue 11, filled through the backend's own API the way managers fill
// it through the app: units and their rules first, then week after week the plan is read,
// a session is moved off a holiday or now and then cancelled, the held session is recorded
// with who came, cases and actions are noted, and every month that is over is sent.
// Deterministic for a seed: every choice comes from one seeded generator, in a fixed order,
// and the backend's `today` and clock follow the week being filled.
import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import { addDaysIso, weekKeyOf } from '../../shared/domain/calendar';
import type { IsoDate, StaffRole, Weekday } from '../../shared/domain/types';
import { createBackend } from '../../electron/backend/api/createBackend';
import { openDatabase } from '../../electron/backend/store/database';

export interface SeedSize {
  units: number;
  people: number;
  years: number;
}

export interface SeedOptions extends SeedSize {
  seed: number;
}

export const FULL_SIZE: SeedSize = { units: 50, people: 600, years: 10 };

/** The day the seeded history ends: a Wednesday; October, November and December stay unsent. */
export const SEED_TODAY: IsoDate = '2026-12-02';
/** Months from this one on are left open (the bench times the open form on them). */
export const FIRST_OPEN_MONTH = '2026-10';

export interface SeedCounts {
  units: number;
  people: number;
  heldSessions: number;
  attendances: number;
  moved: number;
  cancelled: number;
  cases: number;
  actions: number;
  sentForms: number;
  calls: number;
}

/** mulberry32: small, fast and the same on every machine for a given seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Ali',
  'Sara',
  'Johan',
  'Fatima',
  'Per',
  'Eva',
  'Mehmet',
  'Lena',
  'Nils',
  'Aisha',
  'Olle',
];
const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Hassan',
  'Yilmaz',
];
/** The first four of each unit are added one by one; the care staff come as a pasted list. */
const LEAD_ROLES: StaffRole[] = ['physiotherapist', 'occupationalTherapist', 'nurse', 'planner'];
const CANCEL_REASONS = ['Sjukdom', 'Utbildningsdag', 'Personalbrist', 'Semester'];

const monthOf = (date: IsoDate) => date.slice(0, 7);
/** Monday of the ISO week `date` is in. */
const mondayOf = (date: IsoDate) => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
  return addDaysIso(date, 1 - weekday);
};
const lastDayOfMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
};

interface SeededUnit {
  unitId: number;
  memberIds: number[];
  chairIds: number[];
  openActions: { id: number; closeAfter: number }[];
}

/**
 * Fills a new database file through createBackend + the contract's methods. The file must
 * not exist yet. `synchronous = OFF` while seeding only: a half-seeded file is thrown away
 * (the caller writes to a temporary name), and the answers are the same.
 */
export async function seedDatabase(file: string, options: SeedOptions, progress?: (message: string) => void): Promise<SeedCounts> {
  const random = generator(options.seed);
  const firstMonday = mondayOf(addDaysIso(SEED_TODAY, -Math.round(options.years * 365.25)));
  let today: IsoDate = firstMonday;
  const db = await openDatabase({ file });
  db.pragma('synchronous = OFF');
  const backend = createBackend({ db, today: () => today, now: () => new Date(`${today}T14:00:00`), version: 'seed' });
  const counts: SeedCounts = {
    units: 0,
    people: 0,
    heldSessions: 0,
    attendances: 0,
    moved: 0,
    cancelled: 0,
    cases: 0,
    actions: 0,
    sentForms: 0,
    calls: 0,
  };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    counts.calls++;
    const result = await backend.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} ${JSON.stringify(input).slice(0, 300)} failed: ${JSON.stringify(result.error)}`);
    return result.value as MethodOutput<M>;
  };

  const units: SeededUnit[] = [];
  let unsentMonth = monthOf(firstMonday);
  try {
    const perUnit = Math.max(LEAD_ROLES.length + 1, Math.round(options.people / options.units));
    for (let u = 1; u <= options.units; u++) units.push(await createUnit(u, perUnit));

    const weeks = Math.floor((Date.parse(SEED_TODAY) - Date.parse(firstMonday)) / (7 * 86_400_000));
    for (let w = 0; w < weeks; w++) {
      const monday = addDaysIso(firstMonday, 7 * w);
      today = monday;
      await sendMonthsOverBefore(monday);
      for (const unit of units) await fillWeek(unit, monday, w);
      if (w % 52 === 51) progress?.(`  year ${Math.round((w + 1) / 52)} of ${options.years}: ${JSON.stringify(counts)}`);
    }
    today = SEED_TODAY;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return counts;
  } finally {
    backend.close();
  }

  async function createUnit(u: number, members: number): Promise<SeededUnit> {
    const { id: unitId } = await call('units.create', { name: `Hemtjänst ${u}`, providerName: 'Omsorg AB', managerName: `Chef ${u}` });
    counts.units++;
    await call('billing.settings.save', {
      unitId,
      municipality: 'Exempelby kommun',
      providerOrgNumber: '556677-8899',
      costCentre: `KS ${4400 + u}`,
      managerPhone: '0123-456 78',
      billableRoles: ['careStaff', 'unitManager', 'planner', 'rehabAssistant'],
      rate: { kind: 'perParticipantHour', amountOre: 24975 },
    });
    const weekday = random.pick<Weekday>([2, 3, 4]);
    await call('slotRules.add', {
      unitId,
      weekday,
      startTime: random.pick(['09:00', '13:00', '14:30']),
      durationMinutes: random.pick([45, 60, 90]),
      validFrom: firstMonday,
    });
    // Most units give the first week of the month to their team meeting; some every fourth week.
    const recurrence = random.chance(0.8)
      ? ({ kind: 'nthWeekdayOfMonth', nth: 1, weekday } as const)
      : ({ kind: 'everyNWeeks', intervalWeeks: 4, weekday } as const);
    await call('teamMeetings.addPattern', { unitId, recurrence, validFrom: firstMonday });

    const name = (i: number) => `${FIRST_NAMES[(u + i) % FIRST_NAMES.length]} ${LAST_NAMES[(u * 7 + i) % LAST_NAMES.length]} ${u}-${i + 1}`;
    const memberIds: number[] = [];
    for (const [i, role] of LEAD_ROLES.entries()) {
      const member = await call('staff.add', { unitId, name: name(i), role, employment: 'regular', activeFrom: firstMonday });
      memberIds.push(member.id);
    }
    const lines = Array.from({ length: members - LEAD_ROLES.length }, (_, i) => {
      const employment = random.chance(0.2) ? 'vikarie' : 'ordinarie';
      return `${name(LEAD_ROLES.length + i)}; undersköterska; ${employment}`;
    });
    const imported = await call('staff.import', { unitId, text: lines.join('\n'), activeFrom: firstMonday });
    memberIds.push(...imported.added.map((member) => member.id));
    counts.people += memberIds.length;
    return { unitId, memberIds, chairIds: memberIds.slice(0, 2), openActions: [] };
  }

  /** Every month over by `monday` (its last session recorded), before the open ones, is sent for every unit. */
  async function sendMonthsOverBefore(monday: IsoDate) {
    while (lastDayOfMonth(unsentMonth) < monday && unsentMonth < FIRST_OPEN_MONTH) {
      for (const unit of units) await call('billing.markSent', { unitId: unit.unitId, month: unsentMonth });
      counts.sentForms += units.length;
      unsentMonth = monthOf(addDaysIso(lastDayOfMonth(unsentMonth), 1));
    }
  }

  async function fillWeek(unit: SeededUnit, monday: IsoDate, index: number) {
    const { unitId } = unit;
    const week = weekKeyOf(monday);
    today = monday;
    const [planned] = await call('plan.get', { unitId, from: monday, to: addDaysIso(monday, 6) });
    if (!planned || planned.status === 'teamMeetingWeek') return;
    // Off a holiday to the day the plan suggests; now and then to a later hour the same day.
    const moveTo = planned.status === 'holiday' ? planned.suggestedDate : random.chance(0.03) ? planned.date : null;
    if (moveTo) {
      await call('sessions.move', { unitId, week, date: moveTo, startTime: moveTo === planned.date ? '15:30' : planned.startTime });
      counts.moved++;
    }
    // Four summer weeks off, and now and then a week cancelled for another reason.
    const summer = Number(week.slice(-2)) >= 28 && Number(week.slice(-2)) <= 31;
    if (summer || random.chance(0.02)) {
      await call('sessions.cancel', { unitId, week, reason: summer ? 'Semester' : random.pick(CANCEL_REASONS) });
      counts.cancelled++;
      return;
    }
    today = addDaysIso(monday, 6);
    const attendeeIds = unit.memberIds.filter((id, i) => i === 0 || random.chance(0.82));
    const chairIds = unit.chairIds.filter((id) => attendeeIds.includes(id)).slice(0, 1);
    const guests = random.chance(0.03) ? [{ name: 'Gäst Hemsjukvården', role: 'nurse' as const }] : [];
    await call('sessions.recordHeld', {
      unitId,
      week,
      startTime: planned.startTime,
      durationMinutes: planned.durationMinutes,
      location: 'office',
      chairIds,
      attendeeIds,
      guests,
    });
    counts.heldSessions++;
    counts.attendances += attendeeIds.length + guests.length;
    if (random.chance(0.25)) {
      await call('cases.save', {
        unitId,
        week,
        id: null,
        case: {
          reference: `Ärende ${unitId}-${index}`,
          kind: random.pick(['newRehab', 'complex'] as const),
          goal: 'Klara morgonrutinen själv',
          subGoals: ['Ta på strumpor med strumppådragare'],
          notes: 'Följs upp om fyra veckor.',
          documentation: {
            caseSystem: { done: true, responsibleId: null },
            needsAssessor: { done: false, responsibleId: null },
            implementationPlan: { done: false, responsibleId: null },
            seniorAlert: { done: false, responsibleId: null },
          },
        },
      });
      counts.cases++;
    }
    const due = unit.openActions.filter((action) => action.closeAfter <= index);
    for (const action of due) await call('actions.setStatus', { unitId, week, id: action.id, status: 'done' });
    unit.openActions = unit.openActions.filter((action) => action.closeAfter > index);
    if (random.chance(0.15)) {
      const detail = await call('actions.save', {
        unitId,
        week,
        id: null,
        what: `Åtgärd vecka ${week}`,
        responsibleId: random.pick(unit.memberIds),
        dueDate: addDaysIso(monday, 14),
      });
      unit.openActions.push({ id: detail.actions.at(-1)!.id, closeAfter: index + 2 });
      counts.actions++;
    }
  }
}
