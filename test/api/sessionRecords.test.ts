import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import type { StaffRole } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { CASE_FIELDS, seedUnit, startTestBackend, type TestBackend } from './testBackend';

// Today is Friday 12 June 2026 (week 24). The seeded unit meets on Thursdays at 14:00; week 19
// and week 23 are team-meeting weeks, week 20's Thursday is Kristi himmelsfärdsdag, week 22
// is cancelled and week 25 moved to Wednesday 17 June. Week 18 has a case and an open action.
const TODAY = '2026-06-12';

let test: TestBackend;
let seed: Awaited<ReturnType<typeof seedUnit>>;
let unitId: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  seed = await seedUnit(test);
  unitId = seed.unit.id;
});
afterEach(() => test.close());

const addStaff = (name: string, role: StaffRole) => test.call('staff.add', { unitId, name, role, employment: 'regular', activeFrom: '2026-01-01' });

/** Week 21's session (Thursday 21 May) with Anna and Eva, Eva chairing. */
function held21(parts: Partial<MethodInput<'sessions.recordHeld'>> = {}): MethodInput<'sessions.recordHeld'> {
  const { anna, eva } = seed.roster;
  return {
    unitId,
    week: '2026-W21',
    startTime: '14:00',
    durationMinutes: 30,
    location: 'office',
    chairIds: [eva.id],
    attendeeIds: [anna.id, eva.id],
    guests: [],
    ...parts,
  };
}

const planOf = async (week: string) => {
  const [session] = await test.call('plan.get', { unitId, from: mondayOf(week), to: mondayOf(week) });
  return session;
};
const mondayOf = (week: string) => ({ '2026-W21': '2026-05-18', '2026-W24': '2026-06-08' })[week] as string;

/** Participants per role as the database holds them. */
function storedCounts(week: string): Record<string, number> {
  const rows = test.db
    .prepare(
      `SELECT a.role, count(*) AS n FROM attendance a JOIN held_sessions h ON h.id = a.held_session_id
       WHERE h.unit_id = ? AND h.week = ? GROUP BY a.role`,
    )
    .all(unitId, week) as { role: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.role, r.n]));
}

