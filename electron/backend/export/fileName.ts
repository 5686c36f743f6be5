import type { YearMonth } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n/translate';

export type ExportKind = 'form' | 'summary';
export type ExportExtension = 'xlsx' | 'csv';

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern removes
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;

export function safeName(name: string): string {
  // Windows also drops trailing dots and spaces, which would make two names collide.
  return name
    .replace(FORBIDDEN, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
}

/** "Debiteringsunderlag Hemtjänst Norr 2026-11 v1.xlsx", "Debiteringsunderlag sammanställning 2026-11.csv". */
export function exportFileName(kind: 'form', month: YearMonth, unitName: string, version: number, ext: ExportExtension): string;
export function exportFileName(kind: 'summary', month: YearMonth, unitName: undefined, version: undefined, ext: ExportExtension): string;
export function exportFileName(
  kind: ExportKind,
  month: YearMonth,
  unitName: string | undefined,
  version: number | undefined,
  ext: ExportExtension,
): string {
  const base =
    kind === 'form' && unitName !== undefined && version !== undefined
      ? translate('export.fileName.form', { unit: unitName, month, version })
      : translate('export.fileName.summary', { month });
  return `${safeName(base)}.${ext}`;
}
