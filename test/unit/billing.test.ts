import { describe, expect, it } from 'vitest';
import {
  addMonths,
  billingForm,
  billingMonthState,
  checkCanReopen,
  checkCanSend,
  datesOfMonth,
  daysLeft,
  deadlineOf,
  diffBillingForms,
  isInLastWeekOfMonth,
  monthOf,
  monthsBetween,
  planChangesMonth,
  refuseIfLocked,
  rowAmountOre,
  sentForm,
  type BillingFormInput,
} from '../../shared/domain/billing';
import type { HeldSessionSummary } from '../../shared/domain/plan';
import {
  DEFAULT_BILLABLE_ROLES,
  type BillingSettings,
  type IsoWeekKey,
  type PlannedSession,
  type Rate,
  type StaffRole,
  type Unit,
} from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { holiday, meetingOn, override, pattern, plan, refusal, rule, thursdayAt14, UNIT } from './fixtures';

const unit: Unit = { id: UNIT, name: 'Hemtjänst Norr', providerName: 'Omsorg i Norr AB', managerName: 'Anna Berg', location: '', managerEmail: '' };

function settings(parts: Partial<BillingSettings> = {}): BillingSettings {
  return {
    unitId: UNIT,
    municipality: 'Exempelby kommun',
    providerOrgNumber: '556677-8899',
    costCentre: 'KS 4410',
    managerPhone: '0123-456 78',
    billableRoles: [...DEFAULT_BILLABLE_ROLES],
    rate: null,
    ...parts,
  };
}

/** A session held on `date` (its week's, after any move). */
function held(week: IsoWeekKey, date: string, durationMinutes = 30, startTime = '14:00'): HeldSessionSummary {
  return { week, date, startTime, durationMinutes, participantCount: 0 };
}

const people = (...roles: StaffRole[]) => roles.map((role) => ({ role }));

/** Four care staff, the unit manager, a planner, a rehab assistant; OT, PT and nurse too. */
const FULL_GROUP = people(
  'careStaff',
  'careStaff',
  'careStaff',
  'careStaff',
  'unitManager',
  'planner',
  'rehabAssistant',
  'occupationalTherapist',
  'physiotherapist',
  'nurse',
);

function form(
  month: string,
  sessions: PlannedSession[],
  participants: Record<IsoWeekKey, { role: StaffRole }[]>,
  parts: Partial<BillingFormInput> = {},
) {
  return billingForm({
    unit,
    settings: settings(),
    month,
    sessions,
    participants: new Map(Object.entries(participants)),
    today: '2027-02-15',
    reopened: null,
    ...parts,
  });
}

/** The plan of every week that touches the month. */
const monthPlan = (month: string, parts: Parameters<typeof plan>[2] = {}) => {
  const { from, to } = datesOfMonth(month);
  return plan(from, to, parts);
};

