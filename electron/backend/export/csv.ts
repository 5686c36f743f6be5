import { hoursText, kronorText } from '../../../shared/format/numbers';
import type { Sheet, SheetCell } from './sheet';

// CSV as Swedish Excel opens it by double-click: UTF-8 with a byte order mark (without it
// Excel reads å ä ö as Windows-1252), semicolons (the comma is the decimal sign), CRLF.

const BOM = '\uFEFF';
/** Excel would run a field starting like this as a formula; a leading apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Invisible characters (zero-width space, byte order mark, soft hyphen) a spreadsheet may drop. */
const LEADING_INVISIBLE = /^\p{Cf}+/u;

/** Looked at as a spreadsheet may read it: without invisible characters first, full-width ＝＋－＠ as =+-@. */
function startsLikeFormula(text: string): boolean {
  const visible = text.replace(LEADING_INVISIBLE, '');
  const first = visible.codePointAt(0);
  return first !== undefined && FORMULA_START.test(String.fromCodePoint(first).normalize('NFKC'));
}

function fieldText(cell: SheetCell): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return startsLikeFormula(cell.text) ? `'${cell.text}` : cell.text;
    case 'count':
      return String(cell.value);
    case 'hours':
      return hoursText(cell.minutes);
    case 'money':
      return kronorText(cell.ore);
    case 'date':
      return cell.date;
  }
}

function quoted(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function sheetToCsv(sheet: Sheet): string {
  const lines = sheet.rows.map((row) => row.cells.map((cell) => quoted(fieldText(cell))).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
