import { describe, expect, it } from 'vitest';
import { swedishDaysOff } from '../../electron/backend/holidays';

describe('Swedish days off', () => {
  const year2026 = swedishDaysOff('2026-01-01', '2026-12-31');
  const dates = year2026.map((day) => day.date);

  it('include the red days, Easter-based ones too', () => {
    expect(year2026).toContainEqual({ date: '2026-05-14', name: 'Kristi himmelsfärdsdag' });
    expect(dates).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-06-06', '2026-12-25', '2026-12-26']),
    );
  });

  it('include the eves workplaces treat as days off', () => {
    expect(dates).toEqual(expect.arrayContaining(['2026-06-19', '2026-12-24', '2026-12-31']));
  });

  it('leave out days that are working days', () => {
    // påskafton and pingstafton fall on Saturdays anyway; trettondagsafton, valborgsmässoafton,
    // skärtorsdagen and Luciadagen are ordinary working days.
    for (const workingDay of ['2026-01-05', '2026-04-02', '2026-04-30', '2026-12-13']) expect(dates).not.toContain(workingDay);
  });

  it('cover a range across new year, in date order', () => {
    expect(swedishDaysOff('2026-12-28', '2027-01-10').map((day) => day.date)).toEqual(['2026-12-31', '2027-01-01', '2027-01-06']);
  });

  it('are found for Kristi himmelsfärdsdag, a Thursday, every year', () => {
    const ascension = ['2025-05-29', '2026-05-14', '2027-05-06'];
    for (const date of ascension) expect(swedishDaysOff(date, date)).toMatchObject([{ name: 'Kristi himmelsfärdsdag' }]);
  });
});
