import type { TFunction } from 'i18next';
import type { ClockTime, TeamMeetingPattern } from '../../shared/domain/types';

function endTime(start: ClockTime, minutes: number): ClockTime {
  const [h, m] = start.split(':').map(Number);
  const total = ((h ?? 0) * 60 + (m ?? 0) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function timeRange(t: TFunction, start: ClockTime, minutes: number): string {
  return t('time.range', { start, end: endTime(start, minutes) });
}

/** Swedish numeral ordinals: 1:a, 2:a, 3:e ... 21:a, 22:a. */
export function ordinal(t: TFunction, n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  return (last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? t('ordinal.a', { n }) : t('ordinal.e', { n });
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Första tisdagen varje månad från 2026-11-23". */
export function describePattern(t: TFunction, pattern: TeamMeetingPattern): string {
  const { recurrence, validFrom } = pattern;
  const description =
    recurrence.kind === 'nthWeekdayOfMonth'
      ? t('units.teamMeetings.describe.nthWeekdayOfMonth', {
          nth: t(`nth.${recurrence.nth}`),
          weekday: t(`weekdayDefinite.${recurrence.weekday}`),
          from: validFrom,
        })
      : t('units.teamMeetings.describe.everyNWeeks', {
          interval: ordinal(t, recurrence.intervalWeeks),
          weekday: t(`weekday.${recurrence.weekday}`),
          from: validFrom,
        });
  const full = pattern.validTo ? t('units.teamMeetings.describe.until', { description, to: pattern.validTo }) : description;
  return capitalize(full);
}
