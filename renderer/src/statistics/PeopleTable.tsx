import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { roleLabel } from '../staff/labels';
import { DataTable } from '../table/DataTable';
import { noneHeldInLast, percentOf } from './figures';

type Statistics = MethodOutput<'statistics.get'>;
type Person = Statistics['people'][number];

const features = tableFeatures({});
const column = createColumnHelper<typeof features, Person>();

/** Alphabetical (then by unit), so a name is found where the reader looks for it. */
const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, 'sv') || a.unitId - b.unitId;

/**
 * Everyone on a roster in the period: attended of the sessions they could attend, the rate, the
 * last time, and "Ej deltagit" in words (not only a colour) for those absent the last N weeks.
 */
export function PeopleTable({ people, weeks, unitNames }: { people: Person[]; weeks: number; unitNames: Map<number, string> | null }) {
  const { t } = useTranslation();
  const data = useMemo(() => [...people].sort(byName), [people]);
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', { header: t('statistics.col.name') }),
        ...(unitNames
          ? [column.accessor('unitId', { header: t('statistics.col.unit'), cell: ({ row }) => unitNames.get(row.original.unitId) ?? '' })]
          : []),
        column.accessor('role', { header: t('statistics.col.role'), cell: ({ row }) => roleLabel(t, row.original.role) }),
        column.accessor('attended', {
          header: t('statistics.col.attended'),
          cell: ({ row }) => t('statistics.people.attendedOf', { attended: row.original.attended, eligible: row.original.eligible }),
        }),
        column.display({
          id: 'rate',
          header: t('statistics.col.rate'),
          cell: ({ row }) => percentOf(row.original.attended, row.original.eligible) ?? t('statistics.noValue'),
        }),
        column.accessor('lastAttended', {
          header: t('statistics.col.lastAttended'),
          cell: ({ row }) => row.original.lastAttended ?? t('statistics.people.never'),
        }),
        column.accessor('absent', {
          header: t('statistics.col.absent', { weeks }),
          cell: ({ row }) => (row.original.absent ? <strong>{t('statistics.people.absent')}</strong> : ''),
        }),
      ]),
    [t, weeks, unitNames],
  );
  const table = useTable({ features, columns, data, getRowId: (p) => `${p.unitId}-${p.personId}` });
  return (
    <DataTable
      table={table}
      caption={t('statistics.people.caption')}
      className="stats-people-table"
      rowHeader="name"
      rowAttributes={(p) => ({ 'data-person': p.personId, className: p.absent ? 'stats-absent' : undefined })}
    />
  );
}

/** Who has not come lately, in a sentence, then everyone in the table. */
export function PeopleSection({ statistics, weeks, allUnits }: { statistics: Statistics; weeks: number; allUnits: boolean }) {
  const { t } = useTranslation();
  const unitNames = useMemo(() => (allUnits ? new Map(statistics.units.map((u) => [u.id, u.name])) : null), [allUnits, statistics.units]);
  if (statistics.people.length === 0) return <p>{t('statistics.people.none')}</p>;
  const absent = statistics.people.filter((p) => p.absent).length;
  return (
    <>
      <p data-figure="absentSummary">
        {t('statistics.people.absentSummary', { count: absent, weeks })}
        {absent > 0 && noneHeldInLast(statistics.perWeek, weeks) && ` ${t('statistics.people.noneHeld')}`}
      </p>
      <div className="table-scroll">
        <PeopleTable people={statistics.people} weeks={weeks} unitNames={unitNames} />
      </div>
    </>
  );
}
