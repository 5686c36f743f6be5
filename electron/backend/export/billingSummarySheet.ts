import type { BillingSummaryRow, YearMonth } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n/translate';
import { monthName } from '../../../shared/format/dates';
import { blankRow, count, hours, money, row, text, type Sheet } from './sheet';

// One month across all units of this installation, for the economist.

function amountTotal(rows: BillingSummaryRow[]): number | null {
  const amounts = rows.map((unit) => unit.amountOre).filter((amount): amount is number => amount !== null);
  return amounts.length > 0 ? amounts.reduce((sum, amount) => sum + amount, 0) : null;
}

export function billingSummarySheet(month: YearMonth, rows: BillingSummaryRow[]): Sheet {
  const sum = (pick: (unit: BillingSummaryRow) => number) => rows.reduce((total, unit) => total + pick(unit), 0);
  return {
    name: translate('export.sheet.summary'),
    columnWidths: [30, 11, 12, 12, 14, 9],
    rows: [
      row([text(translate('export.summary.title'))], 'title'),
      row([text(translate('export.header.month')), text(monthName(month))]),
      blankRow(),
      row(
        [
          translate('export.column.unit'),
          translate('export.column.sessions'),
          translate('export.column.billable'),
          translate('export.column.participantHours'),
          translate('export.column.amount'),
          translate('export.column.sent'),
        ].map(text),
        'columns',
      ),
      ...rows.map((unit) =>
        row([
          text(unit.unitName),
          count(unit.sessions),
          count(unit.billableParticipants),
          hours(unit.participantMinutes),
          money(unit.amountOre),
          text(translate(unit.routineStartsAfter ? 'export.notStarted' : unit.sent ? 'export.yes' : 'export.no')),
        ]),
      ),
      row(
        [
          text(translate('export.totals')),
          count(sum((unit) => unit.sessions)),
          count(sum((unit) => unit.billableParticipants)),
          hours(sum((unit) => unit.participantMinutes)),
          money(amountTotal(rows)),
          null,
        ],
        'totals',
      ),
    ],
  };
}
