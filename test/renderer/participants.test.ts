import { describe, expect, it } from 'vitest';
import type { Attendee, StaffMember } from '../../shared/domain/types';
import { membersOn, nameLookup, participantsOf } from '../../renderer/src/session/participants';

const member = (id: number, name: string, activeFrom: string, activeTo: string | null = null): StaffMember => ({
  id,
  unitId: 1,
  name,
  role: 'careStaff',
  email: '',
  employment: 'regular',
  activeFrom,
  activeTo,
});
const eva = member(1, 'Eva Ek', '2026-01-01');
const ake = member(2, 'Åke Berg', '2026-01-01');
const leaver = member(3, 'Bo Ström', '2026-01-01', '2026-10-31');
const starter = member(4, 'Ali Nur', '2026-12-01');
const staff = [eva, ake, leaver, starter];
const day = '2026-11-19';

describe('who can be ticked for a session', () => {
  it('the members active on its day, in Swedish alphabetical order (Å after Ö)', () => {
    expect(participantsOf(staff, [], day).map((p) => p.name)).toEqual(['Eva Ek', 'Åke Berg']);
    expect(membersOn(staff, day).map((m) => m.name)).toEqual(['Eva Ek', 'Åke Berg']);
  });

  it('someone already recorded stays, as recorded that day, even after leaving the roster', () => {
    const recorded: Attendee[] = [
      { id: 9, personId: 3, name: 'Bo Ström', role: 'nurse', employment: 'substitute' },
      { id: 10, personId: 1, name: 'Eva Ek', role: 'occupationalTherapist', employment: 'regular' },
    ];
    expect(participantsOf(staff, recorded, day)).toEqual([
      { personId: 3, name: 'Bo Ström', role: 'nurse', employment: 'substitute' },
      { personId: 1, name: 'Eva Ek', role: 'occupationalTherapist', employment: 'regular' },
      { personId: 2, name: 'Åke Berg', role: 'careStaff', employment: 'regular' },
    ]);
  });

  it('a one-off guest (no person) is not in the list of members to tick', () => {
    const guest: Attendee = { id: 11, personId: null, name: 'Gäst', role: 'careStaff', employment: 'substitute' };
    expect(participantsOf(staff, [guest], day).map((p) => p.name)).toEqual(['Eva Ek', 'Åke Berg']);
  });
});

describe('a name for a person id', () => {
  it('takes the roster name first, then the name recorded in the session, else the unknown text', () => {
    const recorded: Attendee[] = [
      { id: 1, personId: 1, name: 'Eva Ekström', role: 'careStaff', employment: 'regular' },
      { id: 2, personId: 77, name: 'Gunnel Gran', role: 'careStaff', employment: 'regular' },
    ];
    const nameOf = nameLookup(staff, recorded, 'Okänd');
    expect(nameOf(1)).toBe('Eva Ek');
    expect(nameOf(77)).toBe('Gunnel Gran');
    expect(nameOf(555)).toBe('Okänd');
    expect(nameOf(null)).toBe('Okänd');
  });
});
