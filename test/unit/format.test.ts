import { format } from 'date-fns';
import { sv } from 'date-fns/locale/sv';
import { describe, expect, it } from 'vitest';
import { monthName, monthPeriod, weekLabel, weekdayName } from '../../shared/format/dates';
import { formatHours, formatOre, hoursText, kronorText, parseKronor } from '../../shared/format/numbers';

const NBSP = '\u00a0';

describe('dates in Swedish', () => {
  it('names a month the Swedish way', () => {
    expect(monthName('2026-11')).toBe('november 2026');
    expect(monthName('2027-01')).toBe('januari 2027');
  });

  it('gives a month’s period as its first and last day, February in a leap year too', () => {
    expect(monthPeriod('2026-11')).toBe('2026-11-01 – 2026-11-30');
    expect(monthPeriod('2026-12')).toBe('2026-12-01 – 2026-12-31');
    expect(monthPeriod('2028-02')).toBe('2028-02-01 – 2028-02-29');
  });

  it('names a weekday in lower case', () => {
    expect(weekdayName('2026-05-14')).toBe('torsdag');
  });

  it('names every month and weekday as date-fns format does with the sv locale (read from its word lists instead)', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}` as const);
    expect(months.map(monthName)).toEqual(months.map((m) => format(new Date(`${m}-01T12:00`), 'LLLL yyyy', { locale: sv })));
    const days = Array.from({ length: 7 }, (_, i) => `2026-05-${String(11 + i).padStart(2, '0')}` as const);
    expect(days.map(weekdayName)).toEqual(['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']);
    expect(days.map(weekdayName)).toEqual(days.map((d) => format(new Date(`${d}T12:00`), 'EEEE', { locale: sv })));
  });

  it('labels a week by its ISO number, also week 53', () => {
    expect(weekLabel('2026-W48')).toBe('v. 48');
    expect(weekLabel('2026-W53')).toBe('v. 53');
  });
});

describe('money on screen (formatOre)', () => {
  it('shows kronor with a decimal comma, thousands grouped by a non-breaking space, and "kr"', () => {
    expect(formatOre(116550)).toBe(`1${NBSP}165,50${NBSP}kr`);
    expect(formatOre(123456789)).toBe(`1${NBSP}234${NBSP}567,89${NBSP}kr`);
    expect(formatOre(5)).toBe(`0,05${NBSP}kr`);
    expect(formatOre(0)).toBe(`0,00${NBSP}kr`);
  });

  it('shows a negative amount with a minus sign in front of the whole amount', () => {
    expect(formatOre(-116550)).toBe(`−1${NBSP}165,50${NBSP}kr`);
    expect(formatOre(-5)).toBe(`−0,05${NBSP}kr`);
  });
});

describe('money in files and fields (kronorText)', () => {
  it('writes kronor without grouping, so a spreadsheet and the amount field read it back', () => {
    expect(kronorText(116550)).toBe('1165,50');
    expect(kronorText(33350)).toBe('333,50');
    expect(kronorText(7)).toBe('0,07');
  });

  it('writes a negative amount with an ASCII minus before the kronor', () => {
    expect(kronorText(-116550)).toBe('-1165,50');
    expect(kronorText(-7)).toBe('-0,07');
  });

  it('reads back what it writes', () => {
    for (const ore of [0, 7, 33350, 116550, 123456789]) expect(parseKronor(kronorText(ore))).toBe(ore);
  });
});

describe('typed amounts (parseKronor)', () => {
  it('reads a decimal comma or point, one or two decimals, and whole kronor', () => {
    expect(parseKronor('333,50')).toBe(33350);
    expect(parseKronor('333.5')).toBe(33350);
    expect(parseKronor('333,05')).toBe(33305);
    expect(parseKronor('333')).toBe(33300);
    expect(parseKronor(' 12,5 ')).toBe(1250);
  });

  it('reads thousands grouped by a space or a non-breaking space, as the screen shows them', () => {
    expect(parseKronor('1 200')).toBe(120000);
    expect(parseKronor(`1${NBSP}234${NBSP}567,89`)).toBe(123456789);
  });

  it('gives NaN for anything else, so the schema refuses it with its own message', () => {
    for (const text of ['', 'abc', '-5', '1,234', '12 00', '1 2000', '1.2.3', '12,', '333 kr']) {
      expect(parseKronor(text), text).toBeNaN();
    }
  });
});

describe('participant-hours', () => {
  it('turns minutes into hours to the hundredth, on screen grouped and in files plain', () => {
    expect(formatHours(210)).toBe('3,50');
    expect(hoursText(885)).toBe('14,75');
    expect(formatHours(60 * 1234)).toBe(`1${NBSP}234,00`);
    expect(hoursText(60 * 1234)).toBe('1234,00');
  });

  it('rounds to the nearest hundredth: 1 minute is 0,02 hours, 2 minutes 0,03', () => {
    expect(hoursText(1)).toBe('0,02');
    expect(hoursText(2)).toBe('0,03');
    expect(formatHours(1)).toBe('0,02');
  });

  it('rounds a negative number of minutes as the mirror image of the positive one (half away from zero, like öre)', () => {
    for (const minutes of [1, 2, 3, 29, 210, 885, 60 * 1234]) {
      expect(hoursText(-minutes)).toBe(`-${hoursText(minutes)}`);
      expect(formatHours(-minutes)).toBe(`−${formatHours(minutes)}`);
    }
  });
});