describe('marking a session held', () => {
  it('records time, place, chairs, staff and a guest; the counts match what is stored', async () => {
    const { anna, eva } = seed.roster;
    const olle = await addStaff('Olle Berg', 'occupationalTherapist');
    const siv = await addStaff('Siv Ek', 'nurse');
    const ulla = await addStaff('Ulla Ström', 'planner');

    const detail = await test.call(
      'sessions.recordHeld',
      held21({
        startTime: '14:05',
        durationMinutes: 35,
        location: 'clientHome',
        chairIds: [olle.id, eva.id],
        attendeeIds: [anna.id, eva.id, olle.id, siv.id, ulla.id],
        guests: [{ name: '  Gun Vik ', role: 'careStaff' }],
      }),
    );

    expect(detail.held).toEqual({
      week: '2026-W21',
      date: '2026-05-21',
      startTime: '14:05',
      durationMinutes: 35,
      location: 'clientHome',
      chairIds: [eva.id, olle.id],
    });
    expect(detail.attendees.map((a) => [a.name, a.role, a.employment, a.personId])).toEqual([
      ['Anna Lund', 'careStaff', 'regular', anna.id],
      ['Eva Falk', 'physiotherapist', 'regular', eva.id],
      ['Gun Vik', 'careStaff', 'substitute', null],
      ['Olle Berg', 'occupationalTherapist', 'regular', olle.id],
      ['Siv Ek', 'nurse', 'regular', siv.id],
      ['Ulla Ström', 'planner', 'regular', ulla.id],
    ]);
    expect(detail.counts).toEqual({
      total: 6,
      byRole: { careStaff: 2, occupationalTherapist: 1, physiotherapist: 1, nurse: 1, unitManager: 0, planner: 1, rehabAssistant: 0, other: 0 },
    });
    expect(storedCounts('2026-W21')).toEqual({ careStaff: 2, occupationalTherapist: 1, physiotherapist: 1, nurse: 1, planner: 1 });
    expect(detail.session).toMatchObject({ status: 'held', participantCount: 6, startTime: '14:05', durationMinutes: 35 });
    expect(await planOf('2026-W21')).toEqual(detail.session);
    expect(await test.call('sessions.get', { unitId, week: '2026-W21' })).toEqual(detail);
  });

  it('correcting a held session replaces its participants as a whole', async () => {
    const { eva } = seed.roster;
    await test.call('sessions.recordHeld', held21({ guests: [{ name: 'Gun Vik', role: 'careStaff' }] }));
    const corrected = await test.call('sessions.recordHeld', held21({ attendeeIds: [eva.id], durationMinutes: 45 }));
    expect(corrected.counts.total).toBe(1);
    expect(corrected.held?.durationMinutes).toBe(45);
    expect(storedCounts('2026-W21')).toEqual({ physiotherapist: 1 });
    expect(test.db.prepare('SELECT count(*) FROM held_sessions').pluck().get()).toBe(1);
  });

  it('a session moved off a holiday is held on its new day', async () => {
    await test.call('sessions.move', { unitId, week: '2026-W20', date: '2026-05-13', startTime: '14:00' });
    const detail = await test.call('sessions.recordHeld', held21({ week: '2026-W20' }));
    expect(detail.held?.date).toBe('2026-05-13');
    expect(detail.session).toMatchObject({ status: 'held', date: '2026-05-13', ruleDate: '2026-05-14' });
  });

  it('a session not yet held has an empty record but its follow-up', async () => {
    const detail = await test.call('sessions.get', { unitId, week: '2026-W24' });
    expect(detail).toMatchObject({
      session: { status: 'planned', date: '2026-06-11', participantCount: null },
      held: null,
      attendees: [],
      counts: { total: 0 },
      agenda: { followUp: '', dilemmas: '', complexCases: '', newRehabCases: '', responsibilities: '' },
      cases: [],
      actions: [],
      followUp: [{ id: seed.records.actionId, agreedInWeek: '2026-W18', status: 'open' }],
    });
  });

  it('is still there after a restart', async () => {
    const detail = await test.call('sessions.recordHeld', held21());
    await test.restart();
    expect(await test.call('sessions.get', { unitId, week: '2026-W21' })).toEqual(detail);
  });
});

describe('the previous session, for "Samma som förra tillfället"', () => {
  it('is the latest held session before this one, skipping a cancelled week and a team-meeting week; guests are not carried', async () => {
    const { anna, eva } = seed.roster;
    await test.call('sessions.recordHeld', held21({ week: '2026-W18', attendeeIds: [eva.id] }));
    await test.call('sessions.recordHeld', held21({ guests: [{ name: 'Gun Vik', role: 'careStaff' }] }));

    // Week 22 is cancelled and week 23 a team-meeting week: week 24's previous session is week 21.
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2026-W24' })).toEqual({
      week: '2026-W21',
      date: '2026-05-21',
      attendeeIds: [anna.id, eva.id],
      chairIds: [eva.id],
    });
    // A session's own record is not its previous one.
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2026-W21' })).toMatchObject({ week: '2026-W18', attendeeIds: [eva.id] });
  });

  it('is null when no session was held before this one, and asking writes nothing', async () => {
    await test.call('sessions.recordHeld', held21());
    const before = dumpDatabase(test.db);
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2026-W21' })).toBeNull();
    expect(await test.call('sessions.previousAttendance', { unitId, week: '2026-W18' })).toBeNull();
    expect(dumpDatabase(test.db)).toBe(before);
  });
});

