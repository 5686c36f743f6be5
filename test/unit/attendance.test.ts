import { describe, expect, it } from 'vitest';
import { carryOver, checkHeldRecord, countParticipants, type HeldRecordInput } from '../../shared/domain/attendance';
import type { StaffMember, StaffRole } from '../../shared/domain/types';
import { meetingOn, override, refusal, sessionOfWeek } from './fixtures';

// Week 18 of 2026: the rule's Thursday is 30 April.
const week18 = sessionOfWeek('2026-W18');
const TODAY = '2026-05-01';

function member(id: number, name: string, role: StaffRole, activeFrom = '2026-01-01', activeTo: string | null = null): StaffMember {
  return { id, name, role, employment: 'regular', email: '', unitId: 1, activeFrom, activeTo };
}

const anna = member(1, 'Anna Lund', 'careStaff');
const eva = member(2, 'Eva Falk', 'physiotherapist');
const olle = member(3, 'Olle Berg', 'occupationalTherapist');
const siv = member(4, 'Siv Ek', 'nurse');
const bo = member(5, 'Bo Ek', 'careStaff', '2026-01-01', '2026-04-29');
const dan = member(6, 'Dan Ek', 'careStaff', '2026-05-01');
const roster = [anna, eva, olle, siv, bo, dan];

function record(parts: Partial<HeldRecordInput> = {}) {
  return checkHeldRecord({
    session: week18,
    today: TODAY,
    attendeeIds: [anna.id, eva.id],
    chairIds: [eva.id],
    guests: [],
    roster,
    recorded: [],
    ...parts,
  });
}

describe('counting participants', () => {
  it('counts per role and in total', () => {
    const counts = countParticipants([{ role: 'careStaff' }, { role: 'careStaff' }, { role: 'physiotherapist' }, { role: 'nurse' }]);
    expect(counts.total).toBe(4);
    expect(counts.byRole).toEqual({
      careStaff: 2,
      occupationalTherapist: 0,
      physiotherapist: 1,
      nurse: 1,
      unitManager: 0,
      planner: 0,
      rehabAssistant: 0,
      other: 0,
    });
  });

  it('a guest counts once, and a chair like any attendee', () => {
    const rows = record({ attendeeIds: [anna.id, eva.id, olle.id], chairIds: [eva.id, olle.id], guests: [{ name: 'Gun Vik', role: 'careStaff' }] });
    const counts = countParticipants(rows);
    expect(counts.total).toBe(4);
    expect(counts.byRole).toMatchObject({ careStaff: 2, physiotherapist: 1, occupationalTherapist: 1 });
  });

  it('an empty session counts nothing', () => {
    expect(countParticipants([]).total).toBe(0);
  });
});

describe('recording a held session', () => {
  it('keeps each participant as they are that day, chairs marked, a guest as a substitute without a roster entry', () => {
    const rows = record({ guests: [{ name: 'Gun Vik', role: 'careStaff' }] });
    expect(rows).toEqual([
      { personId: anna.id, name: 'Anna Lund', role: 'careStaff', employment: 'regular', isChair: false },
      { personId: eva.id, name: 'Eva Falk', role: 'physiotherapist', employment: 'regular', isChair: true },
      { personId: null, name: 'Gun Vik', role: 'careStaff', employment: 'substitute', isChair: false },
    ]);
  });

  it('the same person twice is refused', () => {
    expect(refusal(() => record({ attendeeIds: [anna.id, eva.id, anna.id] }))).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'error.session.attendeeTwice',
      params: { name: 'Anna Lund' },
      field: 'attendeeIds',
    });
  });

  it('the same guest twice is refused, whatever the case and spacing', () => {
    const guests = [
      { name: 'Gun Vik', role: 'careStaff' as const },
      { name: ' gun  VIK', role: 'careStaff' as const },
    ];
    expect(refusal(() => record({ guests }))).toMatchObject({ messageKey: 'error.session.attendeeTwice', field: 'guests' });
  });

  it('someone not on the unit’s roster is refused', () => {
    expect(refusal(() => record({ attendeeIds: [anna.id, eva.id, 99] }))).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'error.session.attendeeNotInUnit',
      field: 'attendeeIds',
    });
  });

  it('someone who had left, or had not yet started, is refused', () => {
    for (const person of [bo, dan]) {
      expect(refusal(() => record({ attendeeIds: [eva.id, person.id] }))).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'error.session.attendeeNotActiveOn',
        params: { name: person.name, date: '2026-04-30' },
      });
    }
  });

  it('someone on their last day in the unit attends', () => {
    const leaving = member(7, 'Lisa Holm', 'careStaff', '2026-01-01', '2026-04-30');
    expect(record({ attendeeIds: [eva.id, leaving.id], roster: [...roster, leaving] })).toHaveLength(2);
  });

  it('a session in a team-meeting week is refused', () => {
    const session = sessionOfWeek('2026-W18', { teamMeetingDates: [meetingOn(1, '2026-04-28')] });
    expect(refusal(() => record({ session }))).toMatchObject({ code: 'CONFLICT', messageKey: 'error.weekIsTeamMeetingWeek', params: { week: 18 } });
  });

  it('a cancelled session has no attendance', () => {
    const session = sessionOfWeek('2026-W18', { overrides: [override('2026-W18', null, 'Sjukdom')] });
    expect(refusal(() => record({ session }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.session.cancelledNotHeld',
      params: { week: 18 },
    });
  });

  it('a session after today is refused; today’s is fine', () => {
    expect(refusal(() => record({ today: '2026-04-29' }))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.session.inFuture',
      params: { date: '2026-04-30' },
    });
    expect(record({ today: '2026-04-30' })).toHaveLength(2);
  });

  it('a moved session is held on its new day', () => {
    const session = sessionOfWeek('2026-W18', { overrides: [override('2026-W18', { date: '2026-05-01', startTime: '09:00' })] });
    expect(refusal(() => record({ session, today: '2026-04-30' })).messageKey).toBe('error.session.inFuture');
    expect(record({ session, today: '2026-05-01', attendeeIds: [eva.id, dan.id] })).toHaveLength(2);
  });
});

