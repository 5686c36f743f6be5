import type { Attendee, Guest, IsoDate, ParticipantCounts, PlannedSession, PreviousAttendance, RoleCounts, StaffMember, StaffRole } from './types';
import { CHAIR_ROLES, STAFF_ROLES } from './types';
import { DomainError } from './errors';
import { isActiveOn, personNameKey } from './roster';

/** The billing form counts heads per role: a guest is one head, a chair is one like any other. */
export function countParticipants(participants: readonly { role: StaffRole }[]): ParticipantCounts {
  const byRole = Object.fromEntries(STAFF_ROLES.map((role) => [role, 0])) as RoleCounts;
  for (const { role } of participants) byRole[role] += 1;
  return { byRole, total: participants.length };
}

/** What "Samma som förra tillfället" ticks, and who from last time it had to leave out. */
export interface CarriedOver {
  attendeeIds: number[];
  chairIds: number[];
  /** Members of the previous session who are not active in the unit on this session's day. */
  noLongerActive: number[];
}

/**
 * The previous session's members who are still active on `date`, and its chairs among them
 * who may still chair (their role may have changed). Only these would pass the held-record
 * check, so the manager is never offered a tick the save would refuse.
 */
export function carryOver(previous: PreviousAttendance, roster: readonly StaffMember[], date: IsoDate): CarriedOver {
  const active = new Map(roster.filter((member) => isActiveOn(member, date)).map((member) => [member.id, member]));
  const canChair = (id: number) => {
    const member = active.get(id);
    return member !== undefined && CHAIR_ROLES.includes(member.role);
  };
  return {
    attendeeIds: previous.attendeeIds.filter((id) => active.has(id)),
    chairIds: previous.chairIds.filter(canChair),
    noLongerActive: previous.attendeeIds.filter((id) => !active.has(id)),
  };
}

/** A participant as stored: the person's name, role and employment of the day, and whether they chaired. */
export type AttendanceEntry = Omit<Attendee, 'id'> & { isChair: boolean };

export interface HeldRecordInput {
  session: PlannedSession;
  today: IsoDate;
  attendeeIds: number[];
  chairIds: number[];
  guests: Guest[];
  /** The unit's whole roster, leavers included. */
  roster: StaffMember[];
  /** The participants already stored for this session, when it is being corrected. */
  recorded: Attendee[];
}

/** Can this week's session be marked held at all? (A held one can be corrected.) */
function checkSessionCanBeHeld(session: PlannedSession, today: IsoDate): void {
  if (session.status === 'held') return;
  if (session.status === 'teamMeetingWeek') {
    throw new DomainError('CONFLICT', 'error.weekIsTeamMeetingWeek', { week: session.isoWeek }, 'week');
  }
  if (session.status === 'cancelled') {
    throw new DomainError('CONFLICT', 'error.session.cancelledNotHeld', { week: session.isoWeek }, 'week');
  }
  if (session.date > today) {
    throw new DomainError('CONFLICT', 'error.session.inFuture', { date: session.date }, 'week');
  }
}

/**
 * Checks a held session's participants and chairs and returns the rows to store. Members
 * must be in the unit on the session's day; someone already recorded for this session keeps
 * their place and their snapshot (a later role change or deactivation does not rewrite
 * history). Nobody counts twice, and the chair is one or two AT/FT among the attendees.
 */
export function checkHeldRecord(input: HeldRecordInput): AttendanceEntry[] {
  const { session, attendeeIds, chairIds, guests, roster } = input;
  checkSessionCanBeHeld(session, input.today);

  const recorded = new Map(input.recorded.flatMap((a) => (a.personId === null ? [] : [[a.personId, a] as const])));
  const members = new Map(roster.map((m) => [m.id, m]));
  const seen = new Set<number>();
  const entries: AttendanceEntry[] = attendeeIds.map((personId) => {
    const snapshot = recorded.get(personId);
    const member = members.get(personId);
    const name = snapshot?.name ?? member?.name;
    if (name === undefined) throw new DomainError('NOT_FOUND', 'error.session.attendeeNotInUnit', {}, 'attendeeIds');
    if (seen.has(personId)) throw new DomainError('VALIDATION', 'error.session.attendeeTwice', { name }, 'attendeeIds');
    seen.add(personId);
    if (snapshot) return { ...pickSnapshot(snapshot), isChair: false };
    if (!isActiveOn(member!, session.date)) {
      throw new DomainError('CONFLICT', 'error.session.attendeeNotActiveOn', { name, date: session.date }, 'attendeeIds');
    }
    return { ...pickSnapshot({ ...member!, personId }), isChair: false };
  });

  const guestNames = new Set<string>();
  for (const guest of guests) {
    const key = personNameKey(guest.name);
    if (guestNames.has(key)) throw new DomainError('VALIDATION', 'error.session.attendeeTwice', { name: guest.name }, 'guests');
    guestNames.add(key);
    // A one-off guest is typically a substitute from the staffing centre (KRC).
    entries.push({ personId: null, name: guest.name, role: guest.role, employment: 'substitute', isChair: false });
  }

  checkChairs(chairIds, entries);
  return entries.map((entry) => ({ ...entry, isChair: entry.personId !== null && chairIds.includes(entry.personId) }));
}

function pickSnapshot({ personId, name, role, employment }: Omit<Attendee, 'id'>): Omit<Attendee, 'id'> {
  return { personId, name, role, employment };
}

function checkChairs(chairIds: number[], entries: AttendanceEntry[]): void {
  if (chairIds.length === 0) throw new DomainError('VALIDATION', 'error.session.chairRequired', {}, 'chairIds');
  if (chairIds.length > 2) throw new DomainError('VALIDATION', 'error.session.tooManyChairs', {}, 'chairIds');
  if (chairIds[0] === chairIds[1]) {
    const name = entries.find((e) => e.personId === chairIds[0])?.name ?? '';
    throw new DomainError('VALIDATION', 'error.session.attendeeTwice', { name }, 'chairIds');
  }
  for (const chairId of chairIds) {
    const attendee = entries.find((e) => e.personId === chairId);
    if (!attendee) throw new DomainError('VALIDATION', 'error.session.chairNotAttendee', {}, 'chairIds');
    if (!CHAIR_ROLES.includes(attendee.role)) {
      throw new DomainError('VALIDATION', 'error.session.chairRole', { name: attendee.name }, 'chairIds');
    }
  }
}
