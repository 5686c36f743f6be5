import { describe, expect, it } from 'vitest';
import type { BillingDifference } from '../../shared/domain/types';
import { describeDifference } from '../../renderer/src/billing/differences';
import { swedishT } from './translation';

const t = swedishT();
const NBSP = '\u00a0';
const none = { week: null, date: null, billableBefore: null, billableAfter: null, amountBeforeOre: null, amountAfterOre: null };
const diff = (parts: Partial<BillingDifference> & Pick<BillingDifference, 'kind'>): BillingDifference => ({ ...none, ...parts });
const at = { week: '2026-W47', date: '2026-11-19' };

describe('a correction in words', () => {
  it('names an added session by its date and week number, with the billable participants', () => {
    expect(describeDifference(t, diff({ kind: 'sessionAdded', ...at, billableAfter: 6 }))).toBe(
      'Tillagt: tillfället 2026-11-19 (vecka 47) med 6 debiterbara deltagare.',
    );
  });

  it('a changed session with the same participants says only that the time or length changed', () => {
    expect(describeDifference(t, diff({ kind: 'sessionChanged', ...at, billableBefore: 4, billableAfter: 4 }))).toBe(
      'Ändrat: tillfället 2026-11-19 (vecka 47) har ändrad tid eller längd.',
    );
  });

  it('adds the amount in kronor when it changed, also from or to nothing', () => {
    const totals = diff({ kind: 'totalsChanged', billableBefore: 10, billableAfter: 12, amountBeforeOre: 100000, amountAfterOre: 120050 });
    expect(describeDifference(t, totals)).toBe(
      `Summa debiterbara deltagare: 12 i stället för 10. Belopp: 1${NBSP}200,50${NBSP}kr i stället för 1${NBSP}000,00${NBSP}kr.`,
    );
    const removed = diff({ kind: 'sessionRemoved', ...at, billableBefore: 3, amountBeforeOre: 30000 });
    expect(describeDifference(t, removed)).toContain(`Belopp: 0,00${NBSP}kr i stället för 300,00${NBSP}kr.`);
  });

  it('leaves the amount out when it did not change or there is no rate', () => {
    const same = diff({ kind: 'totalsChanged', billableBefore: 10, billableAfter: 10, amountBeforeOre: 500, amountAfterOre: 500 });
    expect(describeDifference(t, same)).toBe('Summorna är ändrade.');
    expect(describeDifference(t, diff({ kind: 'totalsChanged', billableBefore: 1, billableAfter: 2 }))).not.toContain('Belopp');
  });
});
