import { describe, expect, it } from 'vitest';
import { openingMonth } from '../../renderer/src/billing/openingMonth';

describe('the month Underlag opens on', () => {
  it('is last month while its form for this unit waits to be sent', () => {
    expect(openingMonth('2026-12-02', 1, [{ unitId: 1, month: '2026-11' }])).toBe('2026-11');
  });

  it('also across the turn of the year', () => {
    expect(openingMonth('2027-01-03', 1, [{ unitId: 1, month: '2026-12' }])).toBe('2026-12');
  });

  it('is this month when only another unit, or an older month, is waiting', () => {
    expect(
      openingMonth('2026-12-02', 1, [
        { unitId: 2, month: '2026-11' },
        { unitId: 1, month: '2026-10' },
      ]),
    ).toBe('2026-12');
  });

  it('is this month when the reminders could not be read', () => {
    expect(openingMonth('2026-12-02', 1, null)).toBe('2026-12');
  });
});