describe('a wrong record is refused with a typed error and nothing is written', () => {
  it.each([
    ['a team-meeting week', () => held21({ week: '2026-W19' }), 'CONFLICT', () => translate('error.weekIsTeamMeetingWeek', { week: 19 }), 'week'],
    ['a future session', () => held21({ week: '2026-W26' }), 'CONFLICT', () => translate('error.session.inFuture', { date: '2026-06-25' }), 'week'],
    [
      'a session moved to a day not yet come',
      () => held21({ week: '2026-W25' }),
      'CONFLICT',
      () => translate('error.session.inFuture', { date: '2026-06-17' }),
      'week',
    ],
    ['a cancelled session', () => held21({ week: '2026-W22' }), 'CONFLICT', () => translate('error.session.cancelledNotHeld', { week: 22 }), 'week'],
    [
      'a week before the first rule',
      () => held21({ week: '2025-W50' }),
      'NOT_FOUND',
      () => translate('error.weekHasNoSession', { week: 50 }),
      'week',
    ],
    [
      'an unknown person id',
      () => held21({ attendeeIds: [seed.roster.eva.id, 9999] }),
      'NOT_FOUND',
      () => translate('error.session.attendeeNotInUnit'),
      'attendeeIds',
    ],
    [
      'a person of another unit',
      () => held21({ attendeeIds: [seed.roster.eva.id, seed.roster.cia.id] }),
      'NOT_FOUND',
      () => translate('error.session.attendeeNotInUnit'),
      'attendeeIds',
    ],
    [
      'a person who had left',
      () => held21({ attendeeIds: [seed.roster.eva.id, seed.roster.bo.id] }),
      'CONFLICT',
      () => translate('error.session.attendeeNotActiveOn', { name: 'Bo Ek', date: '2026-05-21' }),
      'attendeeIds',
    ],
    [
      'the same person twice',
      () => held21({ attendeeIds: [seed.roster.anna.id, seed.roster.eva.id, seed.roster.anna.id] }),
      'VALIDATION',
      () => translate('error.session.attendeeTwice', { name: 'Anna Lund' }),
      'attendeeIds',
    ],
    [
      'the same guest twice',
      () =>
        held21({
          guests: [
            { name: 'Gun Vik', role: 'careStaff' },
            { name: 'gun vik', role: 'careStaff' },
          ],
        }),
      'VALIDATION',
      () => translate('error.session.attendeeTwice', { name: 'gun vik' }),
      'guests',
    ],
    ['no chair', () => held21({ chairIds: [] }), 'VALIDATION', () => translate('error.session.chairRequired'), 'chairIds'],
    [
      'a care worker as chair',
      () => held21({ chairIds: [seed.roster.anna.id] }),
      'VALIDATION',
      () => translate('error.session.chairRole', { name: 'Anna Lund' }),
      'chairIds',
    ],
    [
      'a chair who did not attend',
      () => held21({ attendeeIds: [seed.roster.anna.id] }),
      'VALIDATION',
      () => translate('error.session.chairNotAttendee'),
      'chairIds',
    ],
    ['an unknown unit', () => held21({ unitId: 9999 }), 'NOT_FOUND', () => translate('error.unitNotFound'), 'unitId'],
  ] as const)('%s', async (_case, input, code, message, field) => {
    const before = dumpDatabase(test.db);
    const result = await test.send('sessions.recordHeld', input());
    expect(result).toEqual({ ok: false, error: { code, message: message(), fields: { [field]: message() } } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('a failed correction leaves the earlier record as it was', async () => {
    await test.call('sessions.recordHeld', held21());
    const before = dumpDatabase(test.db);
    const result = await test.send('sessions.recordHeld', held21({ attendeeIds: [seed.roster.eva.id, seed.roster.cia.id] }));
    expect(result.ok).toBe(false);
    expect(dumpDatabase(test.db)).toBe(before);
  });
});

describe('history is kept', () => {
  it('a participant who changes role and leaves keeps the role they had that day', async () => {
    const { anna, eva } = seed.roster;
    await test.call('sessions.recordHeld', held21());
    await test.call('staff.update', { personId: anna.id, name: 'Anna Lind', role: 'nurse', employment: 'substitute' });
    // Her last day is the session's: a last day before a session she attended is refused.
    await test.call('staff.deactivate', { unitId, personId: anna.id, activeTo: '2026-05-21' });

    const detail = await test.call('sessions.get', { unitId, week: '2026-W21' });
    expect(detail.attendees.find((a) => a.personId === anna.id)).toMatchObject({ name: 'Anna Lund', role: 'careStaff', employment: 'regular' });
    expect(detail.counts.byRole).toMatchObject({ careStaff: 1, nurse: 0 });
    expect((await test.call('staff.list', { unitId, includeInactive: false })).map((m) => m.id)).not.toContain(anna.id);

    // Correcting the record keeps her, as she was; a new session no longer offers her.
    const corrected = await test.call('sessions.recordHeld', held21({ durationMinutes: 40 }));
    expect(corrected.attendees.find((a) => a.personId === anna.id)).toMatchObject({ name: 'Anna Lund', role: 'careStaff' });
    const refused = await test.send('sessions.recordHeld', held21({ week: '2026-W24', attendeeIds: [anna.id, eva.id] }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { attendeeIds: expect.stringContaining('Anna Lind') } } });
  });
});

describe('a held session in the plan', () => {
  it('cannot be moved, cancelled or moved back, and nothing is written', async () => {
    await test.call('sessions.move', { unitId, week: '2026-W21', date: '2026-05-20', startTime: '14:00' });
    await test.call('sessions.recordHeld', held21());
    const before = dumpDatabase(test.db);
    const message = translate('error.session.heldCannotChange', { week: 21 });
    for (const [method, input] of [
      ['sessions.move', { unitId, week: '2026-W21', date: '2026-05-19', startTime: '10:00' }],
      ['sessions.cancel', { unitId, week: '2026-W21', reason: 'Sjukdom' }],
      ['sessions.undoMove', { unitId, week: '2026-W21' }],
    ] as const) {
      expect(await test.send(method, input)).toEqual({ ok: false, error: { code: 'CONFLICT', message } });
    }
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('stays held when a team meeting is later put in its week', async () => {
    await test.call('sessions.recordHeld', held21());
    await test.call('teamMeetings.addDate', { unitId, date: '2026-05-19' });
    expect(await planOf('2026-W21')).toMatchObject({ status: 'held', participantCount: 2, teamMeetings: [{ date: '2026-05-19' }] });
  });
});

describe('the agenda', () => {
  const agenda = { followUp: 'Se åtgärder', dilemmas: 'Stress vid morgonbesöken', complexCases: '', newRehabCases: '', responsibilities: '' };

  it('can be prepared before the session and is kept', async () => {
    const detail = await test.call('sessions.saveAgenda', { unitId, week: '2026-W26', agenda });
    expect(detail.agenda).toEqual(agenda);
    expect((await test.call('sessions.get', { unitId, week: '2026-W26' })).agenda).toEqual(agenda);
  });

  it.each([
    ['a team-meeting week', '2026-W19', translate('error.weekIsTeamMeetingWeek', { week: 19 })],
    ['a cancelled session', '2026-W22', translate('error.session.cancelledNoNotes', { week: 22 })],
  ])('is refused in %s and nothing is written', async (_case, week, message) => {
    const before = dumpDatabase(test.db);
    expect(await test.send('sessions.saveAgenda', { unitId, week, agenda })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message, fields: { week: message } },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });
});

describe("the session view's one save", () => {
  const agenda = { followUp: '', dilemmas: 'Nyckelhanteringen', complexCases: '', newRehabCases: '', responsibilities: '' };
  const record = (parts: Partial<MethodInput<'sessions.recordHeld'>> = {}) => {
    const { unitId: _unit, week: _week, ...held } = held21(parts);
    return held;
  };

  it('records attendance and agenda together', async () => {
    const detail = await test.call('sessions.saveRecord', { unitId, week: '2026-W21', held: record(), agenda });
    expect(detail.held).toMatchObject({ startTime: '14:00', chairIds: [seed.roster.eva.id] });
    const stored = await test.call('sessions.get', { unitId, week: '2026-W21' });
    expect(stored.counts.total).toBe(2);
    expect(stored.agenda).toEqual(agenda);
  });

  it('saves only the agenda of a session not yet held, which stays unrecorded', async () => {
    const detail = await test.call('sessions.saveRecord', { unitId, week: '2026-W26', held: null, agenda });
    expect(detail.held).toBeNull();
    expect(detail.agenda).toEqual(agenda);
  });

  it('writes nothing, not even the agenda, when the attendance is refused', async () => {
    const before = dumpDatabase(test.db);
    const message = translate('error.session.inFuture', { date: '2026-06-25' });
    expect(await test.send('sessions.saveRecord', { unitId, week: '2026-W26', held: record(), agenda })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message, fields: { week: message } },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('refuses notes in a cancelled week and writes nothing', async () => {
    const before = dumpDatabase(test.db);
    const result = await test.send('sessions.saveRecord', { unitId, week: '2026-W22', held: null, agenda });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(dumpDatabase(test.db)).toBe(before);
  });
});

describe('cases discussed', () => {
  it('are added, changed and removed in their own session', async () => {
    const { anna } = seed.roster;
    const added = await test.call('cases.save', {
      unitId,
      week: '2026-W21',
      id: null,
      case: { ...CASE_FIELDS, reference: '  Ärende M3 ', subGoals: [' Gå till köket ', '', 'Duscha'] },
    });
    const [saved] = added.cases;
    expect(saved).toMatchObject({ reference: 'Ärende M3', subGoals: ['Gå till köket', 'Duscha'] });

    const documentation = { ...CASE_FIELDS.documentation, seniorAlert: { done: true, responsibleId: anna.id } };
    const changed = await test.call('cases.save', {
      unitId,
      week: '2026-W21',
      id: saved!.id,
      case: { ...CASE_FIELDS, kind: 'complex', documentation },
    });
    expect(changed.cases).toEqual([{ ...CASE_FIELDS, id: saved!.id, kind: 'complex', documentation }]);

    expect((await test.call('cases.remove', { unitId, week: '2026-W21', id: saved!.id })).cases).toEqual([]);
  });

  it('a reference that looks like a personnummer is refused next to the field, and nothing is written', async () => {
    const before = dumpDatabase(test.db);
    for (const reference of ['811228-9874', '19811228-9875', 'Brukare 8112289874']) {
      const result = await test.send('cases.save', { unitId, week: '2026-W21', id: null, case: { ...CASE_FIELDS, reference } });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { 'case.reference': translate('validation.caseReferencePersonnummer') } },
      });
    }
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it.each([
    ['a case of another session', () => ({ week: '2026-W21', id: seed.records.caseId }), 'NOT_FOUND', 'id'],
    [
      'a responsible person of another unit',
      () => ({
        week: '2026-W21',
        id: null,
        case: { ...CASE_FIELDS, documentation: { ...CASE_FIELDS.documentation, caseSystem: { done: false, responsibleId: seed.roster.cia.id } } },
      }),
      'NOT_FOUND',
      'case.documentation.caseSystem.responsibleId',
    ],
    ['a team-meeting week', () => ({ week: '2026-W19', id: null }), 'CONFLICT', 'week'],
  ] as const)('refuses %s and writes nothing', async (_case, parts, code, field) => {
    const before = dumpDatabase(test.db);
    const result = await test.send('cases.save', { unitId, case: CASE_FIELDS, ...parts() });
    expect(result).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.any(String) } } });
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('removing a case of another session is refused', async () => {
    const result = await test.send('cases.remove', { unitId, week: '2026-W21', id: seed.records.caseId });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: translate('error.case.notFound') } });
  });
});

describe('actions and their follow-up', () => {
  const w18Action = () => seed.records.actionId;

  it('open actions carry over to the next session, across a cancelled week and a team-meeting week', async () => {
    const { eva } = seed.roster;
    const agreed = await test.call('actions.save', {
      unitId,
      week: '2026-W21',
      id: null,
      what: 'Beställ rollator',
      responsibleId: eva.id,
      dueDate: '2026-05-29',
    });
    const action = agreed.actions[0]!;
    expect(action).toMatchObject({ agreedInWeek: '2026-W21', status: 'open', closedInWeek: null, dueDate: '2026-05-29' });
    expect(agreed.followUp.map((a) => a.id)).toEqual([w18Action()]);

    // Week 22 is cancelled and week 23 a team-meeting week: week 24 is the next session.
    const week24 = await test.call('sessions.get', { unitId, week: '2026-W24' });
    expect(week24.followUp.map((a) => a.id)).toEqual([w18Action(), action.id]);
  });

  it('an action closed at a session is shown there as done and does not appear afterwards; reopening brings it back', async () => {
    const closed = await test.call('actions.setStatus', { unitId, week: '2026-W24', id: w18Action(), status: 'done' });
    expect(closed.followUp).toEqual([expect.objectContaining({ id: w18Action(), status: 'done', closedInWeek: '2026-W24' })]);
    expect((await test.call('sessions.get', { unitId, week: '2026-W26' })).followUp).toEqual([]);

    const reopened = await test.call('actions.setStatus', { unitId, week: '2026-W24', id: w18Action(), status: 'open' });
    expect(reopened.followUp).toEqual([expect.objectContaining({ id: w18Action(), status: 'open', closedInWeek: null })]);
    expect((await test.call('sessions.get', { unitId, week: '2026-W26' })).followUp.map((a) => a.id)).toEqual([w18Action()]);
  });

  it('a follow-up session can change who does it and by when; it stays agreed in its own week', async () => {
    const { eva } = seed.roster;
    const detail = await test.call('actions.save', {
      unitId,
      week: '2026-W21',
      id: w18Action(),
      what: 'Ring biståndshandläggaren igen',
      responsibleId: eva.id,
      dueDate: '2026-06-05',
    });
    expect(detail.actions).toEqual([]);
    expect(detail.followUp).toEqual([
      expect.objectContaining({ id: w18Action(), agreedInWeek: '2026-W18', what: 'Ring biståndshandläggaren igen', responsibleId: eva.id }),
    ]);
  });

  it.each([
    [
      'someone of another unit as responsible',
      'actions.save',
      () => ({ week: '2026-W21', id: null, what: 'Ring', responsibleId: seed.roster.cia.id, dueDate: null }),
      'NOT_FOUND',
      'responsibleId',
    ],
    [
      'someone who had left as responsible',
      'actions.save',
      () => ({ week: '2026-W21', id: null, what: 'Ring', responsibleId: seed.roster.bo.id, dueDate: null }),
      'CONFLICT',
      'responsibleId',
    ],
    [
      'an unknown action',
      'actions.save',
      () => ({ week: '2026-W21', id: 9999, what: 'Ring', responsibleId: seed.roster.eva.id, dueDate: null }),
      'NOT_FOUND',
      'id',
    ],
    [
      'an action in a team-meeting week',
      'actions.save',
      () => ({ week: '2026-W23', id: null, what: 'Ring', responsibleId: seed.roster.eva.id, dueDate: null }),
      'CONFLICT',
      'week',
    ],
    ['closing before it was agreed', 'actions.setStatus', () => ({ week: '2026-W17', id: w18Action(), status: 'done' }), 'CONFLICT', 'id'],
    ['closing in a cancelled session', 'actions.setStatus', () => ({ week: '2026-W22', id: w18Action(), status: 'done' }), 'CONFLICT', 'week'],
    ['closing an unknown action', 'actions.setStatus', () => ({ week: '2026-W21', id: 9999, status: 'done' }), 'NOT_FOUND', 'id'],
  ] as const)('refuses %s and writes nothing', async (_case, method, parts, code, field) => {
    const before = dumpDatabase(test.db);
    const result = await test.send(method, { unitId, ...parts() });
    expect(result).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.any(String) } } });
    expect(dumpDatabase(test.db)).toBe(before);
  });
});
