import type writeXlsxFile from 'write-excel-file/node';
import type { Cell, CellObject } from 'write-excel-file/node';
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

/**
 * The writer takes about 100 ms to load, so it is required on the first export, never on the
 * start path. require rather than import(): every host runs this module as CommonJS (the
 * esbuild bundles, vitest), and import() of a package would not resolve like require does.
 */
export async function sheetToXlsx(sheet: Sheet): Promise<Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  const { default: writeXlsx } = require('write-excel-file/node') as { default: typeof writeXlsxFile };
  const data = sheet.rows.map((row) => row.cells.map((cell) => xlsxCell(cell, STYLES[row.style])));
  return writeXlsx(data, {
    sheet: sheet.name,
    columns: sheet.columnWidths.map((columnWidth) => ({ width: columnWidth })),
  }).toBuffer();
}
