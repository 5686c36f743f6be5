import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import type { PlannedSession } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// The calendar file is read back with ical.js, an independent parser, and its recurrence is
// expanded over 2026: a year with week 53, summer time from 29 March and winter time from
// 25 October. What the calendar program shows must be exactly the app's own plan.
//
// Hemtjänst Norr meets on Thursdays at 14:00 (60 min) from New Year's Day (a holiday), and on
// Tuesdays at 09:30 (45 min) from August. Week 6 was held at 13:00 for 45 minutes, week 10
// is a team-meeting week, week 12 is cancelled, week 16 and week 40 (into October) are moved,
// Ascension Day (14 May) is a holiday and team meetings the first Tuesday of the month take
// weeks 41, 45 and 49 from October.
const TODAY = '2026-02-16';
const YEAR = { from: '2025-12-29', to: '2027-01-03' };
const EXPORTED_AT = new Date('2026-02-16T08:15:00Z');

let test: TestBackend;
let unitId: number;
let rules: { thursday: number; tuesday: number };
let staff: { eva: number; bo: number; cia: number; dan: number };

const call = <M extends Parameters<TestBackend['call']>[0]>(method: M, input: MethodInput<M>) => test.call(method, input);

beforeEach(async () => {
  test = await startTestBackend(TODAY, () => EXPORTED_AT);
  unitId = (await call('units.create', NORR)).id;
  const add = async (name: string, role: 'physiotherapist' | 'careStaff', email: string) =>
    (await call('staff.add', { unitId, name, role, employment: 'regular', activeFrom: '2026-01-01', email })).id;
  staff = {
    eva: await add('Eva Falk', 'physiotherapist', 'eva.falk@kommun.se'),
    bo: await add('Bo Ek', 'careStaff', ''),
    cia: await add('Cia Lund', 'careStaff', 'cia.lund@kommun.se'),
    dan: await add('Dan Berg', 'careStaff', 'dan.berg@kommun.se'),
  };
  await call('staff.deactivate', { unitId, personId: staff.dan, activeTo: '2026-02-01' });
  rules = {
    thursday: (await call('slotRules.add', { unitId, weekday: 4, startTime: '14:00', durationMinutes: 60, validFrom: '2026-01-01' })).id,
    tuesday: (await call('slotRules.add', { unitId, weekday: 2, startTime: '09:30', durationMinutes: 45, validFrom: '2026-08-01' })).id,
  };
  await call('sessions.recordHeld', {
    unitId,
    week: '2026-W06',
    startTime: '13:00',
    durationMinutes: 45,
    location: 'office',
    chairIds: [staff.eva],
    attendeeIds: [staff.eva, staff.bo],
    guests: [],
  });
  await call('teamMeetings.addDate', { unitId, date: '2026-03-03' });
  await call('teamMeetings.addPattern', { unitId, recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, validFrom: '2026-10-01' });
  await call('sessions.cancel', { unitId, week: '2026-W12', reason: 'Studiedag' });
  await call('sessions.move', { unitId, week: '2026-W16', date: '2026-04-17', startTime: '08:00' });
  await call('sessions.move', { unitId, week: '2026-W40', date: '2026-10-01', startTime: '13:00' });
});
afterEach(() => test.close());

const text = (file: { base64: string }) => Buffer.from(file.base64, 'base64').toString('utf8');

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root;
}

