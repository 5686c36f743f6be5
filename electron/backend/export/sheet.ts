import type { IsoDate } from '../../../shared/domain/types';

// One neutral description of an export, rendered both as .xlsx and as CSV, so the two
// files can never disagree. Cells say what a value is; each renderer decides how it looks.

export type SheetCell =
  | { kind: 'text'; text: string }
  /** A whole number: participants, minutes, sessions. */
  | { kind: 'count'; value: number }
  /** Participant-minutes shown as hours with two decimals. */
  | { kind: 'hours'; minutes: number }
  /** Whole öre shown as kronor with two decimals. */
  | { kind: 'money'; ore: number }
  | { kind: 'date'; date: IsoDate }
  | null;

/** title: the sheet's heading; section: a block heading; columns: a table's column titles; totals: a sum row. */
export type RowStyle = 'plain' | 'title' | 'section' | 'columns' | 'totals';

export interface SheetRow {
  style: RowStyle;
  cells: SheetCell[];
}

export interface Sheet {
  name: string;
  /** Column widths in characters, for the .xlsx. */
  columnWidths: number[];
  rows: SheetRow[];
}

export const text = (value: string): SheetCell => ({ kind: 'text', text: value });
export const count = (value: number): SheetCell => ({ kind: 'count', value });
export const hours = (minutes: number): SheetCell => ({ kind: 'hours', minutes });
export const money = (ore: number | null): SheetCell => (ore === null ? null : { kind: 'money', ore });
export const date = (value: IsoDate): SheetCell => ({ kind: 'date', date: value });

export const row = (cells: SheetCell[], style: RowStyle = 'plain'): SheetRow => ({ style, cells });
export const blankRow = (): SheetRow => row([]);
