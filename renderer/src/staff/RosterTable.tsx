import { Button, Group } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, StaffMember } from '../../../shared/domain/types';
import { DataTable } from '../table/DataTable';
import { useLatest } from '../app/useLatest';
import { employmentLabel, roleLabel } from './labels';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, StaffMember>();

/** What a roster row lets the manager do; also names the row's buttons for focus. */
export type MemberAction = 'edit' | 'period' | 'deactivate' | 'reactivate';
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
  const handlersRef = useLatest(handlers);

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
    [t, showEnded, today, handlersRef],
  );

  const table = useTable({ features, columns, data: members, getRowId: (member) => String(member.id) });

  return (
    <DataTable
      table={table}
      caption={caption}
      className="roster-table"
      rowHeader="name"
      focusableRowHeader
      rowAttributes={(member) => ({ 'data-person': member.id, 'data-ended': isEnded(member, today) || undefined })}
      columnAttributes={(columnId) => ({ 'data-date': DATE_COLUMNS.has(columnId) || undefined })}
    />
  );
}

/** Kept on one line when a long name leaves the other columns little room. */
const DATE_COLUMNS = new Set(['activeFrom', 'activeTo']);

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
  const actions: MemberAction[] = ['edit', 'period', member.activeTo === null ? 'deactivate' : 'reactivate'];
  return (
    <Group gap={6} wrap="nowrap">
      {actions.map((action) => (
        <Button
          key={action}
          size="compact-sm"
          variant="default"
          data-action={action}
          aria-label={t(`staff.action.${action}Label`, { name })}
          onClick={() => handlers.current[action](member)}
        >
          {t(`staff.action.${action}`)}
        </Button>
      ))}
    </Group>
  );
}