interface Occurrence {
  uid: string;
  date: string;
  time: string;
  minutes: number;
  /** The moment as ical.js places it on the time line. */
  utc: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every occurrence of every event in the file, as a calendar program would show it. */
function expand(ics: string): Occurrence[] {
  const root = parse(ics);
  const vevents = root.getAllSubcomponents('vevent');
  const occurrences: Occurrence[] = [];
  for (const master of vevents.filter((vevent) => !vevent.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(master);
    for (const exception of vevents.filter((v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === event.uid)) {
      event.relateException(exception);
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), guard = 0; next && guard < 200; next = iterator.next(), guard++) {
      const { startDate, endDate } = event.getOccurrenceDetails(next);
      occurrences.push({
        uid: event.uid,
        date: `${startDate.year}-${pad(startDate.month)}-${pad(startDate.day)}`,
        time: `${pad(startDate.hour)}:${pad(startDate.minute)}`,
        minutes: (endDate.toUnixTime() - startDate.toUnixTime()) / 60,
        utc: startDate.toJSDate().toISOString(),
      });
      if (!event.isRecurring()) break;
    }
  }
  return occurrences.sort((a, b) => a.utc.localeCompare(b.utc));
}

/** The UTC moment of a Stockholm wall-clock time, found with the computer's own zone data (Intl). */
function stockholmToUtc(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const inStockholm = new Date(guess.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).replace(' ', 'T') + 'Z');
  return new Date(guess.getTime() - (inStockholm.getTime() - guess.getTime())).toISOString();
}

const takesPlace = (session: PlannedSession) => ['planned', 'held', 'moved'].includes(session.status);

describe('the supervision series as a calendar file', () => {
  it('expanded by ical.js over a year with week 53 and both DST changes, it is the plan, week by week', async () => {
    const file = await call('calendar.sessions', { unitId, ...YEAR });
    const plan = await call('plan.get', { unitId, ...YEAR });
    const expected = plan
      .filter(takesPlace)
      .map((s) => ({ date: s.date, time: s.startTime, minutes: s.durationMinutes, utc: stockholmToUtc(s.date, s.startTime) }));

    const shown = expand(text(file)).map(({ date, time, minutes, utc }) => ({ date, time, minutes, utc }));
    expect(shown).toEqual(expected);

    // The cases the fixture is built on, so the comparison above covers each of them.
    const byWeek = new Map(plan.map((s) => [s.week, s]));
    expect(
      ['2026-W01', '2026-W06', '2026-W10', '2026-W12', '2026-W16', '2026-W20', '2026-W40', '2026-W41', '2026-W53'].map((w) => byWeek.get(w)?.status),
    ).toEqual(['holiday', 'held', 'teamMeetingWeek', 'cancelled', 'moved', 'holiday', 'moved', 'teamMeetingWeek', 'planned']);
    const wallClock = (date: string) => shown.find((o) => o.date === date);
    // 14:00 stays 14:00: 13:00 UTC in winter, 12:00 UTC in summer.
    expect(wallClock('2026-03-26')).toMatchObject({ time: '14:00', utc: '2026-03-26T13:00:00.000Z' });
    expect(wallClock('2026-04-02')).toMatchObject({ time: '14:00', utc: '2026-04-02T12:00:00.000Z' });
    expect(wallClock('2026-10-20')).toMatchObject({ time: '09:30', utc: '2026-10-20T07:30:00.000Z' });
    expect(wallClock('2026-10-27')).toMatchObject({ time: '09:30', utc: '2026-10-27T08:30:00.000Z' });
    // Held at another time, and moved into the month before its rule's day (1 October).
    expect(wallClock('2026-02-05')).toMatchObject({ time: '13:00', minutes: 45 });
    expect(wallClock('2026-10-01')).toMatchObject({ time: '13:00', minutes: 45 });
    expect(wallClock('2026-12-29')).toMatchObject({ time: '09:30', minutes: 45 });
  });

  it('is one weekly series per slot rule, in Stockholm time, with left-out weeks as EXDATE and moves as RECURRENCE-ID', async () => {
    const ics = text(await call('calendar.sessions', { unitId, ...YEAR }));
    const root = parse(ics);
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    const masters = root.getAllSubcomponents('vevent').filter((v) => !v.hasProperty('recurrence-id'));
    expect(masters.map((v) => v.getFirstPropertyValue('rrule')?.toString())).toEqual([
      'FREQ=WEEKLY;UNTIL=20260730T235959Z',
      'FREQ=WEEKLY;UNTIL=20261229T235959Z',
    ]);
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20260101T140000');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20260804T093000');
    const exdates = masters.flatMap((v) => v.getAllProperties('exdate').flatMap((p) => p.getValues().map((t) => (t as ICAL.Time).toString())));
    expect(exdates).toEqual(
      expect.arrayContaining(['2026-01-01T14:00:00', '2026-03-05T14:00:00', '2026-03-19T14:00:00', '2026-05-14T14:00:00', '2026-10-06T09:30:00']),
    );
    const overrides = root.getAllSubcomponents('vevent').filter((v) => v.hasProperty('recurrence-id'));
    expect(overrides.map((v) => (v.getFirstPropertyValue('recurrence-id') as ICAL.Time).toString())).toEqual([
      '2026-02-05T14:00:00',
      '2026-04-16T14:00:00',
      '2026-09-29T09:30:00',
    ]);
    expect(ics).not.toMatch(/DTSTART:\d{8}T\d{6}Z/);
  });

  it('keeps its UIDs when exported again after a change, and names each series by its slot rule', async () => {
    const uids = async () =>
      parse(text(await call('calendar.sessions', { unitId, ...YEAR })))
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('uid'));
    const first = await uids();
    await call('sessions.cancel', { unitId, week: '2026-W22', reason: 'Sjukdom' });
    const second = await uids();
    expect(second).toEqual(first);
    const installationId = test.db.prepare("SELECT value FROM settings WHERE key = 'installationId'").pluck().get() as string;
    expect(installationId).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(first)).toEqual(
      new Set([
        `handledning-enhet-${unitId}-veckotid-${rules.thursday}@${installationId}`,
        `handledning-enhet-${unitId}-veckotid-${rules.tuesday}@${installationId}`,
      ]),
    );
  });

  it('is stamped with the backend’s clock, its SEQUENCE the export’s minute: a later export is the newer version', async () => {
    const first = parse(text(await call('calendar.sessions', { unitId, ...YEAR }))).getFirstSubcomponent('vevent')!;
    expect((first.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate()).toEqual(EXPORTED_AT);
    const sequence = Number(first.getFirstPropertyValue('sequence'));
    expect(sequence).toBe(Math.floor((EXPORTED_AT.getTime() - Date.UTC(2024, 0, 1)) / 60_000));
  });

  it('has the manager as organizer, the place, the fixed agenda, and invites only when asked', async () => {
    await call('units.update', { id: unitId, ...NORR, location: 'Konferensrummet, Storgatan 4', managerEmail: 'anna.berg@kommun.se' });
    const quiet = parse(text(await call('calendar.sessions', { unitId, ...YEAR }))).getFirstSubcomponent('vevent')!;
    expect(quiet.getFirstPropertyValue('organizer')).toBe('mailto:anna.berg@kommun.se');
    expect(quiet.getFirstProperty('organizer')?.getParameter('cn')).toBe('Anna Berg');
    expect(quiet.getFirstPropertyValue('location')).toBe('Konferensrummet, Storgatan 4');
    expect(quiet.getFirstPropertyValue('summary')).toBe('Handledning Hemtjänst Norr');
    expect(quiet.getFirstPropertyValue('description')).toBe(
      [
        'Dagordning:',
        '1. Uppföljning från föregående vecka',
        '2. Veckans dilemman',
        '3. Komplexa brukarärenden',
        '4. Nya rehabiliteringsärenden',
        '5. Ansvarig för åtgärder – vem gör vad?',
      ].join('\n'),
    );
    expect(quiet.getAllProperties('attendee')).toEqual([]);

    const invited = parse(text(await call('calendar.sessions', { unitId, ...YEAR, inviteStaff: true }))).getFirstSubcomponent('vevent')!;
    // On the roster today with an e-mail: not Bo (none), not Dan (left on 1 February).
    expect(invited.getAllProperties('attendee').map((p) => p.getFirstValue())).toEqual(['MAILTO:cia.lund@kommun.se', 'MAILTO:eva.falk@kommun.se']);
  });

  it('carries text with the characters iCalendar escapes unchanged, and no text can add an event or a line of its own', async () => {
    const name = 'Norr; Öst, "B" \\ C';
    const place = 'Rum 3; plan 2, "Gula huset" \\ END:VEVENT';
    await call('units.update', { id: unitId, ...NORR, name, location: place });
    const ics = text(await call('calendar.sessions', { unitId, ...YEAR }));
    const events = parse(ics).getAllSubcomponents('vevent');
    expect(events.map((event) => event.getFirstPropertyValue('location'))).toEqual(events.map(() => place));
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(`Handledning ${name}`);
    // Every line of the file is a property of its own: none starts with text from a field.
    expect(ics.split('\r\n').filter((line) => line.startsWith('END:VEVENT')).length).toBe(events.length);
    // A line break typed into the place is refused before anything is stored.
    const before = dumpDatabase(test.db);
    const refused = await test.send('units.update', { id: unitId, ...NORR, location: 'Rum 3\r\nBEGIN:VEVENT' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { location: 'Skriv platsen på en rad, utan radbrytningar eller tabbar.' } },
    });
    expect(dumpDatabase(test.db)).toEqual(before);
  });

  it('without a manager e-mail has no ORGANIZER', async () => {
    const ics = text(await call('calendar.sessions', { unitId, ...YEAR }));
    expect(ics).not.toContain('ORGANIZER');
  });

  it('a slot-rule change mid-period ends one series the week before the next begins', async () => {
    const occurrences = expand(text(await call('calendar.sessions', { unitId, from: '2026-07-20', to: '2026-08-16' })));
    expect(occurrences.map((o) => [o.date, o.time])).toEqual([
      ['2026-07-23', '14:00'],
      ['2026-07-30', '14:00'],
      ['2026-08-04', '09:30'],
      ['2026-08-11', '09:30'],
    ]);
  });
});

