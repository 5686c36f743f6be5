import { Button, Group, Table } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, StaffMember } from '../../../shared/domain/types';
import { employmentLabel, roleLabel } from './labels';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, StaffMember>();

/** What a roster row lets the manager do; also names the row's buttons for focus. */
export type MemberAction = 'edit' | 'deactivate' | 'reactivate';
export type MemberHandlers = Record<MemberAction, (member: StaffMember) => void>;

interface Props {
  members: StaffMember[];
  caption: string;
  showEnded: boolean;
  today: IsoDate;
  handlers: MemberHandlers;
}

/** The unit's roster, one row per person; a leaver's state is written out, not only coloured. */
export function RosterTable({ members, caption, showEnded, today, handlers }: Props) {
  const { t } = useTranslation();
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: t('staff.col.name'),
          cell: ({ row }) => <NameCell member={row.original} today={today} />,
        }),
        column.accessor('role', { header: t('staff.col.role'), cell: ({ row }) => roleLabel(t, row.original.role) }),
        column.accessor('employment', {
          header: t('staff.col.employment'),
          cell: ({ row }) => employmentLabel(t, row.original.employment),
        }),
        column.accessor('activeFrom', { header: t('staff.col.activeFrom') }),
        ...(showEnded
          ? [
              column.accessor('activeTo', {
                header: t('staff.col.activeTo'),
                cell: ({ row }) => row.original.activeTo ?? t('staff.roster.untilFurtherNotice'),
              }),
            ]
          : []),
        column.display({
          id: 'actions',
          header: t('staff.col.actions'),
          cell: ({ row }) => <ActionsCell member={row.original} handlers={handlersRef} />,
        }),
      ]),
    [t, showEnded, today],
  );

  const table = useTable({ features, columns, data: members, getRowId: (member) => String(member.id) });

  return (
    <Table captionSide="top" withTableBorder className="data-table roster-table">
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
          <Table.Tr key={row.id} data-person={row.original.id} data-ended={isEnded(row.original, today) || undefined}>
            {row.getAllCells().map((cell) =>
              cell.column.id === 'name' ? (
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

const isEnded = (member: StaffMember, today: IsoDate) => member.activeTo !== null && member.activeTo < today;

function NameCell({ member, today }: { member: StaffMember; today: IsoDate }) {
  const { t } = useTranslation();
  return (
    <>
      {member.name}
      {isEnded(member, today) ? (
        <span className="status-tag roster-ended-tag" data-status="ended">
          {t('staff.roster.ended')}
        </span>
      ) : (
        member.activeTo !== null && <span className="roster-last-day">{t('staff.roster.lastDay', { date: member.activeTo })}</span>
      )}
    </>
  );
}

type HandlersRef = { current: MemberHandlers };

function ActionsCell({ member, handlers }: { member: StaffMember; handlers: HandlersRef }) {
  const { t } = useTranslation();
  const name = member.name;
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="default"
        data-action="edit"
        aria-label={t('staff.action.editLabel', { name })}
        onClick={() => handlers.current.edit(member)}
      >
        {t('staff.action.edit')}
      </Button>
      {member.activeTo === null ? (
        <Button
          size="compact-sm"
          variant="default"
          data-action="deactivate"
          aria-label={t('staff.action.deactivateLabel', { name })}
          onClick={() => handlers.current.deactivate(member)}
        >
          {t('staff.action.deactivate')}
        </Button>
      ) : (
        <Button
          size="compact-sm"
          variant="default"
          data-action="reactivate"
          aria-label={t('staff.action.reactivateLabel', { name })}
          onClick={() => handlers.current.reactivate(member)}
        >
          {t('staff.action.reactivate')}
        </Button>
      )}
    </Group>
  );
}