describe('months', () => {
  it('a date belongs to its calendar month', () => {
    expect(monthOf('2026-11-30')).toBe('2026-11');
    expect(monthOf('2026-12-01')).toBe('2026-12');
  });

  it('knows the first and last day, leap years included', () => {
    expect(datesOfMonth('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(datesOfMonth('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(datesOfMonth('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('steps over the turn of the year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11', '2026-10')).toEqual([]);
  });
});

describe('the deadline', () => {
  it('is the 4th of the following month by default, across the turn of the year', () => {
    expect(deadlineOf('2026-11', 4)).toBe('2026-12-04');
    expect(deadlineOf('2026-12', 4)).toBe('2027-01-04');
  });

  it('follows a changed deadline day', () => {
    expect(deadlineOf('2026-11', 15)).toBe('2026-12-15');
  });

  it('counts the days left, negative once passed', () => {
    expect(daysLeft('2026-12-02', '2026-12-04')).toBe(2);
    expect(daysLeft('2026-12-04', '2026-12-04')).toBe(0);
    expect(daysLeft('2026-12-10', '2026-12-04')).toBe(-6);
    expect(daysLeft('2026-12-28', '2027-01-04')).toBe(7);
  });

  it('reminds from the Monday of the week that holds the month’s last day', () => {
    // Thursday 31 December 2026 is in week 53, which starts Monday 28 December.
    expect(isInLastWeekOfMonth('2026-12-27', '2026-12')).toBe(false);
    expect(isInLastWeekOfMonth('2026-12-28', '2026-12')).toBe(true);
    expect(isInLastWeekOfMonth('2026-12-31', '2026-12')).toBe(true);
    expect(isInLastWeekOfMonth('2027-01-01', '2026-12')).toBe(false);
    // November 2026 ends on a Monday: its last week is that one day.
    expect(isInLastWeekOfMonth('2026-11-29', '2026-11')).toBe(false);
    expect(isInLastWeekOfMonth('2026-11-30', '2026-11')).toBe(true);
  });
});

describe('the form counts participants in billable roles', () => {
  const november = monthPlan('2026-11', { held: [held('2026-W45', '2026-11-05')] });

  it('bills the provider’s own staff by default, not the OT, PT and nurse', () => {
    const { rows } = form('2026-11', november, { '2026-W45': FULL_GROUP });
    expect(rows).toEqual([
      {
        week: '2026-W45',
        date: '2026-11-05',
        startTime: '14:00',
        durationMinutes: 30,
        byRole: {
          careStaff: 4,
          occupationalTherapist: 1,
          physiotherapist: 1,
          nurse: 1,
          unitManager: 1,
          planner: 1,
          rehabAssistant: 1,
          other: 0,
        },
        billable: 7,
        participantMinutes: 210,
        amountOre: null,
      },
    ]);
  });

  it('counts the roles the unit has chosen', () => {
    const { rows, billableRoles } = form(
      '2026-11',
      november,
      { '2026-W45': FULL_GROUP },
      {
        settings: settings({ billableRoles: ['nurse', 'careStaff'] }),
      },
    );
    expect(rows[0]?.billable).toBe(5);
    // The form states the roles counted, in their fixed order.
    expect(billableRoles).toEqual(['careStaff', 'nurse']);
  });

  it('counts a guest by the role given, once', () => {
    const guests = people('careStaff', 'careStaff', 'nurse');
    const { rows } = form('2026-11', november, { '2026-W45': [...people('physiotherapist'), ...guests] });
    expect(rows[0]).toMatchObject({ billable: 2, byRole: { careStaff: 2, nurse: 1, physiotherapist: 1 } });
  });

  it('a session held with nobody billable is still a row, with 0', () => {
    const { rows, totals } = form('2026-11', november, { '2026-W45': people('occupationalTherapist', 'nurse') });
    expect(rows[0]?.billable).toBe(0);
    expect(totals).toEqual({ sessions: 1, billableParticipants: 0, participantMinutes: 0, amountOre: null });
  });

  it('carries the header from the unit and its billing settings, and no names', () => {
    const result = form('2026-11', november, { '2026-W45': FULL_GROUP });
    expect(result.header).toEqual({
      municipality: 'Exempelby kommun',
      providerName: 'Omsorg i Norr AB',
      providerOrgNumber: '556677-8899',
      unitName: 'Hemtjänst Norr',
      costCentre: 'KS 4410',
      managerName: 'Anna Berg',
      managerPhone: '0123-456 78',
    });
    expect(result).toMatchObject({
      unitId: UNIT,
      month: '2026-11',
      version: 1,
      status: 'draft',
      sentAt: null,
      producedOn: '2027-02-15',
      correction: null,
    });
  });
});

describe('every week of the month is accounted for', () => {
  // November 2026, Thursdays at 14:00: 5 (W45), 12 (W46), 19 (W47), 26 (W48).
  it('lists cancelled, team-meeting and holiday weeks as not billed, with their reason', () => {
    const sessions = monthPlan('2026-11', {
      held: [held('2026-W46', '2026-11-12')],
      overrides: [override('2026-W47', null, 'Personalbrist')],
      teamMeetingDates: [meetingOn(1, '2026-11-03')],
      holidays: [holiday('2026-11-26', 'Påhittad helgdag')],
    });
    const result = form('2026-11', sessions, { '2026-W46': people('careStaff') });
    expect(result.rows.map((r) => r.week)).toEqual(['2026-W46']);
    expect(result.unbilled).toEqual([
      { week: '2026-W45', date: '2026-11-05', reason: 'teamMeetingWeek', detail: null },
      { week: '2026-W47', date: '2026-11-19', reason: 'cancelled', detail: 'Personalbrist' },
      { week: '2026-W48', date: '2026-11-26', reason: 'holiday', detail: 'Påhittad helgdag' },
    ]);
  });

  it('a past session nobody recorded is listed as not recorded; one still ahead as upcoming', () => {
    const sessions = monthPlan('2026-11', { held: [held('2026-W45', '2026-11-05')] });
    const result = form('2026-11', sessions, { '2026-W45': people('careStaff') }, { today: '2026-11-19' });
    expect(result.unbilled).toEqual([
      { week: '2026-W46', date: '2026-11-12', reason: 'notRecorded', detail: null },
      { week: '2026-W47', date: '2026-11-19', reason: 'notRecorded', detail: null },
      { week: '2026-W48', date: '2026-11-26', reason: 'upcoming', detail: null },
    ]);
  });

  it('a month with no session at all has neither rows nor weeks: nothing was planned', () => {
    const result = form('2026-11', monthPlan('2026-11', { rules: [rule(2, 4, '14:00', '2026-12-01')] }), {});
    expect([result.rows, result.unbilled]).toEqual([[], []]);
  });

  it('a session moved from Monday 30 November to Tuesday 1 December counts in December', () => {
    const mondays = rule(2, 1, '14:00', '2026-01-01');
    const parts = {
      rules: [mondays],
      overrides: [override('2026-W49', { date: '2026-12-01', startTime: '10:00' })],
      held: [held('2026-W49', '2026-12-01', 30, '10:00')],
    };
    const participants = { '2026-W49': people('careStaff', 'careStaff') };

    const november = form('2026-11', monthPlan('2026-11', parts), participants);
    const december = form('2026-12', monthPlan('2026-12', parts), participants);

    expect([...november.rows, ...november.unbilled].map((r) => r.week)).not.toContain('2026-W49');
    expect(december.rows[0]).toMatchObject({ week: '2026-W49', date: '2026-12-01', startTime: '10:00', billable: 2 });
  });

  it('a moved session not held is not recorded in the month of its new day', () => {
    const mondays = rule(2, 1, '14:00', '2026-01-01');
    const parts = { rules: [mondays], overrides: [override('2026-W49', { date: '2026-12-01', startTime: '10:00' })] };
    expect(form('2026-11', monthPlan('2026-11', parts), {}).unbilled.map((u) => u.week)).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(form('2026-12', monthPlan('2026-12', parts), {}).unbilled[0]).toEqual({
      week: '2026-W49',
      date: '2026-12-01',
      reason: 'notRecorded',
      detail: null,
    });
  });

  it('December 2026 holds week 53 by its Thursday 31 December, January 2027 starts with week 1', () => {
    const parts = {
      held: [held('2026-W49', '2026-12-03'), held('2026-W50', '2026-12-10'), held('2026-W53', '2026-12-31'), held('2027-W01', '2027-01-07')],
      overrides: [override('2026-W51', null, 'Luciafirande')],
      holidays: [holiday('2026-12-24', 'Julafton'), holiday('2026-12-25', 'Juldagen'), holiday('2027-01-01', 'Nyårsdagen')],
    };
    const participants = Object.fromEntries(
      ['2026-W49', '2026-W50', '2026-W53', '2027-W01'].map((week) => [week, people('careStaff', 'careStaff', 'careStaff')]),
    );

    const december = form('2026-12', monthPlan('2026-12', parts), participants);
    const january = form('2027-01', monthPlan('2027-01', parts), participants);

    expect(december.rows.map((r) => [r.week, r.date])).toEqual([
      ['2026-W49', '2026-12-03'],
      ['2026-W50', '2026-12-10'],
      ['2026-W53', '2026-12-31'],
    ]);
    expect(december.unbilled).toEqual([
      { week: '2026-W51', date: '2026-12-17', reason: 'cancelled', detail: 'Luciafirande' },
      { week: '2026-W52', date: '2026-12-24', reason: 'holiday', detail: 'Julafton' },
    ]);
    expect(december.totals).toMatchObject({ sessions: 3, billableParticipants: 9, participantMinutes: 270 });
    expect(january.rows[0]).toMatchObject({ week: '2027-W01', date: '2027-01-07' });
    expect([...january.rows, ...january.unbilled].map((r) => r.week)).not.toContain('2026-W53');
  });

  it('a Friday slot puts week 53 in January: Friday 1 January 2027 is nyårsdagen', () => {
    const fridays = rule(3, 5, '09:00', '2026-01-01');
    const parts = { rules: [fridays], holidays: [holiday('2027-01-01', 'Nyårsdagen')] };
    const january = form('2027-01', monthPlan('2027-01', parts), {});
    const december = form('2026-12', monthPlan('2026-12', parts), {});
    expect(january.unbilled[0]).toEqual({ week: '2026-W53', date: '2027-01-01', reason: 'holiday', detail: 'Nyårsdagen' });
    expect(december.unbilled.map((u) => u.week)).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52']);
  });
});

describe('amounts', () => {
  const perHour = (amountOre: number): Rate => ({ kind: 'perParticipantHour', amountOre });

  it('7 participants x 30 minutes at 3,33 kr per hour is 1165,5 öre, rounded to 1166', () => {
    expect(rowAmountOre(perHour(333), 7, 30)).toBe(1166);
  });

  it('rounds to whole öre half away from zero, below half down', () => {
    expect(rowAmountOre(perHour(333), 1, 30)).toBe(167); // 166,5
    expect(rowAmountOre(perHour(100), 1, 20)).toBe(33); // 33,33...
    expect(rowAmountOre(perHour(100), 2, 20)).toBe(67); // 66,66...
    expect(rowAmountOre(perHour(24975), 7, 45)).toBe(131119); // 131118,75
  });

  it('per participant and session multiplies without rounding', () => {
    expect(rowAmountOre({ kind: 'perParticipantSession', amountOre: 12550 }, 7, 30)).toBe(87850);
  });

  it('no rate, no amount', () => {
    expect(rowAmountOre(null, 7, 30)).toBeNull();
  });

  it('the totals are the sums of the rounded rows, so the form adds up on paper', () => {
    const sessions = monthPlan('2026-11', { held: [held('2026-W46', '2026-11-12'), held('2026-W47', '2026-11-19')] });
    const seven = people('careStaff', 'careStaff', 'careStaff', 'careStaff', 'careStaff', 'planner', 'unitManager');
    const result = form('2026-11', sessions, { '2026-W46': seven, '2026-W47': seven }, { settings: settings({ rate: perHour(333) }) });
    expect(result.rows.map((r) => r.amountOre)).toEqual([1166, 1166]);
    // Rounding the sum instead (14 x 30 x 333 / 60 = 2331) would not match the rows.
    expect(result.totals).toEqual({ sessions: 2, billableParticipants: 14, participantMinutes: 420, amountOre: 2332 });
  });

  it('a rate per participant and session', () => {
    const sessions = monthPlan('2026-11', { held: [held('2026-W46', '2026-11-12', 45)] });
    const result = form(
      '2026-11',
      sessions,
      { '2026-W46': people('careStaff', 'careStaff', 'nurse') },
      {
        settings: settings({ rate: { kind: 'perParticipantSession', amountOre: 15000 } }),
      },
    );
    expect(result.rows[0]).toMatchObject({ billable: 2, participantMinutes: 90, amountOre: 30000 });
    expect(result.totals.amountOre).toBe(30000);
    expect(result.rate).toEqual({ kind: 'perParticipantSession', amountOre: 15000 });
  });

  it('an empty month with a rate totals 0 kr; without one, no amount', () => {
    expect(form('2026-11', [], {}, { settings: settings({ rate: perHour(333) }) }).totals.amountOre).toBe(0);
    expect(form('2026-11', [], {}).totals.amountOre).toBeNull();
  });
});

describe('a correction', () => {
  const sessions = monthPlan('2026-11', {
    held: [held('2026-W45', '2026-11-05'), held('2026-W46', '2026-11-12'), held('2026-W47', '2026-11-19')],
  });
  const rate: Rate = { kind: 'perParticipantSession', amountOre: 10000 };
  const first = sentForm(
    form(
      '2026-11',
      sessions,
      { '2026-W45': people('careStaff'), '2026-W46': people('careStaff'), '2026-W47': people('careStaff') },
      {
        settings: settings({ rate }),
      },
    ),
    '2026-12-02T09:15:00',
    '2026-12-02',
  );

  it('a sent form is produced on the day it was sent', () => {
    expect(first).toMatchObject({ status: 'sent', sentAt: '2026-12-02T09:15:00', producedOn: '2026-12-02', version: 1 });
  });

  it('is the next version, with the reason and the differences from the one it replaces', () => {
    // Week 45 had two participants, week 46 was not held after all, week 48 was forgotten.
    const withW48 = monthPlan('2026-11', {
      held: [held('2026-W45', '2026-11-05'), held('2026-W47', '2026-11-19'), held('2026-W48', '2026-11-26')],
    });
    const second = form(
      '2026-11',
      withW48,
      { '2026-W45': people('careStaff', 'careStaff'), '2026-W47': people('careStaff'), '2026-W48': people('planner') },
      { settings: settings({ rate }), reopened: { reason: 'Fel deltagare vecka 45', previous: first } },
    );

    expect(second.version).toBe(2);
    expect(second.correction).toEqual({
      reason: 'Fel deltagare vecka 45',
      previousVersion: 1,
      differences: [
        {
          kind: 'sessionChanged',
          week: '2026-W45',
          date: '2026-11-05',
          billableBefore: 1,
          billableAfter: 2,
          amountBeforeOre: 10000,
          amountAfterOre: 20000,
        },
        {
          kind: 'sessionRemoved',
          week: '2026-W46',
          date: '2026-11-12',
          billableBefore: 1,
          billableAfter: null,
          amountBeforeOre: 10000,
          amountAfterOre: null,
        },
        {
          kind: 'sessionAdded',
          week: '2026-W48',
          date: '2026-11-26',
          billableBefore: null,
          billableAfter: 1,
          amountBeforeOre: null,
          amountAfterOre: 10000,
        },
        { kind: 'totalsChanged', week: null, date: null, billableBefore: 3, billableAfter: 4, amountBeforeOre: 30000, amountAfterOre: 40000 },
      ],
    });
  });

  it('the same form again has no differences', () => {
    expect(diffBillingForms(first, { ...first, version: 2 })).toEqual([]);
  });

  it('a change of time alone is a changed session, the totals stay', () => {
    const later = { ...first, rows: first.rows.map((r) => (r.week === '2026-W46' ? { ...r, startTime: '15:00' } : r)) };
    expect(diffBillingForms(first, later)).toEqual([
      {
        kind: 'sessionChanged',
        week: '2026-W46',
        date: '2026-11-12',
        billableBefore: 1,
        billableAfter: 1,
        amountBeforeOre: 10000,
        amountAfterOre: 10000,
      },
    ]);
  });
});

describe('sending and the lock', () => {
  const november = plan('2026-11-01', '2026-11-30', { rules: [thursdayAt14] });

  it('a month is open until sent, sent until reopened, reopened until sent again', () => {
    expect(billingMonthState(null, null)).toBe('open');
    expect(billingMonthState(1, null)).toBe('sent');
    expect(billingMonthState(1, 1)).toBe('reopened');
    expect(billingMonthState(2, 1)).toBe('sent');
  });

  it('a sent month refuses changes with its Swedish name', () => {
    const error = refusal(() => refuseIfLocked('sent', '2026-11', 'date'));
    expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'error.billing.monthLocked', params: { month: 'november 2026' }, field: 'date' });
    expect(translate(error.messageKey, error.params)).toContain('november 2026');
    expect(() => refuseIfLocked('open', '2026-11')).not.toThrow();
    expect(() => refuseIfLocked('reopened', '2026-11')).not.toThrow();
  });

  it('cannot be sent while a session of the month is still ahead', () => {
    const error = refusal(() => checkCanSend('open', '2026-11', november, '2026-11-20'));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.billing.monthNotOver',
      params: { month: 'november 2026', date: '2026-11-26' },
    });
  });

  it('can be sent the day after the last session, even before the month ends', () => {
    expect(() => checkCanSend('open', '2026-11', november, '2026-11-27')).not.toThrow();
    expect(() => checkCanSend('reopened', '2026-11', november, '2026-11-27')).not.toThrow();
  });

  it('a month with no session at all cannot be sent before it is over, even on its last day', () => {
    const error = refusal(() => checkCanSend('open', '2027-02', [], '2027-02-28'));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.billing.monthWithoutSessionsNotOver',
      params: { month: 'februari 2027', date: '2027-02-28' },
    });
    expect(() => checkCanSend('open', '2027-02', [], '2027-03-01')).not.toThrow();
  });

  it('a session moved out of the month into the next does not hold the month back', () => {
    const mondays = rule(2, 1, '14:00', '2026-01-01');
    const moved = plan('2026-11-01', '2026-11-30', {
      rules: [mondays],
      overrides: [override('2026-W49', { date: '2026-12-01', startTime: '10:00' })],
    });
    expect(() => checkCanSend('open', '2026-11', moved, '2026-11-23')).not.toThrow();
    // Without the move, Monday 30 November is still ahead.
    expect(refusal(() => checkCanSend('open', '2026-11', plan('2026-11-01', '2026-11-30', { rules: [mondays] }), '2026-11-23'))).toMatchObject({
      params: { date: '2026-11-30' },
    });
  });

  it('a session on the last day of the month holds it until that day, across the turn of the year', () => {
    // Thursday 31 December 2026 is in week 53, which ends on Sunday 3 January 2027.
    const december = plan('2026-12-01', '2026-12-31', { rules: [thursdayAt14] });
    expect(refusal(() => checkCanSend('open', '2026-12', december, '2026-12-30'))).toMatchObject({ params: { date: '2026-12-31' } });
    expect(() => checkCanSend('open', '2026-12', december, '2026-12-31')).not.toThrow();
  });

  it('is sent only once per version', () => {
    expect(refusal(() => checkCanSend('sent', '2026-11', november, '2026-12-02'))).toMatchObject({ messageKey: 'error.billing.alreadySent' });
  });

  it('only a sent month can be reopened', () => {
    expect(refusal(() => checkCanReopen('open', '2026-11'))).toMatchObject({ code: 'CONFLICT', messageKey: 'error.billing.notSent' });
    expect(refusal(() => checkCanReopen('reopened', '2026-11'))).toMatchObject({ messageKey: 'error.billing.notSent' });
    expect(() => checkCanReopen('sent', '2026-11')).not.toThrow();
  });
});

