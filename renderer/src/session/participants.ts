import { isActiveOn } from '../../../shared/domain/roster';
import type { Attendee, Employment, IsoDate, StaffMember, StaffRole } from '../../../shared/domain/types';

/** Someone who can be ticked in the attendance list. */
export interface Participant {
  personId: number;
  name: string;
  role: StaffRole;
  employment: Employment;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/**
 * The attendance list of a session: the members active on its day. Someone already recorded
 * appears as recorded (name and role of that day), since that is what the counts use, and
 * stays in the list even if the roster has changed since.
 */
export function participantsOf(staff: StaffMember[], recorded: Attendee[], date: IsoDate): Participant[] {
  const snapshots = new Map(recorded.flatMap((a) => (a.personId === null ? [] : [[a.personId, a] as const])));
  const list = new Map<number, Participant>();
  for (const member of staff) {
    if (isActiveOn(member, date)) list.set(member.id, { ...pick(member), personId: member.id });
  }
  for (const [personId, attendee] of snapshots) list.set(personId, { ...pick(attendee), personId });
  return [...list.values()].sort(byName);
}

/** The members a session can name as responsible: those active on its day, by name. */
export function membersOn(staff: StaffMember[], date: IsoDate): StaffMember[] {
  return staff.filter((member) => isActiveOn(member, date)).sort(byName);
}

function pick({ name, role, employment }: { name: string; role: StaffRole; employment: Employment }) {
  return { name, role, employment };
}

/** A person's name for the lists and the printout: the roster first, then the session's own record. */
export function nameLookup(staff: StaffMember[], attendees: Attendee[], unknown: string): (id: number | null) => string {
  const names = new Map<number, string>();
  for (const attendee of attendees) if (attendee.personId !== null) names.set(attendee.personId, attendee.name);
  for (const member of staff) names.set(member.id, member.name);
  return (id) => (id === null ? unknown : (names.get(id) ?? unknown));
}
