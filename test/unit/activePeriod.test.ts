import { describe, expect, it } from 'vitest';
import { checkActivePeriod } from '../../shared/domain/activePeriod';
import { notActiveOn } from '../../shared/domain/roster';
import type { StaffMember } from '../../shared/domain/types';
import { refusal } from './fixtures';

const open = { activeFrom: '2026-12-01', activeTo: null };
const attended = { first: '2026-12-03', last: '2026-12-10' };

describe('a corrected active period', () => {
  it('may start and end on one day', () => {
    expect(() => checkActivePeriod('Anna', open, { activeFrom: '2026-12-03', activeTo: '2026-12-03' }, null, [])).not.toThrow();
  });

  it('may start on the first session attended and end on the last, not a day later or earlier', () => {
    expect(() => checkActivePeriod('Anna', open, { activeFrom: '2026-12-03', activeTo: '2026-12-10' }, attended, [])).not.toThrow();
    expect(refusal(() => checkActivePeriod('Anna', open, { activeFrom: '2026-12-04', activeTo: null }, attended, []))).toMatchObject({
      messageKey: 'error.staff.startAfterAttended',
      params: { name: 'Anna', date: '2026-12-03' },
      field: 'activeFrom',
    });
    expect(refusal(() => checkActivePeriod('Anna', open, { activeFrom: '2026-12-01', activeTo: '2026-12-09' }, attended, []))).toMatchObject({
      messageKey: 'error.staff.endBeforeAttended',
      params: { name: 'Anna', date: '2026-12-10' },
      field: 'activeTo',
    });
  });

  it('changes no day of a sent month: the start onto its last day, or an open end closed inside it', () => {
    expect(refusal(() => checkActivePeriod('Anna', open, { activeFrom: '2026-11-30', activeTo: null }, null, ['2026-11']))).toMatchObject({
      messageKey: 'error.billing.monthLocked',
      field: 'activeFrom',
    });
    const fromOctober = { activeFrom: '2026-10-01', activeTo: null };
    expect(
      refusal(() => checkActivePeriod('Anna', fromOctober, { activeFrom: '2026-10-01', activeTo: '2026-11-29' }, null, ['2026-11'])),
    ).toMatchObject({
      messageKey: 'error.billing.monthLocked',
      field: 'activeTo',
    });
    // Ending on the sent month's last day changes only December on.
    expect(() => checkActivePeriod('Anna', fromOctober, { activeFrom: '2026-10-01', activeTo: '2026-11-30' }, null, ['2026-11'])).not.toThrow();
    expect(() => checkActivePeriod('Anna', { activeFrom: '2026-10-01', activeTo: '2026-11-30' }, fromOctober, null, ['2026-11'])).not.toThrow();
  });
});

describe('who is not active on a day', () => {
  const member = (id: number, activeFrom: string, activeTo: string | null): StaffMember => ({
    id,
    name: `P${id}`,
    role: 'careStaff',
    employment: 'regular',
    email: '',
    unitId: 1,
    activeFrom,
    activeTo,
  });

  it('names those starting after it and those who left in the eight weeks before it, not the active', () => {
    const members = [
      member(1, '2026-12-04', null),
      member(2, '2026-01-01', '2026-10-08'),
      member(3, '2026-01-01', '2026-10-07'),
      member(4, '2026-12-03', '2026-12-03'),
    ];
    expect(notActiveOn(members, '2026-12-03')).toEqual([
      { personId: 1, name: 'P1', reason: 'notStarted', date: '2026-12-04' },
      { personId: 2, name: 'P2', reason: 'left', date: '2026-10-08' },
    ]);
  });
});
