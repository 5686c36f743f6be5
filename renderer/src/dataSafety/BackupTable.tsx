import { Button, Table } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/types';
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
  // Cells call the latest handler without rebuilding the columns on every render.
  const onRestoreRef = useRef(onRestore);
  onRestoreRef.current = onRestore;

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
    [t],
  );

  const table = useTable({ features, columns, data: backups, getRowId: (backup) => backup.fileName });

  return (
    <Table captionSide="top" withTableBorder className="data-table backup-table">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => (
              <Table.Th key={header.id} scope="col">
                <table.FlexRender header={header} />
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {table.getRowModel().rows.map((row) => (
          <Table.Tr key={row.id} data-backup={row.original.fileName} data-kind={row.original.kind}>
            {row.getAllCells().map((cell) =>
              cell.column.id === 'createdAt' ? (
                <Table.Th key={cell.id} scope="row" tabIndex={-1} data-row-focus>
                  <table.FlexRender cell={cell} />
                </Table.Th>
              ) : (
                <Table.Td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
