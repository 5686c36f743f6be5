import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLine } from '../../../shared/domain/types';
import { DataTable } from '../table/DataTable';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, AuditLine>();

interface Props {
  entries: AuditLine[];
  caption: string;
}

/** "2026-11-23 14:05:12": to the second, as in the exported file, since many lines share a minute. */
const timeWithSeconds = (timestamp: string) => timestamp.slice(0, 19).replace('T', ' ');

/** The audit log, newest first: when, what happened and what it concerned, in words. */
export function AuditTable({ entries, caption }: Props) {
  const { t } = useTranslation();

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('at', { header: t('audit.column.at'), cell: ({ row }) => timeWithSeconds(row.original.at) }),
        column.accessor('action', {
          header: t('audit.column.action'),
          cell: ({ row }) => t(`audit.action.${row.original.action}`),
        }),
        // The log stores ids; the backend puts them in words from the records as they are now.
        column.accessor('subjectText', { header: t('audit.column.subject') }),
      ]),
    [t],
  );

  const table = useTable({ features, columns, data: entries, getRowId: (entry) => String(entry.id) });

  return (
    <DataTable
      table={table}
      caption={caption}
      className="audit-table"
      rowHeader="at"
      focusableRowHeader
      rowAttributes={(entry) => ({ 'data-entry': entry.id, 'data-audit-action': entry.action })}
    />
  );
}
