import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSummaryRow } from '../../../shared/domain/types';
import { DataTable } from '../table/DataTable';
import { formatHours, formatOre } from '../../../shared/format/numbers';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, BillingSummaryRow>();
/** Right-aligned, so the digits line up. */
const NUMERIC = new Set(['sessions', 'billableParticipants', 'participantMinutes', 'amountOre']);

/** "Ja", "Nej", or, for a unit whose routine started after the month, that it had not started. */
const sentKey = (row: BillingSummaryRow) =>
  row.routineStartsAfter ? 'billing.summary.notStarted' : row.sent ? 'billing.summary.yes' : 'billing.summary.no';

/** One month across every unit of the installation, for the economist. */
export function BillingSummaryTable({ rows, caption }: { rows: BillingSummaryRow[]; caption: string }) {
  const { t } = useTranslation();

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('unitName', { header: t('billing.summary.col.unit') }),
        column.accessor('sessions', { header: t('billing.summary.col.sessions') }),
        column.accessor('billableParticipants', { header: t('billing.summary.col.billable') }),
        column.accessor('participantMinutes', {
          header: t('billing.summary.col.hours'),
          cell: ({ row }) => formatHours(row.original.participantMinutes),
        }),
        column.accessor('amountOre', {
          header: t('billing.summary.col.amount'),
          cell: ({ row }) => (row.original.amountOre === null ? t('billing.summary.noRate') : formatOre(row.original.amountOre)),
        }),
        column.accessor('sent', {
          header: t('billing.summary.col.sent'),
          cell: ({ row }) => t(sentKey(row.original)),
        }),
      ]),
    [t],
  );

  const table = useTable({ features, columns, data: rows, getRowId: (row) => String(row.unitId) });

  return (
    <DataTable
      table={table}
      caption={caption}
      className="billing-summary-table"
      rowHeader="unitName"
      rowAttributes={(row) => ({ 'data-unit': row.unitId })}
      columnAttributes={(columnId) => ({ 'data-numeric': NUMERIC.has(columnId) || undefined })}
    />
  );
}
