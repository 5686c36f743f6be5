import ICAL from 'ical.js';

/** Every occurrence a calendar file holds, recurrences expanded by ical.js (an independent parser): "2026-12-10 14:00". */
export function occurrencesOf(ics: string): string[] {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = root.getAllSubcomponents('vevent');
  const shown: string[] = [];
  for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(master);
    for (const exception of vevents.filter((v) => v.hasProperty('recurrence-id'))) event.relateException(exception);
    const iterator = event.iterator();
    for (let next = iterator.next(), guard = 0; next && guard < 200; next = iterator.next(), guard++) {
      shown.push(event.getOccurrenceDetails(next).startDate.toString().replace('T', ' ').slice(0, 16));
      if (!event.isRecurring()) break;
    }
  }
  return shown.sort();
}
