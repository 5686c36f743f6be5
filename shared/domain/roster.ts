import { addDaysIso } from './calendar';
import type { IsoDate, StaffMember } from './types';

/**
 * The form of a person's name that decides "the same name": " anna  berg " and "ANNA BERG"
 * are one name. Swedish lower case (Å, Ä, Ö), the same rule as for unit names.
 */
export function personNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

type Membership = Pick<StaffMember, 'activeFrom' | 'activeTo'>;

/** A member on that day: from activeFrom up to and including activeTo (open-ended while null). */
export function isActiveOn(member: Membership, date: IsoDate): boolean {
  return member.activeFrom <= date && (member.activeTo === null || date <= member.activeTo);
}

/**
 * Still on the unit's roster as of today: not yet left. Someone who starts next month is on
 * it; a leaver stays on it up to their last day and is hidden (kept in history) after it.
 */
export function isOnRoster(member: Membership, today: IsoDate): boolean {
  return member.activeTo === null || member.activeTo >= today;
}

/** How long a leaver is still named among those missing from a week: after that, no one looks for them. */
const RECENT_LEAVER_DAYS = 56;

/** Why someone on the unit's roster cannot be ticked in a week: not started yet, or already left. */
export interface NotActiveMember {
  personId: number;
  name: string;
  reason: 'notStarted' | 'left';
  /** The first day (notStarted) or the last day (left) in the unit. */
  date: IsoDate;
}

/**
 * The members not active on the session's day, so the session view can say why they are
 * missing: everyone who starts later, and those who left in the eight weeks before it.
 */
export function notActiveOn(members: readonly StaffMember[], date: IsoDate): NotActiveMember[] {
  const recentFrom = addDaysIso(date, -RECENT_LEAVER_DAYS);
  return members.flatMap(({ id, name, activeFrom, activeTo }): NotActiveMember[] => {
    if (activeFrom > date) return [{ personId: id, name, reason: 'notStarted', date: activeFrom }];
    if (activeTo !== null && activeTo < date && activeTo >= recentFrom) return [{ personId: id, name, reason: 'left', date: activeTo }];
    return [];
  });
}