describe('a plan change that reaches a sent month', () => {
  // Mondays 14:00 from September. November: week 47 cancelled, week 49 (30 November to
  // 6 December) on Monday 30 November.
  const mondays = rule(2, 1, '14:00', '2026-09-01');
  const before = {
    unitId: UNIT,
    rules: [mondays],
    teamMeetingDates: [],
    teamMeetingPatterns: [],
    overrides: [override('2026-W47', null, 'Personalbrist')],
    holidays: [],
    held: [held('2026-W45', '2026-11-02')],
    sentMonths: [],
  };
  const firstWednesdays = pattern(7, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 3 }, '2026-11-01');
  const thirdWednesdays = pattern(8, { kind: 'nthWeekdayOfMonth', nth: 3, weekday: 3 }, '2026-11-01');

  it('a pattern that turns a cancelled week of the month into a team-meeting week changes it', () => {
    expect(planChangesMonth(before, { ...before, teamMeetingPatterns: [thirdWednesdays] }, '2026-11')).toBe(true);
  });

  it('a pattern with a team-meeting day in a held week changes the month too, as a single date would', () => {
    expect(planChangesMonth(before, { ...before, teamMeetingPatterns: [firstWednesdays] }, '2026-11')).toBe(true);
  });

  it('a pattern that starts after the month, or ends before it, leaves it as it was', () => {
    const fromWeek50 = pattern(7, { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 3 }, '2026-12-07');
    expect(planChangesMonth(before, { ...before, teamMeetingPatterns: [fromWeek50] }, '2026-11')).toBe(false);
    // From 1 December it still reaches November: Wednesday 2 December empties week 49, whose
    // session is Monday 30 November.
    const fromDecember = pattern(7, { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 3 }, '2026-12-01');
    expect(planChangesMonth(before, { ...before, teamMeetingPatterns: [fromDecember] }, '2026-11')).toBe(true);
    const endedOctober = pattern(7, { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 3 }, '2026-09-01', '2026-10-31');
    expect(planChangesMonth({ ...before, teamMeetingPatterns: [endedOctober] }, before, '2026-11')).toBe(false);
  });

  it('ending a pattern early inside the month changes it', () => {
    const weekly = pattern(7, { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 3 }, '2026-09-02');
    const withWeekly = { ...before, teamMeetingPatterns: [weekly] };
    expect(planChangesMonth(withWeekly, { ...before, teamMeetingPatterns: [{ ...weekly, validTo: '2026-11-15' }] }, '2026-11')).toBe(true);
  });

  it('a week spanning two months belongs to the month its session is dated in', () => {
    // A team meeting on Tuesday 1 December empties week 49, whose session is Monday 30 November.
    const onFirstDecember = { ...before, teamMeetingDates: [meetingOn(3, '2026-12-01')] };
    expect(planChangesMonth(before, onFirstDecember, '2026-11')).toBe(true);
    // Moved to Tuesday 1 December, the session is December's: November keeps its weeks.
    const moved = { ...before, overrides: [...before.overrides, override('2026-W49', { date: '2026-12-01', startTime: '10:00' })] };
    expect(planChangesMonth(moved, { ...moved, teamMeetingDates: [meetingOn(3, '2026-12-02')] }, '2026-11')).toBe(false);
    expect(planChangesMonth(moved, { ...moved, teamMeetingDates: [meetingOn(3, '2026-12-02')] }, '2026-12')).toBe(true);
  });

  it('a slot rule that re-plans a week of the month changes it; one from after the month does not', () => {
    const thursdaysFromNovember = rule(3, 4, '14:00', '2026-11-20');
    expect(planChangesMonth(before, { ...before, rules: [mondays, thursdaysFromNovember] }, '2026-11')).toBe(true);
    const thursdaysFromDecember = rule(3, 4, '14:00', '2026-12-07');
    expect(planChangesMonth(before, { ...before, rules: [mondays, thursdaysFromDecember] }, '2026-11')).toBe(false);
  });

  it('a first rule that starts in the past plans weeks into an empty month', () => {
    const empty = { ...before, rules: [], overrides: [], held: [] };
    expect(planChangesMonth(empty, { ...empty, rules: [rule(3, 4, '14:00', '2027-02-15')] }, '2027-02')).toBe(true);
    expect(planChangesMonth(empty, { ...empty, rules: [rule(3, 4, '14:00', '2027-03-01')] }, '2027-02')).toBe(false);
  });
});
