import { describe, expect, it } from 'vitest';
import { checkNewSlotRule, ruleForWeek, ruleInForceOn } from '../../shared/domain/slotRules';
import { refusal, rule, thursdayAt14 } from './fixtures';

const mondayAt9 = rule(2, 1, '09:00', '2026-11-25');

describe('the weekly slot rule in force', () => {
  it('no rule, no session: weeks before the first rule have none', () => {
    expect(ruleForWeek([thursdayAt14], '2025-W52')).toBeNull();
    expect(ruleForWeek([], '2026-W10')).toBeNull();
  });

  it('the first week of a rule counts when its weekday is on or after validFrom', () => {
    // 2026-01-01 is a Thursday in 2026-W01.
    expect(ruleForWeek([thursdayAt14], '2026-W01')).toEqual({ rule: thursdayAt14, date: '2026-01-01' });
    expect(ruleForWeek([rule(1, 2, '10:00', '2026-01-01')], '2026-W01')).toBeNull();
  });

  it('a rule change does not touch the past: the old day holds until the new rule can meet', () => {
    const rules = [thursdayAt14, mondayAt9];
    expect(ruleForWeek(rules, '2026-W47')).toEqual({ rule: thursdayAt14, date: '2026-11-19' });
    // Monday 23rd is before the new rule's validFrom (Wednesday 25th): the week keeps Thursday.
    expect(ruleForWeek(rules, '2026-W48')).toEqual({ rule: thursdayAt14, date: '2026-11-26' });
    expect(ruleForWeek(rules, '2026-W49')).toEqual({ rule: mondayAt9, date: '2026-11-30' });
  });

  it('a session that took place early in the week stays when a later-weekday rule starts mid-week', () => {
    const mondayRule = rule(1, 1, '09:00', '2026-01-01');
    const thursdayFromWednesday = rule(2, 4, '14:00', '2026-11-25');
    expect(ruleForWeek([mondayRule, thursdayFromWednesday], '2026-W48')).toEqual({ rule: mondayRule, date: '2026-11-23' });
    expect(ruleForWeek([mondayRule, thursdayFromWednesday], '2026-W49')).toEqual({
      rule: thursdayFromWednesday,
      date: '2026-12-03',
    });
  });

  it('a rule starting on its own weekday holds that day', () => {
    const fromThursday = rule(2, 4, '10:00', '2026-11-26');
    expect(ruleForWeek([thursdayAt14, fromThursday], '2026-W48')).toEqual({ rule: fromThursday, date: '2026-11-26' });
  });

  it('of two rules starting the same day the later-added one is in force', () => {
    const fridays = rule(2, 5, '13:00', '2026-06-01');
    const tuesdays = rule(3, 2, '08:00', '2026-06-01');
    expect(ruleInForceOn([thursdayAt14, fridays, tuesdays], '2026-06-10')).toEqual(tuesdays);
    expect(ruleForWeek([thursdayAt14, fridays, tuesdays], '2026-W24')).toEqual({ rule: tuesdays, date: '2026-06-09' });
  });

  it('refuses a rule change that starts before the first day not yet held or sent, naming that day', () => {
    expect(refusal(() => checkNewSlotRule('2026-11-22', '2026-11-23'))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.ruleChangeBeforeEarliest',
      params: { date: '2026-11-23' },
      field: 'validFrom',
    });
  });

  it('allows a rule change from that first free day on, and any day when nothing is held or sent', () => {
    expect(() => checkNewSlotRule('2026-11-23', '2026-11-23')).not.toThrow();
    expect(() => checkNewSlotRule('2014-01-01', null)).not.toThrow();
  });
});
