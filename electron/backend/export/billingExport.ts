import type { BillingForm, BillingSummaryRow, YearMonth } from '../../../shared/domain/types';
import { billingFormSheet } from './billingFormSheet';
import { billingSummarySheet } from './billingSummarySheet';
import { sheetToCsv } from './csv';
import { sheetToXlsx } from './xlsx';

// The economist's files. The .xlsx and the CSV of a form are rendered from the same sheet,
// so they hold the same cells.

export { exportFileName, type ExportExtension, type ExportKind } from './fileName';

export function billingFormXlsx(form: BillingForm): Promise<Uint8Array> {
  return sheetToXlsx(billingFormSheet(form));
}

export function billingFormCsv(form: BillingForm): string {
  return sheetToCsv(billingFormSheet(form));
}

export function billingSummaryXlsx(month: YearMonth, rows: BillingSummaryRow[]): Promise<Uint8Array> {
  return sheetToXlsx(billingSummarySheet(month, rows));
}

export function billingSummaryCsv(month: YearMonth, rows: BillingSummaryRow[]): string {
  return sheetToCsv(billingSummarySheet(month, rows));
}
