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
