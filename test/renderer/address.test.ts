import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, weekKey } from '../../shared/domain/calendar';
import { addressOf, formatAddress, MAX_RANGE_WEEKS, parseAddress, type Address, type View } from '../../renderer/src/app/address';

const plan = (unitId: number | null) => addressOf('planning', unitId);

describe('the address of a view', () => {
  it('reads and writes the unit, the view and its week, range, month or year in Swedish words', () => {
    const cases: [string, Address][] = [
      ['#/enhet/3/planering?fran=2027-W01&till=2027-W16', addressOf('planning', 3, { range: { from: '2027-W01', to: '2027-W16' } })],
      ['#/enhet/3/planering', plan(3)],
      ['#/enhet/3/tillfalle/2027-W05', addressOf('session', 3, { week: '2027-W05' })],
      ['#/enhet/3/underlag/2027-01', addressOf('billing', 3, { month: '2027-01' })],
      ['#/enhet/3/underlag', addressOf('billing', 3)],
      ['#/enhet/3/ar/2027', addressOf('yearOverview', 3, { year: 2027 })],
      ['#/enhet/3/ar', addressOf('yearOverview', 3)],
      ['#/enhet/3/statistik?fran=2027-01-01&till=2027-06-30', addressOf('statistics', 3, { period: { from: '2027-01-01', to: '2027-06-30' } })],
      ['#/enhet/3/statistik', addressOf('statistics', 3)],
      [
        '#/alla-enheter/statistik?fran=2027-01-01&till=2027-06-30',
        addressOf('statistics', null, { period: { from: '2027-01-01', to: '2027-06-30' }, allUnits: true }),
      ],
      ['#/alla-enheter/statistik', addressOf('statistics', null, { allUnits: true })],
      ['#/enhet/12/personal', addressOf('staff', 12)],
      ['#/enhet/12/installningar', addressOf('settings', 12)],
      ['#/sakerhetskopior', addressOf('backups', null)],
      ['#/logg', addressOf('auditLog', null)],
      ['#/ny-enhet', addressOf('newUnit', null)],
    ];
    for (const [hash, address] of cases) {
      expect(parseAddress(hash), hash).toEqual(address);
      expect(formatAddress(address)).toBe(hash);
    }
  });

  it('reads the old addresses without a unit as the same view of the unit shown', () => {
    expect(parseAddress('#/planering')).toEqual(plan(null));
    expect(parseAddress('#/tillfalle/2026-W48')).toEqual(addressOf('session', null, { week: '2026-W48' }));
    expect(parseAddress('#/underlag')).toEqual(addressOf('billing', null));
    expect(parseAddress('#/personal')).toEqual(addressOf('staff', null));
    expect(parseAddress('#/installningar')).toEqual(addressOf('settings', null));
  });

  it('leaves the unit out of the views that are the same for every unit', () => {
    expect(formatAddress(addressOf('auditLog', 3))).toBe('#/logg');
    expect(parseAddress('#/enhet/3/logg')).toEqual(addressOf('auditLog', 3));
  });

  it('lands an empty, unknown or garbled address on the plan', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/finns-inte',
      'planering',
      '#/enhet',
      '#/enhet/3',
      '#/enhet/3/planering/extra',
      '#/%E0%A4%A',
      '#/personal/3',
    ]) {
      expect(parseAddress(hash).view, hash).toBe('planning');
    }
    expect(parseAddress('#/enhet/3/något-annat')).toEqual(plan(3));
  });

  it('reads a unit id only as a plain positive number', () => {
    for (const id of ['0', '-1', '1e3', '03', 'abc', '1234567890', '9007199254740993', '3.5', ' 3']) {
      expect(parseAddress(`#/enhet/${id}/personal`), id).toEqual(addressOf('staff', null));
    }
  });

  it('opens a session only on a real week', () => {
    for (const week of ['2026-W54', '2025-W53', '2026-W00', '2026-w05', '1800-W01', '2026-W5', '']) {
      expect(parseAddress(`#/enhet/3/tillfalle/${week}`), week).toEqual(plan(3));
    }
    expect(parseAddress('#/enhet/3/tillfalle/2026-W53').week).toBe('2026-W53');
  });

  it('opens the billing form on its own month when the month is not a real one', () => {
    for (const month of ['2027-13', '2027-00', '2027-1', '27-01', '9999-01', 'januari']) {
      expect(parseAddress(`#/enhet/3/underlag/${month}`), month).toEqual(addressOf('billing', 3));
    }
  });

  it('opens the year overview on this year when the year is not one the calendar knows', () => {
    for (const year of ['27', '02027', '1899', '2200', '2027-01', 'i år', '2027.5']) {
      expect(parseAddress(`#/enhet/3/ar/${year}`), year).toEqual(addressOf('yearOverview', 3));
    }
    expect(parseAddress('#/enhet/3/ar/2026').year).toBe(2026);
    expect(parseAddress('#/enhet/3/ar/2026/extra')).toEqual(plan(3));
  });

  it('shows the default plan window for a range that is backwards, half, unreal or too long', () => {
    const longest = { from: '2026-W01', to: weekKey(2026 + Math.floor((MAX_RANGE_WEEKS - 1) / 53), 1) };
    for (const query of [
      'fran=2027-W16&till=2027-W01',
      'fran=2027-W01',
      'till=2027-W01',
      'fran=2027-W60&till=2027-W70',
      'fran=1900-W02&till=2200-W50',
      'fran=2026-W01&till=2028-W30',
      'fran=x&till=y',
    ]) {
      expect(parseAddress(`#/enhet/3/planering?${query}`), query).toEqual(plan(3));
    }
    expect(parseAddress(`#/enhet/3/planering?fran=${longest.from}&till=${longest.to}`).range).toEqual(longest);
    expect(parseAddress('#/enhet/3/planering?fran=2027-W05&till=2027-W05').range).toEqual({ from: '2027-W05', to: '2027-W05' });
  });

  it('shows the statistics from the routine start for a period that is backwards, half, unreal or too long', () => {
    for (const query of [
      'fran=2027-06-30&till=2027-01-01',
      'fran=2027-01-01',
      'till=2027-06-30',
      'fran=2027-02-30&till=2027-06-30',
      'fran=2027-01-01&till=2030-01-01',
      'fran=2027-W01&till=2027-W10',
      'fran=x&till=y',
    ]) {
      expect(parseAddress(`#/enhet/3/statistik?${query}`), query).toEqual(addressOf('statistics', 3));
      expect(parseAddress(`#/alla-enheter/statistik?${query}`), query).toEqual(addressOf('statistics', null, { allUnits: true }));
    }
    expect(parseAddress('#/enhet/3/statistik?fran=2027-03-03&till=2027-03-03').period).toEqual({ from: '2027-03-03', to: '2027-03-03' });
  });

  it('shows only the statistics for every unit at once: any other view of "alla enheter" is the plan', () => {
    for (const hash of ['#/alla-enheter/planering', '#/alla-enheter/underlag/2027-01', '#/alla-enheter', '#/alla-enheter/statistik/extra']) {
      expect(parseAddress(hash), hash).toEqual(plan(null));
    }
  });

  it('does not read an address longer than any it writes', () => {
    expect(parseAddress(`#/enhet/3/personal?${'x'.repeat(500)}`)).toEqual(plan(null));
  });
});