describe('correcting a held session', () => {
  const held = sessionOfWeek('2026-W18', {
    held: [{ week: '2026-W18', date: '2026-04-30', startTime: '14:00', durationMinutes: 30, participantCount: 2 }],
  });
  const recorded = [
    { id: 10, personId: anna.id, name: 'Anna Lund', role: 'careStaff' as const, employment: 'substitute' as const },
    { id: 11, personId: eva.id, name: 'Eva Falk', role: 'physiotherapist' as const, employment: 'regular' as const },
  ];

  it('keeps the snapshot of those already recorded, even after a role change or their leaving', () => {
    const changedAnna = { ...anna, name: 'Anna Lind', role: 'nurse' as const, activeTo: '2026-04-01' };
    const rows = record({ session: held, roster: [changedAnna, eva, olle], recorded, attendeeIds: [anna.id, eva.id, olle.id] });
    expect(rows[0]).toEqual({ personId: anna.id, name: 'Anna Lund', role: 'careStaff', employment: 'substitute', isChair: false });
    expect(rows[2]).toMatchObject({ personId: olle.id, role: 'occupationalTherapist' });
  });

  it('is allowed even if the week has since become a team-meeting week', () => {
    const session = sessionOfWeek('2026-W18', {
      teamMeetingDates: [meetingOn(1, '2026-04-28')],
      held: [{ week: '2026-W18', date: '2026-04-30', startTime: '14:00', durationMinutes: 30, participantCount: 2 }],
    });
    expect(record({ session, recorded })).toHaveLength(2);
  });
});

describe('the chair', () => {
  it('is one or two AT/FT', () => {
    expect(record({ attendeeIds: [anna.id, eva.id, olle.id], chairIds: [olle.id, eva.id] }).filter((r) => r.isChair)).toHaveLength(2);
  });

  it.each<[string, Partial<HeldRecordInput>, string]>([
    ['no chair', { chairIds: [] }, 'error.session.chairRequired'],
    ['three chairs', { attendeeIds: [anna.id, eva.id, olle.id], chairIds: [anna.id, eva.id, olle.id] }, 'error.session.tooManyChairs'],
    ['the same chair twice', { chairIds: [eva.id, eva.id] }, 'error.session.attendeeTwice'],
    ['a chair who did not attend', { chairIds: [olle.id] }, 'error.session.chairNotAttendee'],
    ['a care worker as chair', { chairIds: [anna.id] }, 'error.session.chairRole'],
    ['a nurse as chair', { attendeeIds: [siv.id], chairIds: [siv.id] }, 'error.session.chairRole'],
  ])('refuses %s', (_case, parts, messageKey) => {
    expect(refusal(() => record(parts))).toMatchObject({ code: 'VALIDATION', messageKey, field: 'chairIds' });
  });
});

describe('"Samma som förra tillfället"', () => {
  const previous = { week: '2026-W17', date: '2026-04-23', attendeeIds: [anna.id, bo.id, eva.id, olle.id], chairIds: [eva.id, olle.id] };

  it('ticks the members still active on the day and their chairs; a leaver is left out and counted', () => {
    expect(carryOver(previous, roster, '2026-04-30')).toEqual({
      attendeeIds: [anna.id, eva.id, olle.id],
      chairIds: [eva.id, olle.id],
      noLongerActive: [bo.id],
    });
  });

  it('does not keep a chair whose role can no longer chair', () => {
    const evaNowNurse = { ...eva, role: 'nurse' as const };
    expect(carryOver(previous, [anna, evaNowNurse, olle, bo], '2026-04-30').chairIds).toEqual([olle.id]);
  });
});
