import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, type ICalCalendar } from 'ical-generator';
import type { ClockTime, IsoDate } from '../../../shared/domain/types';

// The calendar file (.ics), written with ical-generator. Every time is a wall-clock time in
// Europe/Stockholm with its VTIMEZONE, so 14:00 stays 14:00 across the daylight-saving changes
// in every calendar program.

export const TIME_ZONE = 'Europe/Stockholm';

/** A wall-clock moment in Stockholm: a date and a time of day. */
export interface WallClock {
  date: IsoDate;
  time: ClockTime;
}

export interface Person {
  name: string;
  email: string;
}

interface EventText {
  uid: string;
  summary: string;
  description: string;
  location: string;
}

/** A weekly series from `start` to `until` (the last occurrence's day), without `excluded`. */
export interface SeriesEvent extends EventText {
  start: WallClock;
  durationMinutes: number;
  untilDate: IsoDate;
  excluded: WallClock[];
  /** Occurrences that moved: each replaces the one that starts at `recurrenceId`. */
  moved: { recurrenceId: WallClock; start: WallClock; durationMinutes: number }[];
}

export interface SingleEvent extends EventText {
  start: WallClock;
  durationMinutes: number;
}

export interface AllDayEvent extends EventText {
  date: IsoDate;
}

export interface CalendarContent {
  name: string;
  organizer: Person | null;
  attendees: Person[];
  series?: SeriesEvent[];
  singles?: SingleEvent[];
  allDays?: AllDayEvent[];
  /** The backend's clock: DTSTAMP, and the SEQUENCE that makes a re-export the newer version. */
  exportedAt: Date;
}

const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/**
 * ical-generator writes a Date of an event with a time zone by the computer's own clock
 * fields, so the wall-clock time is built from those fields: the same on any computer.
 */
function localDate({ date, time }: WallClock, plusMinutes = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(year, month - 1, day, hours, minutes + plusMinutes);
}

/** An all-day date is written by its UTC fields; noon UTC is that day in every zone near Europe. */
function utcDay(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/**
 * UNTIL is in UTC (RFC 5545, for a DTSTART with TZID). The end of the last day in UTC lies
 * after that day's occurrence (Stockholm is ahead of UTC) and days before the next one.
 */
function untilOf(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 23, 59, 59));
}

export function renderCalendar(content: CalendarContent): string {
  const calendar: ICalCalendar = ical({ prodId: '//Handledning//Kalenderexport//SV', method: ICalCalendarMethod.PUBLISH, name: content.name });
  // No calendar-wide zone: each timed event names its own, and the generator adds its VTIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  // Calendar programs take a re-export as an update only when its SEQUENCE is higher: the
  // export's minute keeps rising, whatever was exported in between.
  const sequence = Math.max(0, Math.floor((content.exportedAt.getTime() - SEQUENCE_EPOCH) / 60_000));
  const common = (text: EventText) => ({
    id: text.uid,
    summary: text.summary,
    description: text.description,
    location: text.location === '' ? null : text.location,
    stamp: content.exportedAt,
    sequence,
    organizer: content.organizer && content.organizer.email !== '' ? content.organizer : null,
  });
  const timed = (start: WallClock, durationMinutes: number) => ({
    start: localDate(start),
    end: localDate(start, durationMinutes),
    timezone: TIME_ZONE,
  });
  const invite = (event: ReturnType<ICalCalendar['createEvent']>) => {
    for (const person of content.attendees) event.createAttendee({ name: person.name, email: person.email, rsvp: false });
  };

  for (const series of content.series ?? []) {
    invite(
      calendar.createEvent({
        ...common(series),
        ...timed(series.start, series.durationMinutes),
        repeating: {
          freq: ICalEventRepeatingFreq.WEEKLY,
          until: untilOf(series.untilDate),
          ...(series.excluded.length > 0 ? { exclude: series.excluded.map((moment) => localDate(moment)) } : {}),
        },
      }),
    );
    for (const moved of series.moved) {
      invite(calendar.createEvent({ ...common(series), ...timed(moved.start, moved.durationMinutes), recurrenceId: localDate(moved.recurrenceId) }));
    }
  }
  for (const single of content.singles ?? []) {
    invite(calendar.createEvent({ ...common(single), ...timed(single.start, single.durationMinutes) }));
  }
  for (const day of content.allDays ?? []) {
    calendar.createEvent({ ...common(day), allDay: true, start: utcDay(day.date) });
  }
  return calendar.toString();
}