describe('the team meetings as a calendar file', () => {
  it('has each team meeting of the period as an all-day event with a stable UID', async () => {
    const file = await call('calendar.teamMeetings', { unitId, ...YEAR });
    expect(file.fileName).toBe('Teamträffar Hemtjänst Norr 2025-12-29–2027-01-03.ics');
    const events = parse(text(file)).getAllSubcomponents('vevent');
    const days = events.map((v) => {
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
      return [start.isDate, start.toString(), v.getFirstPropertyValue('summary')];
    });
    expect(days).toEqual(['2026-03-03', '2026-10-06', '2026-11-03', '2026-12-01'].map((date) => [true, date, 'Teamträff Hemtjänst Norr']));
    const again = parse(text(await call('calendar.teamMeetings', { unitId, ...YEAR })))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(again).toEqual(events.map((v) => v.getFirstPropertyValue('uid')));
    expect(new Set(again).size).toBe(4);
  });
});

describe('one session as a calendar file', () => {
  it('is a single event where and when the moved session now takes place', async () => {
    const file = await call('calendar.session', { unitId, week: '2026-W40' });
    expect(file.fileName).toBe('Handledning Hemtjänst Norr 2026-10-01.ics');
    const occurrences = expand(text(file));
    expect(occurrences).toEqual([expect.objectContaining({ date: '2026-10-01', time: '13:00', minutes: 45, utc: '2026-10-01T11:00:00.000Z' })]);
    expect(parse(text(file)).getFirstSubcomponent('vevent')?.hasProperty('rrule')).toBe(false);
    const again = expand(text(await call('calendar.session', { unitId, week: '2026-W40' })));
    expect(again[0]!.uid).toBe(occurrences[0]!.uid);
  });

  it('a week without a session to attend is refused with a typed error', async () => {
    const result = await test.send('calendar.session', { unitId, week: '2026-W12' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: translate('error.calendar.noSessionThisWeek', { week: 12 }) } });
  });
});

