import { useMemo, useState } from 'react';
import { countParticipants, type CarriedOver } from '../../../shared/domain/attendance';
import type { Guest, ParticipantCounts, SessionDetail, SessionLocation, StaffMember } from '../../../shared/domain/types';
import { wholeNumber } from '../forms/fields';
import { participantsOf, type Participant } from './participants';

/** The held record as the form holds it while the manager types and ticks. */
interface Draft {
  startTime: string;
  duration: string;
  location: SessionLocation;
  checked: ReadonlySet<number>;
  chairs: number[];
  guests: Guest[];
}

/** What the save sends for the held part (sessions.saveRecord's `held`). */
export interface HeldRecord {
  startTime: string;
  durationMinutes: number;
  location: SessionLocation;
  chairIds: number[];
  attendeeIds: number[];
  guests: Guest[];
}

function savedDraft({ session, held, attendees }: SessionDetail): Draft {
  return {
    startTime: held?.startTime ?? session.startTime,
    duration: String(held?.durationMinutes ?? session.durationMinutes),
    location: held?.location ?? 'office',
    checked: new Set(attendees.flatMap((a) => (a.personId === null ? [] : [a.personId]))),
    chairs: held?.chairIds ?? [],
    guests: attendees.filter((a) => a.personId === null).map(({ name, role }) => ({ name, role })),
  };
}

function recordOf(draft: Draft, participants: Participant[]): HeldRecord {
  return {
    startTime: draft.startTime.trim(),
    durationMinutes: wholeNumber(draft.duration),
    location: draft.location,
    chairIds: draft.chairs,
    attendeeIds: participants.filter((p) => draft.checked.has(p.personId)).map((p) => p.personId),
    guests: draft.guests,
  };
}

/** Order does not matter to the record: a chair ticked first or second is the same record. */
const comparable = (record: HeldRecord) => JSON.stringify({ ...record, chairIds: [...record.chairIds].sort((a, b) => a - b) });

export interface HeldDraft extends Draft {
  participants: Participant[];
  counts: ParticipantCounts;
  /** Differs from what is saved. */
  changed: boolean;
  record: HeldRecord;
  setStartTime: (value: string) => void;
  setDuration: (value: string) => void;
  setLocation: (value: SessionLocation) => void;
  setAttendance: (next: Set<number>) => void;
  setChairIds: (ids: number[]) => void;
  setGuests: (guests: Guest[]) => void;
  applyCarriedOver: (carried: CarriedOver) => void;
}

/**
 * The held part of the session's record, unsaved until the one save. A chair is always an
 * attendee, so ticking a chair ticks them in the list too.
 */
export function useHeldDraft(detail: SessionDetail, staff: StaffMember[]): HeldDraft {
  const [draft, setDraft] = useState<Draft>(() => savedDraft(detail));
  const { session, attendees } = detail;
  const participants = useMemo(() => participantsOf(staff, attendees, session.date), [staff, attendees, session.date]);
  const record = recordOf(draft, participants);
  const changed = comparable(record) !== comparable(recordOf(savedDraft(detail), participants));

  const update = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }));
  return {
    ...draft,
    participants,
    counts: countParticipants([...participants.filter((p) => draft.checked.has(p.personId)), ...draft.guests]),
    changed,
    record,
    setStartTime: (startTime) => update({ startTime }),
    setDuration: (duration) => update({ duration }),
    setLocation: (location) => update({ location }),
    // Someone who did not attend cannot have chaired.
    setAttendance: (checked) => setDraft((current) => ({ ...current, checked, chairs: current.chairs.filter((id) => checked.has(id)) })),
    setChairIds: (chairs) => setDraft((current) => ({ ...current, chairs, checked: new Set([...current.checked, ...chairs]) })),
    setGuests: (guests) => update({ guests }),
    // The previous session's ticks replace these; guests stay, as they are not carried over.
    applyCarriedOver: ({ attendeeIds, chairIds }) => update({ checked: new Set(attendeeIds), chairs: chairIds }),
  };
}
