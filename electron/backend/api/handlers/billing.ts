import type { MethodsOf } from '../../../../shared/api/methods';
import {
  addMonths,
  billingMonthState,
  checkCanReopen,
  checkCanSend,
  datesOfMonth,
  daysLeft,
  deadlineOf,
  isInLastWeekOfMonth,
  monthOf,
  monthsBetween,
  refuseIfBeforeRoutineStart,
  routineStartsAfter,
  sentForm,
  sortRoles,
} from '../../../../shared/domain/billing';
import { mondayOfWeek, weekKeyOf } from '../../../../shared/domain/calendar';
import { displayStatus } from '../../../../shared/domain/plan';
import type {
  AppSettings,
  BillingForm,
  BillingMonthStatus,
  BillingReminder,
  BillingSummaryRow,
  IsoDate,
  Unit,
  YearMonth,
} from '../../../../shared/domain/types';
import { localTimestamp } from '../../clock';
import { billingFormCsv, billingFormXlsx, billingSummaryCsv, billingSummaryXlsx, exportFileName } from '../../export/billingExport';
import { currentForm, draftForm, monthSessions, storedForm } from '../../services/billingForm';
import { monthRecord, routineStartsAfterMonth } from '../../services/billingMonth';
import { storeForEveryUnitMonth } from '../../services/everyUnitMonth';
import { plan } from '../../services/plan';
import { requireUnit } from '../../services/units';
import type { Store } from '../../store/store';
import type { BackendContext, HandlerGroup } from '../types';

/** The 4th: the cut-off one municipality's routine sets for a month's billing adjustments. */
export const DEFAULT_DEADLINE_DAY = 4;

function appSettings(store: Store): AppSettings {
  const stored = Number(store.settings.get('billingDeadlineDay'));
  return { billingDeadlineDay: Number.isInteger(stored) && stored >= 1 && stored <= 28 ? stored : DEFAULT_DEADLINE_DAY };
}

function monthStatus(store: Store, unitId: number, month: YearMonth, today: IsoDate, record = monthRecord(store, unitId, month)): BillingMonthStatus {
  const deadline = deadlineOf(month, appSettings(store).billingDeadlineDay);
  return {
    unitId,
    month,
    state: record.state,
    versions: record.versions,
    deadline,
    daysLeft: daysLeft(today, deadline),
    routineStartsAfter: routineStartsAfterMonth(store, unitId, month, record.state),
  };
}

/**
 * The unit's months that need a form sent and are not sent: every past month with a session
 * dated in it (held or not), the current month from its last week on, and every reopened
 * month. A month is a session's by its date, as on the form: a session moved from the first
 * rule's first week into the month before makes that month billable too. Each says how many
 * of its weeks have passed with nothing recorded ("Ej registrerad" in the plan). A month
 * before the routine started has nothing to bill, even if the slot rule reaches back into it.
 */
function unitReminders(store: Store, unit: Unit, today: IsoDate): BillingReminder[] {
  const current = monthOf(today);
  const lastDue = isInLastWeekOfMonth(today, current) ? current : addMonths(current, -1);
  const sent = new Set<YearMonth>();
  const due = new Set<YearMonth>();
  for (const { month, lastVersion, lastReopenedAfter } of store.billing.months(unit.id)) {
    const state = billingMonthState(lastVersion, lastReopenedAfter);
    if (state === 'sent') sent.add(month);
    if (state === 'reopened') due.add(month);
  }
  const unrecorded = new Map<YearMonth, number>();
  const [firstRule] = store.slotRules.list(unit.id);
  if (firstRule) {
    // A session may be moved to any working day of its week, so the plan starts on the
    // Monday of the first rule's week, which may lie in the month before the rule.
    const start = mondayOfWeek(weekKeyOf(firstRule.validFrom));
    // Sent months need no reminder, so only the unsent ones are planned: the work follows
    // what is outstanding, not the years of history behind it.
    // The plan comes in whole weeks, so a run's first week may begin in the month before it.
    for (const run of unsentRuns(monthOf(start), lastDue, sent)) {
      const from = maxDate(start, datesOfMonth(run.from).from);
      for (const session of plan(store, unit.id, from, datesOfMonth(run.to).to)) {
        const month = monthOf(session.date);
        if (month > lastDue || sent.has(month)) continue;
        due.add(month);
        if (displayStatus(session, today) === 'unrecorded') unrecorded.set(month, (unrecorded.get(month) ?? 0) + 1);
      }
    }
  }
  return [...due]
    .filter((month) => month <= lastDue)
    .sort()
    .map((month) => ({ ...monthStatus(store, unit.id, month, today), unrecordedWeeks: unrecorded.get(month) ?? 0 }))
    .filter((status) => status.state !== 'sent' && status.routineStartsAfter === null);
}

/** The stretches of consecutive months from `first` to `last` that are not in `sent`. */
function unsentRuns(first: YearMonth, last: YearMonth, sent: ReadonlySet<YearMonth>): { from: YearMonth; to: YearMonth }[] {
  const runs: { from: YearMonth; to: YearMonth }[] = [];
  for (const month of monthsBetween(first, last)) {
    if (sent.has(month)) continue;
    const previous = runs.at(-1);
    if (previous && addMonths(previous.to, 1) === month) previous.to = month;
    else runs.push({ from: month, to: month });
  }
  return runs;
}