describe('bad input', () => {
  it('a period that ends before it starts is refused next to the end date, and nothing is written', async () => {
    const before = dumpDatabase(test.db);
    const result = await test.send('calendar.sessions', { unitId, from: '2026-05-01', to: '2026-04-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { to: translate('validation.dateRange', { max: 800 }) } } });
    expect(dumpDatabase(test.db)).toEqual(before);
  });

  it('an unknown unit is NOT_FOUND', async () => {
    const result = await test.send('calendar.teamMeetings', { unitId: 999, ...YEAR });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('an e-mail address that is not one is refused in plain Swedish, for the manager and for a person', async () => {
    const message = translate('validation.email');
    expect(await test.send('units.update', { id: unitId, ...NORR, managerEmail: 'anna.berg' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { managerEmail: message } },
    });
    expect(
      await test.send('staff.update', { personId: staff.bo, name: 'Bo Ek', role: 'careStaff', employment: 'regular', email: 'bo@' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { email: message } },
    });
  });

  it('staff.update without an e-mail keeps the one saved; with one, changes it', async () => {
    const kept = await call('staff.update', { personId: staff.eva, name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    expect(kept.email).toBe('eva.falk@kommun.se');
    const changed = await call('staff.update', {
      personId: staff.eva,
      name: 'Eva Falk',
      role: 'physiotherapist',
      employment: 'regular',
      email: ' eva@kommun.se ',
    });
    expect(changed.email).toBe('eva@kommun.se');
  });
});
