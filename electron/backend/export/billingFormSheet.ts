import { STAFF_ROLES, type BillingDifference, type BillingForm, type StaffRole, type UnbilledWeek } from '../../../shared/domain/types';
import { monthName, monthPeriod, weekLabel } from '../../../shared/format/dates';
import { kronorText } from '../../../shared/format/numbers';
import { translate } from '../../../shared/i18n/translate';
import { blankRow, count, date, hours, money, row, text, type Sheet, type SheetCell, type SheetRow } from './sheet';

// The month's debiteringsunderlag as a sheet: the header block, the held sessions with a
// totals row, the weeks not billed, and on a correction the differences from the previous
// version. Counts only: the form carries no names of participants, no notes, no case data.

/** The billable roles in the catalog's order, whatever order the settings hold them in. */
function billableRolesOf(form: BillingForm): StaffRole[] {
  return STAFF_ROLES.filter((role) => form.billableRoles.includes(role));
}

function headerBlock(form: BillingForm, roles: StaffRole[]): SheetRow[] {
  const { header } = form;
  const line = (key: Parameters<typeof translate>[0], ...values: SheetCell[]) => row([text(translate(key)), ...values]);
  const rows = [
    row([text(translate('export.form.title'))], 'title'),
    line('export.header.municipality', text(header.municipality)),
    line('export.header.provider', text(header.providerName)),
    line('export.header.orgNumber', text(header.providerOrgNumber)),
    line('export.header.unit', text(header.unitName)),
    line('export.header.costCentre', text(header.costCentre)),
    line('export.header.month', text(monthName(form.month))),
    line('export.header.period', text(monthPeriod(form.month))),
    line('export.header.manager', text(header.managerName)),
    line('export.header.phone', text(header.managerPhone)),
    line('export.header.billableRoles', text(roles.map((role) => translate(`role.${role}`)).join(', '))),
  ];
  if (form.rate) {
    const amount = kronorText(form.rate.amountOre);
    rows.push(line('export.header.rate', text(translate(`export.rate.${form.rate.kind}`, { amount }))));
  }
  const correction = form.correction ? [text(translate('export.header.correction', { previous: form.correction.previousVersion }))] : [];
  rows.push(line('export.header.version', count(form.version), ...correction));
  if (form.correction) rows.push(line('export.header.correctionReason', text(form.correction.reason)));
  const status = form.status === 'sent' ? translate('export.status.sent', { date: form.producedOn }) : translate('export.status.draft');
  rows.push(line('export.header.status', text(status)));
  rows.push(line('export.header.producedOn', date(form.producedOn)));
  return rows;
}

function sessionTable(form: BillingForm, roles: StaffRole[]): SheetRow[] {
  const hasAmount = form.rate !== null;
  const titles = [
    translate('export.column.date'),
    translate('export.column.week'),
    translate('export.column.time'),
    translate('export.column.duration'),
    ...roles.map((role) => translate(`role.${role}`)),
    translate('export.column.billable'),
    translate('export.column.participantMinutes'),
    translate('export.column.participantHours'),
    ...(hasAmount ? [translate('export.column.amount')] : []),
  ];
  const sessions = form.rows.map((session) =>
    row([
      date(session.date),
      text(weekLabel(session.week)),
      text(session.startTime),
      count(session.durationMinutes),
      ...roles.map((role) => count(session.byRole[role])),
      count(session.billable),
      count(session.participantMinutes),
      hours(session.participantMinutes),
      ...(hasAmount ? [money(session.amountOre)] : []),
    ]),
  );
  const { totals } = form;
  const totalsRow = row(
    [
      text(translate('export.totals')),
      null,
      null,
      null,
      ...roles.map((role) => count(form.rows.reduce((sum, session) => sum + session.byRole[role], 0))),
      count(totals.billableParticipants),
      count(totals.participantMinutes),
      hours(totals.participantMinutes),
      ...(hasAmount ? [money(totals.amountOre)] : []),
    ],
    'totals',
  );
  return [
    row([text(translate('export.sessions.title'))], 'section'),
    row(titles.map(text), 'columns'),
    ...sessions,
    totalsRow,
    row([text(translate('export.totals.sessions')), count(totals.sessions)]),
  ];
}

function unbilledReason(week: UnbilledWeek): string {
  switch (week.reason) {
    case 'teamMeetingWeek':
      return translate('export.unbilled.teamMeetingWeek');
    case 'cancelled':
      return week.detail ? translate('export.unbilled.cancelledWithReason', { detail: week.detail }) : translate('export.unbilled.cancelled');
    case 'holiday':
      return week.detail ? translate('export.unbilled.holidayWithName', { detail: week.detail }) : translate('export.unbilled.holiday');
    case 'notRecorded':
      return translate('export.unbilled.notRecorded');
    case 'upcoming':
      return translate('export.unbilled.upcoming');
  }
}

function unbilledTable(form: BillingForm): SheetRow[] {
  const weeks = form.unbilled.map((week) => row([text(weekLabel(week.week)), date(week.date), text(unbilledReason(week))]));
  return [
    row([text(translate('export.unbilled.title'))], 'section'),
    row([translate('export.column.week'), translate('export.column.date'), translate('export.column.reason')].map(text), 'columns'),
    ...(weeks.length > 0 ? weeks : [row([text(translate(form.rows.length > 0 ? 'export.unbilled.none' : 'export.unbilled.noPlan'))])]),
  ];
}

function differenceRow(difference: BillingDifference, hasAmount: boolean): SheetRow {
  const orBlank = (value: number | null) => (value === null ? null : count(value));
  return row([
    difference.week ? text(weekLabel(difference.week)) : null,
    difference.date ? date(difference.date) : null,
    text(translate(`export.difference.${difference.kind}`)),
    orBlank(difference.billableBefore),
    orBlank(difference.billableAfter),
    ...(hasAmount ? [money(difference.amountBeforeOre), money(difference.amountAfterOre)] : []),
  ]);
}

function differencesTable(form: BillingForm): SheetRow[] {
  if (!form.correction) return [];
  const hasAmount = form.rate !== null;
  const titles = [
    translate('export.column.week'),
    translate('export.column.date'),
    translate('export.column.change'),
    translate('export.column.billableBefore'),
    translate('export.column.billableAfter'),
    ...(hasAmount ? [translate('export.column.amountBefore'), translate('export.column.amountAfter')] : []),
  ];
  return [
    blankRow(),
    row([text(translate('export.differences.title', { previous: form.correction.previousVersion }))], 'section'),
    row(titles.map(text), 'columns'),
    ...form.correction.differences.map((difference) => differenceRow(difference, hasAmount)),
  ];
}

export function billingFormSheet(form: BillingForm): Sheet {
  const roles = billableRolesOf(form);
  return {
    name: translate('export.sheet.form'),
    // The first column holds both the header labels and the dates.
    columnWidths: [24, 9, 8, 11, ...roles.map(() => 15), 12, 12, 12, ...(form.rate ? [14] : [])],
    rows: [...headerBlock(form, roles), blankRow(), ...sessionTable(form, roles), blankRow(), ...unbilledTable(form), ...differencesTable(form)],
  };
}