const VIEWS: View[] = ['planning', 'settings', 'newUnit', 'staff', 'billing', 'backups', 'auditLog', 'session', 'yearOverview', 'statistics'];
const weekArb = fc
  .record({ year: fc.integer({ min: 1990, max: 2150 }), week: fc.integer({ min: 1, max: 52 }) })
  .map(({ year, week }) => weekKey(year, week));
const monthArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);
const addressArb: fc.Arbitrary<Address> = fc
  .record({
    view: fc.constantFrom(...VIEWS),
    unitId: fc.option(fc.integer({ min: 1, max: 999_999_999 })),
    week: weekArb,
    start: weekArb,
    length: fc.integer({ min: 0, max: 100 }),
    month: fc.option(monthArb),
    year: fc.option(fc.integer({ min: 1900, max: 2199 })),
    withRange: fc.boolean(),
    day: fc.integer({ min: 0, max: 20_000 }),
    days: fc.integer({ min: 0, max: 800 }),
    allUnits: fc.boolean(),
  })
  .map(({ view, unitId, week, start, length, month, year, withRange, day, days, allUnits }) => {
    const [y, w] = start.split('-W').map(Number) as [number, number];
    // Stays within week 52 of a later year, so the end is a real week at most 100 weeks on.
    const end = weekKey(y + Math.floor((w - 1 + length) / 52), ((w - 1 + length) % 52) + 1);
    const global = view === 'newUnit' || view === 'backups' || view === 'auditLog';
    const every = view === 'statistics' && allUnits;
    const first = addDaysIso('2000-01-01', day);
    return addressOf(view, global || every ? null : unitId, {
      week: view === 'session' ? week : null,
      range: view === 'planning' && withRange ? { from: start, to: end } : null,
      month: view === 'billing' ? month : null,
      year: view === 'yearOverview' ? year : null,
      period: view === 'statistics' && withRange ? { from: first, to: addDaysIso(first, days) } : null,
      allUnits: every,
    });
  });

describe('the address, for any address', () => {
  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(addressArb, (address) => {
        expect(parseAddress(formatAddress(address))).toEqual(address);
      }),
    );
  });

  it('never throws, and what it makes of any text is already in its own form (no redirect loop)', () => {
    const pieces = fc.constantFrom(
      '#',
      '/',
      'enhet',
      '3',
      'planering',
      'tillfalle',
      'underlag',
      'ar',
      '2027',
      'statistik',
      'alla-enheter',
      '2027-01-31',
      '2027-W05',
      '2027-01',
      '?',
      'fran=',
      'till=',
      '&',
      '%',
      '%2F',
      '..',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (hash) => {
        const once = formatAddress(parseAddress(hash));
        expect(formatAddress(parseAddress(once))).toBe(once);
      }),
    );
  });
});
