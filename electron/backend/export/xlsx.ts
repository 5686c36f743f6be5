import writeXlsxFile, { type Cell, type CellObject } from 'write-excel-file/node';
import type { RowStyle, Sheet, SheetCell } from './sheet';

// .xlsx with real cells: numbers are numbers and dates are dates, so the economist can sum
// and sort them; formats only decide how they look (Excel shows them the Swedish way).

const DATE_FORMAT = 'yyyy-mm-dd';
const MONEY_FORMAT = '#,##0.00';
const HOURS_FORMAT = '0.00';

const STYLES: Record<RowStyle, Partial<CellObject>> = {
  plain: {},
  title: { fontWeight: 'bold', fontSize: 14 },
  section: { fontWeight: 'bold' },
  columns: { fontWeight: 'bold', wrap: true, alignVertical: 'bottom', bottomBorderStyle: 'thin' },
  totals: { fontWeight: 'bold', topBorderStyle: 'thin' },
};

/** Midnight UTC: the writer counts days from the Unix epoch in UTC, so no time zone shifts the day. */
function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

function xlsxCell(cell: SheetCell, style: Partial<CellObject>): Cell {
  if (cell === null) return Object.keys(style).length > 0 ? { ...style } : null;
  switch (cell.kind) {
    case 'text':
      return cell.text === '' ? null : { ...style, type: String, value: cell.text };
    case 'count':
      return { ...style, type: Number, value: cell.value };
    case 'hours':
      return { ...style, type: Number, value: cell.minutes / 60, format: HOURS_FORMAT };
    case 'money':
      return { ...style, type: Number, value: cell.ore / 100, format: MONEY_FORMAT };
    case 'date':
      return { ...style, type: Date, value: utcDate(cell.date), format: DATE_FORMAT };
  }
}

export async function sheetToXlsx(sheet: Sheet): Promise<Uint8Array> {
  const data = sheet.rows.map((row) => row.cells.map((cell) => xlsxCell(cell, STYLES[row.style])));
  return writeXlsxFile(data, {
    sheet: sheet.name,
    columns: sheet.columnWidths.map((columnWidth) => ({ width: columnWidth })),
  }).toBuffer();
}
