import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as schemas from '../../shared/api/schemas';
import type { NotActiveMember } from '../../shared/domain/roster';
import type * as domain from '../../shared/domain/types';

// The domain's types (shared/domain/types.ts) and the contract's schemas describe the same
// values twice: the types for the domain code, the schemas for every transport. These
// checks run in `npm run typecheck` (tsc reads the test files); a field added, dropped or
// typed differently on one side only fails it. At run time they do nothing.

type Out<S extends z.ZodType> = z.output<S>;

describe('the domain types are what the contract’s schemas produce', () => {
  it('units, slot rules, team meetings and the plan', () => {
    expectTypeOf<Out<typeof schemas.unitSchema>>().toEqualTypeOf<domain.Unit>();
    expectTypeOf<Out<typeof schemas.weekdaySchema>>().toEqualTypeOf<domain.Weekday>();
    expectTypeOf<Out<typeof schemas.slotRuleSchema>>().toEqualTypeOf<domain.SlotRule>();
    expectTypeOf<Out<typeof schemas.teamMeetingRecurrenceSchema>>().toEqualTypeOf<domain.TeamMeetingRecurrence>();
    expectTypeOf<Out<typeof schemas.teamMeetingDateSchema>>().toEqualTypeOf<domain.TeamMeetingDate>();
    expectTypeOf<Out<typeof schemas.teamMeetingPatternSchema>>().toEqualTypeOf<domain.TeamMeetingPattern>();
    expectTypeOf<Out<typeof schemas.plannedSessionSchema>>().toEqualTypeOf<domain.PlannedSession>();
  });

  it('the roster', () => {
    expectTypeOf<Out<typeof schemas.personSchema>>().toEqualTypeOf<domain.Person>();
    expectTypeOf<Out<typeof schemas.staffMemberSchema>>().toEqualTypeOf<domain.StaffMember>();
    expectTypeOf<Out<typeof schemas.personWithUnitsSchema>>().toEqualTypeOf<domain.PersonWithUnits>();
    expectTypeOf<Out<typeof schemas.rosterImportRowSchema>>().toEqualTypeOf<domain.RosterImportRow>();
    expectTypeOf<Out<typeof schemas.notActiveMemberSchema>>().toEqualTypeOf<NotActiveMember>();
  });

  it('a session’s record', () => {
    expectTypeOf<Out<typeof schemas.guestSchema>>().toEqualTypeOf<domain.Guest>();
    expectTypeOf<Out<typeof schemas.attendeeSchema>>().toEqualTypeOf<domain.Attendee>();
    expectTypeOf<Out<typeof schemas.heldRecordSchema>>().toEqualTypeOf<domain.HeldRecord>();
    expectTypeOf<Out<typeof schemas.roleCountsSchema>>().toEqualTypeOf<domain.RoleCounts>();
    expectTypeOf<Out<typeof schemas.agendaNotesSchema>>().toEqualTypeOf<domain.AgendaNotes>();
    expectTypeOf<Out<typeof schemas.documentationChecklistSchema>>().toEqualTypeOf<domain.DocumentationChecklist>();
    expectTypeOf<Out<typeof schemas.caseDiscussedSchema>>().toEqualTypeOf<domain.CaseDiscussed>();
    expectTypeOf<Out<typeof schemas.agreedActionSchema>>().toEqualTypeOf<domain.AgreedAction>();
    expectTypeOf<Out<typeof schemas.sessionDetailSchema>>().toEqualTypeOf<domain.SessionDetail>();
  });

  it('the billing form', () => {
    expectTypeOf<Out<typeof schemas.rateSchema>>().toEqualTypeOf<domain.Rate>();
    expectTypeOf<Out<typeof schemas.billingSettingsSchema>>().toEqualTypeOf<domain.BillingSettings>();
    expectTypeOf<Out<typeof schemas.appSettingsSchema>>().toEqualTypeOf<domain.AppSettings>();
    expectTypeOf<Out<typeof schemas.billingRowSchema>>().toEqualTypeOf<domain.BillingRow>();
    expectTypeOf<Out<typeof schemas.billingTotalsSchema>>().toEqualTypeOf<domain.BillingTotals>();
    expectTypeOf<Out<typeof schemas.billingDifferenceSchema>>().toEqualTypeOf<domain.BillingDifference>();
    expectTypeOf<Out<typeof schemas.billingFormSchema>>().toEqualTypeOf<domain.BillingForm>();
    expectTypeOf<Out<typeof schemas.billingMonthStatusSchema>>().toEqualTypeOf<domain.BillingMonthStatus>();
    expectTypeOf<Out<typeof schemas.billingReminderSchema>>().toEqualTypeOf<domain.BillingReminder>();
    expectTypeOf<Out<typeof schemas.billingSummaryRowSchema>>().toEqualTypeOf<domain.BillingSummaryRow>();
  });

  it('data safety and the audit log', () => {
    expectTypeOf<Out<typeof schemas.backupInfoSchema>>().toEqualTypeOf<domain.BackupInfo>();
    expectTypeOf<Out<typeof schemas.backupOverviewSchema>>().toEqualTypeOf<domain.BackupOverview>();
    expectTypeOf<Out<typeof schemas.databaseHealthSchema>>().toEqualTypeOf<domain.DatabaseHealth>();
    expectTypeOf<Out<typeof schemas.auditEntrySchema>>().toEqualTypeOf<domain.AuditEntry>();
    expectTypeOf<Out<typeof schemas.auditLineSchema>>().toEqualTypeOf<domain.AuditLine>();
  });
});
