import { billingForm, datesOfMonth } from '../../../shared/domain/billing';
import { weekKeyOf } from '../../../shared/domain/calendar';
import { DomainError } from '../../../shared/domain/errors';
import { monthName } from '../../../shared/format/dates';
import type { BillingForm, IsoDate, PlannedSession, Unit, YearMonth } from '../../../shared/domain/types';
import type { Store } from '../store/store';
import { monthRecord, type MonthRecord } from './billingMonth';
import { plan } from './plan';

/** The plan of every ISO week with a day in the month. */
export function monthSessions(store: Store, unitId: number, month: YearMonth): PlannedSession[] {
  const { from, to } = datesOfMonth(month);
  return plan(store, unitId, from, to);
}

/** A sent version exactly as it was stored. */
export function storedForm(store: Store, unitId: number, month: YearMonth, version: number): BillingForm {
  const json = store.billing.versionJson(unitId, month, version);
  if (json === null) {
    throw new DomainError('NOT_FOUND', 'error.billing.versionNotFound', { version, month: monthName(month) }, 'version');
  }
  return JSON.parse(json) as BillingForm;
}

/** The form the month would send now: version 1, or the correction of the last version sent. */
export function draftForm(store: Store, unit: Unit, month: YearMonth, record: MonthRecord, sessions: PlannedSession[], today: IsoDate): BillingForm {
  const { from, to } = datesOfMonth(month);
  const last = record.versions.at(-1);
  return billingForm({
    unit,
    settings: store.billing.settings(unit.id),
    month,
    sessions,
    participants: store.heldSessions.participantRolesBetween(unit.id, weekKeyOf(from), weekKeyOf(to)),
    today,
    reopened:
      record.state === 'reopened' && last && record.reopening
        ? { reason: record.reopening.reason, previous: storedForm(store, unit.id, month, last.version) }
        : null,
  });
}

/** The month's form as it stands: the latest version while sent, else the draft. */
export function currentForm(store: Store, unit: Unit, month: YearMonth, today: IsoDate): { form: BillingForm; record: MonthRecord } {
  const record = monthRecord(store, unit.id, month);
  const last = record.versions.at(-1);
  const form =
    record.state === 'sent' && last
      ? storedForm(store, unit.id, month, last.version)
      : draftForm(store, unit, month, record, monthSessions(store, unit.id, month), today);
  return { form, record };
}
