import { Table } from '@mantine/core';
import type { ReactTable, RowData, TableFeatures } from '@tanstack/react-table';
import type { AriaAttributes } from 'react';

type DataAttributes = { [name: `data-${string}`]: string | number | boolean | undefined };
export type RowAttributes = DataAttributes & { className?: string; 'aria-current'?: AriaAttributes['aria-current'] };

interface Props<TFeatures extends TableFeatures, TData extends RowData> {
  table: ReactTable<TFeatures, TData>;
  caption: string;
  /** Names this table for its own styles, beside the shared `data-table`. */
  className: string;
  /** The column whose cell names the row (`<th scope="row">`), so a screen reader reads it with every cell. */
  rowHeader: string;
  /** The row header can take the focus, for after a row's own button has gone away. */
  focusableRowHeader?: boolean;
  rowAttributes?: (row: TData) => RowAttributes;
  /** For a column's header and its (non-header) cells alike. */
  columnAttributes?: (columnId: string) => DataAttributes;
}

/** A v9 table with a caption above it: one header row per header group, one row per item. */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  caption,
  className,
  rowHeader,
  focusableRowHeader = false,
  rowAttributes,
  columnAttributes,
}: Props<TFeatures, TData>) {
  return (
    <Table captionSide="top" withTableBorder className={`data-table ${className}`}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => (
              <Table.Th key={header.id} scope="col" {...columnAttributes?.(header.column.id)}>
                <table.FlexRender header={header} />
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {table.getRowModel().rows.map((row) => (
          <Table.Tr key={row.id} {...rowAttributes?.(row.original)}>
            {row.getAllCells().map((cell) =>
              cell.column.id === rowHeader ? (
                <Table.Th key={cell.id} scope="row" tabIndex={focusableRowHeader ? -1 : undefined} data-row-focus={focusableRowHeader || undefined}>
                  <table.FlexRender cell={cell} />
                </Table.Th>
              ) : (
                <Table.Td key={cell.id} {...columnAttributes?.(cell.column.id)}>
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
