import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { maskPersonnummer } from '../../../shared/domain/personnummer';
import type { RosterImportRow } from '../../../shared/domain/types';
import { DataTable } from '../table/DataTable';
import { roleLabel } from './labels';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, RosterImportRow>();

/** "5 läggs till, 1 rad har fel och hoppas över." */
export function previewSummary(t: TFunction, rows: RosterImportRow[]): string {
  if (rows.length === 0) return t('staff.import.summary.empty');
  const count = (outcome: RosterImportRow['outcome']) => rows.filter((row) => row.outcome === outcome).length;
  const parts = [
    [count('add'), t('staff.import.summary.add', { count: count('add') })],
    [count('link'), t('staff.import.summary.link', { count: count('link') })],
    [count('existing'), t('staff.import.summary.existing', { count: count('existing') })],
    [count('error'), t('staff.import.summary.error', { count: count('error') })],
  ] as const;
  const text = parts
    .filter(([n]) => n > 0)
    .map(([, part]) => part)
    .join(', ');
  return `${text}.`;
}

function outcomeText(t: TFunction, row: RosterImportRow): string {
  return row.outcome === 'error' ? t('staff.import.outcome.error', { message: row.message ?? '' }) : t(`staff.import.outcome.${row.outcome}`);
}

/** What the import would do with each line; wrong lines say why, in words. */
export function ImportPreviewTable({ rows }: { rows: RosterImportRow[] }) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('line', { header: t('staff.import.col.line') }),
        // A personnummer pasted by mistake is refused, and not shown back in full either.
        column.accessor('name', { header: t('staff.import.col.name'), cell: ({ row }) => maskPersonnummer(row.original.name) }),
        column.accessor('role', {
          header: t('staff.import.col.role'),
          cell: ({ row }) => (row.original.role ? roleLabel(t, row.original.role) : t('staff.import.noRole')),
        }),
        column.accessor('outcome', {
          header: t('staff.import.col.outcome'),
          cell: ({ row }) => (
            <span className="outcome-tag" data-outcome={row.original.outcome}>
              {outcomeText(t, row.original)}
            </span>
          ),
        }),
      ]),
    [t],
  );

  const table = useTable({ features, columns, data: rows, getRowId: (row) => String(row.line) });

  return (
    <DataTable
      table={table}
      caption={t('staff.import.caption')}
      className="import-preview-table"
      rowHeader="line"
      rowAttributes={(row) => ({ 'data-line': row.line, 'data-outcome': row.outcome })}
    />
  );
}
