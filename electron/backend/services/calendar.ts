import { dateInWeek, weeksBetween } from '../../../shared/domain/calendar';
import { DomainError } from '../../../shared/domain/errors';
import { teamMeetingOccurrences } from '../../../shared/domain/teamMeetings';
import { AGENDA_ITEMS, type IsoDate, type IsoWeekKey, type PlannedSession, type SlotRule, type Unit } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n/translate';
import type { AllDayEvent, CalendarContent, Person, SeriesEvent, SingleEvent, WallClock } from '../export/ics';
import type { Store } from '../store/store';
import { plan, sessionOfWeek } from './plan';

// What goes into a calendar file, taken from the backend's own plan, so the calendar shows
// exactly the weeks the app shows.

/** The statuses whose session takes place; the others leave their week out of the series. */
const TAKES_PLACE = new Set<PlannedSession['status']>(['planned', 'held', 'moved']);

/**
 * A calendar program knows an event again by its UID: the database's own id (drawn once by
 * migration 9) keeps two installations apart, the rest names what the event is.
 */
function uidOf(store: Store, ...parts: (string | number)[]): string {
  return `${['handledning', ...parts].join('-')}@${store.settings.get('installationId') ?? 'handledning'}`;
}

const agendaText = () =>
  [translate('calendar.event.agendaHeading'), ...AGENDA_ITEMS.map((item, index) => `${index + 1}. ${translate(`session.agenda.item.${item}`)}`)].join(
    '\n',
  );

function sessionText(unit: Unit) {
  return { summary: translate('calendar.event.session', { unit: unit.name }), description: agendaText(), location: unit.location };
}

function organizerOf(unit: Unit): Person | null {
  return unit.managerEmail === '' ? null : { name: unit.managerName, email: unit.managerEmail };
}

/** Everyone on the roster today with an e-mail address, when the manager asked to invite them. */
function attendeesOf(store: Store, unitId: number, today: IsoDate, inviteStaff: boolean): Person[] {
  if (!inviteStaff) return [];
  return store.staff
    .list(unitId, today, false)
    .filter((member) => member.email !== '')
    .map(({ name, email }) => ({ name, email }));
}

/** One weekly series for a rule's weeks in the plan, from its first week to its last. */
function seriesOf(store: Store, unit: Unit, rule: SlotRule, sessions: PlannedSession[]): SeriesEvent {
  const first = sessions[0]!;
  const last = sessions.at(-1)!;
  const byWeek = new Map(sessions.map((session) => [session.week, session]));
  const excluded: WallClock[] = [];
  const moved: SeriesEvent['moved'] = [];
  // Every week between the first and the last: a week the plan has no session for is left
  // out too, so the series never shows a session the app does not.
  for (const week of weeksBetween(first.ruleDate, last.ruleDate)) {
    const occurrence = { date: dateInWeek(week, rule.weekday), time: rule.startTime };
    const session = byWeek.get(week);
    if (!session || !TAKES_PLACE.has(session.status)) {
      excluded.push(occurrence);
    } else if (session.date !== occurrence.date || session.startTime !== rule.startTime || session.durationMinutes !== rule.durationMinutes) {
      moved.push({ recurrenceId: occurrence, start: { date: session.date, time: session.startTime }, durationMinutes: session.durationMinutes });
    }
  }
  return {
    uid: uidOf(store, 'enhet', unit.id, 'veckotid', rule.id),
    ...sessionText(unit),
    start: { date: first.ruleDate, time: rule.startTime },
    durationMinutes: rule.durationMinutes,
    untilDate: last.ruleDate,
    excluded,
    moved,
  };
}

/** The unit's supervision in [from, to]: one series per slot rule in force in the period. */
export function sessionsCalendar(
  store: Store,
  unit: Unit,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  inviteStaff: boolean,
  now: Date,
): CalendarContent {
  const sessions = plan(store, unit.id, from, to);
  const rules = store.slotRules.list(unit.id);
  const series = rules
    .map((rule) => ({ rule, ruleSessions: sessions.filter((session) => session.ruleId === rule.id) }))
    .filter(({ ruleSessions }) => ruleSessions.length > 0)
    .map(({ rule, ruleSessions }) => seriesOf(store, unit, rule, ruleSessions));
  return {
    name: translate('calendar.event.session', { unit: unit.name }),
    organizer: organizerOf(unit),
    attendees: attendeesOf(store, unit.id, today, inviteStaff),
    series,
    exportedAt: now,
  };
}

/** The unit's team meetings in [from, to], each its own all-day event. */
export function teamMeetingsCalendar(store: Store, unit: Unit, from: IsoDate, to: IsoDate, now: Date): CalendarContent {
  const occurrences = teamMeetingOccurrences(store.teamMeetings.listDates(unit.id), store.teamMeetings.listPatterns(unit.id), from, to);
  const allDays: AllDayEvent[] = occurrences.map((meeting) => ({
    // A recurring meeting's occurrences differ by date; a one-off date is its own row.
    uid:
      meeting.source === 'date'
        ? uidOf(store, 'enhet', unit.id, 'teamtraff', meeting.id)
        : uidOf(store, 'enhet', unit.id, 'teamtraffar', meeting.id, meeting.date),
    summary: translate('calendar.event.teamMeeting', { unit: unit.name }),
    description: translate('calendar.event.teamMeetingNote'),
    location: unit.location,
    date: meeting.date,
  }));
  return {
    name: translate('calendar.event.teamMeeting', { unit: unit.name }),
    organizer: organizerOf(unit),
    attendees: [],
    allDays,
    exportedAt: now,
  };
}

/** One week's session on its own, where and when it now takes place. */
export function sessionCalendar(store: Store, unit: Unit, week: IsoWeekKey, today: IsoDate, inviteStaff: boolean, now: Date): CalendarContent {
  const session = sessionOfWeek(store, unit.id, week);
  if (!TAKES_PLACE.has(session.status)) {
    throw new DomainError('CONFLICT', 'error.calendar.noSessionThisWeek', { week: session.isoWeek }, 'week');
  }
  const single: SingleEvent = {
    uid: uidOf(store, 'enhet', unit.id, 'vecka', week),
    ...sessionText(unit),
    start: { date: session.date, time: session.startTime },
    durationMinutes: session.durationMinutes,
  };
  return {
    name: translate('calendar.event.session', { unit: unit.name }),
    organizer: organizerOf(unit),
    attendees: attendeesOf(store, unit.id, today, inviteStaff),
    singles: [single],
    exportedAt: now,
  };
}
