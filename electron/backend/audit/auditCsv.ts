import type { AuditEntry, IsoDate } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n/translate';
import { sheetToCsv } from '../export/csv';
import { row, text, type Sheet } from '../export/sheet';

/** "Handledning logg 2026-11-23.csv" */
export const auditFileName = (today: IsoDate) => `${translate('audit.fileName', { date: today })}.csv`;

/** The whole log as the log view shows it, newest first, in Swedish Excel's CSV dialect. */
export function auditCsv(entries: AuditEntry[]): string {
  const sheet: Sheet = {
    name: translate('audit.sheet'),
    columnWidths: [20, 22, 28, 50],
    rows: [
      row(
        [
          text(translate('audit.column.at')),
          text(translate('audit.column.action')),
          text(translate('audit.column.method')),
          text(translate('audit.column.subject')),
        ],
        'columns',
      ),
      ...entries.map((entry) =>
        row([
          // A space, not the ISO "T": Excel reads "2026-11-23 14:05:12" as a date and time.
          text(entry.at.replace('T', ' ')),
          text(translate(`audit.action.${entry.action}`)),
          text(entry.method),
          text(entry.subject),
        ]),
      ),
    ],
  };
  return sheetToCsv(sheet);
}