const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

function summaryRows(store: Store, month: YearMonth, today: IsoDate): BillingSummaryRow[] {
  // Every unit's reads at once: a fixed number of statements, however many units there are.
  const everyUnit = storeForEveryUnitMonth(store, month);
  const routineStarts = store.units.routineStarts();
  return store.units.list().map((unit) => {
    const { form, record } = currentForm(everyUnit, unit, month, today);
    return {
      unitId: unit.id,
      unitName: unit.name,
      ...form.totals,
      sent: record.state === 'sent',
      routineStartsAfter: routineStartsAfter(month, routineStarts.get(unit.id) ?? null, form.rows.length, record.state),
    };
  });
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
/** The CSV text already begins with its BOM; as UTF-8 bytes it survives the trip. */
const utf8Base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export function billingHandlers({ store, today, now }: BackendContext): HandlerGroup<MethodsOf<'billing'>> {
  const formOf = (unitId: number, month: YearMonth) => {
    const unit = requireUnit(store, unitId);
    return { unit, ...currentForm(store, unit, month, today()) };
  };
  const formFileName = (unit: Unit, form: BillingForm, ext: 'xlsx' | 'csv') => exportFileName('form', form.month, unit.name, form.version, ext);

  return {
    'settings.get': () => appSettings(store),
    'settings.save': ({ billingDeadlineDay }) => {
      store.settings.set('billingDeadlineDay', String(billingDeadlineDay));
      return appSettings(store);
    },

    'billing.settings.get': ({ unitId }) => {
      requireUnit(store, unitId);
      return store.billing.settings(unitId);
    },
    'billing.settings.save': (settings) => {
      requireUnit(store, settings.unitId);
      store.billing.saveSettings({ ...settings, billableRoles: sortRoles(settings.billableRoles) });
      return store.billing.settings(settings.unitId);
    },

    'billing.status': ({ unitId, month }) => {
      requireUnit(store, unitId);
      return monthStatus(store, unitId, month, today());
    },
    'billing.form': ({ unitId, month }) => formOf(unitId, month).form,
    'billing.version': ({ unitId, month, version }) => {
      requireUnit(store, unitId);
      return storedForm(store, unitId, month, version);
    },

    // The snapshot is stored as JSON text and never rewritten; the month is locked from now on.
    // A month before the routine started is refused by the very rule billing.status shows, so
    // a reopened one (a form was sent) stays correctable whatever the start says.
    'billing.markSent': ({ unitId, month }) => {
      const unit = requireUnit(store, unitId);
      const record = monthRecord(store, unitId, month);
      refuseIfBeforeRoutineStart(routineStartsAfterMonth(store, unitId, month, record.state), month);
      const sessions = monthSessions(store, unitId, month);
      checkCanSend(record.state, month, sessions, today());
      // Sent at the backend's day and time of day (both injected: frozen in tests).
      const form = sentForm(draftForm(store, unit, month, record, sessions, today()), localTimestamp({ today, now }), today());
      store.billing.insertVersion({
        unitId,
        month,
        version: form.version,
        sentAt: form.sentAt as string,
        correctionReason: form.correction?.reason ?? null,
        formJson: JSON.stringify(form),
      });
      return monthStatus(store, unitId, month, today());
    },
    'billing.reopen': ({ unitId, month, reason }) => {
      requireUnit(store, unitId);
      const record = monthRecord(store, unitId, month);
      checkCanReopen(record.state, month);
      store.billing.insertReopening(unitId, month, record.versions.at(-1)!.version, reason);
      return monthStatus(store, unitId, month, today());
    },

    'billing.reminders': () => store.units.list().flatMap((unit) => unitReminders(store, unit, today())),
    'billing.summary': ({ month }) => summaryRows(store, month, today()),

    // Everything is read before the first await, inside the call's transaction; only the
    // rendering of the file runs after it.
    'billing.exportXlsx': async ({ unitId, month }) => {
      const { unit, form } = formOf(unitId, month);
      return { fileName: formFileName(unit, form, 'xlsx'), base64: base64(await billingFormXlsx(form)) };
    },
    'billing.exportCsv': ({ unitId, month }) => {
      const { unit, form } = formOf(unitId, month);
      return { fileName: formFileName(unit, form, 'csv'), base64: utf8Base64(billingFormCsv(form)) };
    },
    'billing.exportSummaryXlsx': async ({ month }) => {
      const rows = summaryRows(store, month, today());
      return { fileName: exportFileName('summary', month, undefined, undefined, 'xlsx'), base64: base64(await billingSummaryXlsx(month, rows)) };
    },
    'billing.exportSummaryCsv': ({ month }) => ({
      fileName: exportFileName('summary', month, undefined, undefined, 'csv'),
      base64: utf8Base64(billingSummaryCsv(month, summaryRows(store, month, today()))),
    }),
  };
}
