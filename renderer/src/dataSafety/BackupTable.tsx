import { Button } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/types';
import { DataTable } from '../table/DataTable';
import { useLatest } from '../app/useLatest';
import { contentsText, dateTime, kindLabel, sizeText } from './backupText';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, BackupInfo>();

interface Props {
  backups: BackupInfo[];
  caption: string;
  onRestore: (backup: BackupInfo) => void;
}

/** The verified backups, newest first: when, what kind, how big, what they hold. */
export function BackupTable({ backups, caption, onRestore }: Props) {
  const { t } = useTranslation();
  const onRestoreRef = useLatest(onRestore);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('createdAt', { header: t('backups.col.createdAt'), cell: ({ row }) => dateTime(row.original.createdAt) }),
        column.accessor('kind', { header: t('backups.col.kind'), cell: ({ row }) => kindLabel(t, row.original.kind) }),
        column.accessor('sizeBytes', { header: t('backups.col.size'), cell: ({ row }) => sizeText(t, row.original.sizeBytes) }),
        column.accessor('contents', {
          header: t('backups.col.contents'),
          cell: ({ row }) => contentsText(t, row.original.contents),
        }),
        column.display({
          id: 'actions',
          header: t('backups.col.actions'),
          cell: ({ row }) => (
            <Button
              size="compact-sm"
              variant="default"
              data-action="restore"
              aria-label={t('backups.restore.actionLabel', {
                date: dateTime(row.original.createdAt),
                kind: kindLabel(t, row.original.kind),
              })}
              onClick={() => onRestoreRef.current(row.original)}
            >
              {t('backups.restore.action')}
            </Button>
          ),
        }),
      ]),
    [t, onRestoreRef],
  );

  const table = useTable({ features, columns, data: backups, getRowId: (backup) => backup.fileName });

  return (
    <DataTable
      table={table}
      caption={caption}
      className="backup-table"
      rowHeader="createdAt"
      focusableRowHeader
      rowAttributes={(backup) => ({ 'data-backup': backup.fileName, 'data-kind': backup.kind })}
    />
  );
}
