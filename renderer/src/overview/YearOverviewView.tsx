import './overview.css';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWeekKey, weekKeyOf } from '../../../shared/domain/calendar';
import type { IsoDate, Unit } from '../../../shared/domain/types';
import { isoYearRange, stateCounts, yearWeeks, type YearWeek } from '../../../shared/domain/yearOverview';
import { weekdayName } from '../../../shared/format/dates';
import { useApiQuery } from '../api/useApiQuery';
import { useAnnounce } from '../app/announcer';
import { sessionHref } from '../app/route';
import { ViewHeading } from '../app/ViewHeading';
import { ErrorAlert } from '../forms/ErrorAlert';
import { timeRange } from '../format';
import { PrintArea } from '../print/PrintArea';
import { usePrintActions } from '../print/usePrintActions';
import { opensSession } from '../planning/rowActions';
import { DataTable } from '../table/DataTable';
import { StateLegend } from './StateLegend';
import { YearOverviewPrint } from './YearOverviewPrint';
import { stateLabel, weekCount, weekDate } from './weekText';

interface Props {
  unit: Unit;
  today: IsoDate;
  /** The ISO week-year the address holds; null is this year. */
  year: number | null;
  onYearChange: (year: number) => void;
}

/** The years the calendar and the address know whole. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

const features = tableFeatures({});
const column = createColumnHelper<typeof features, YearWeek>();

/** Every ISO week of one year with what became of its session: for planning with the staff, and printed for the wall. */
export function YearOverviewView({ unit, today, year: chosenYear, onYearChange }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const year = chosenYear ?? parseWeekKey(weekKeyOf(today)).isoYear;
  // The whole ISO year in one plan.get call (371 days at most, within its limit).
  const plan = useApiQuery('plan.get', { unitId: unit.id, ...isoYearRange(year) });
  const weeks = useMemo(() => (plan.data ? yearWeeks(year, plan.data, today) : null), [plan.data, year, today]);
  const printing = usePrintActions((path) => announce(t('overview.pdf.saved', { path })));

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('isoWeek', {
          header: t('overview.col.week'),
          // A week links to its session as the plan does: not a team-meeting week or a cancelled one.
          cell: ({ row }) =>
            row.original.session && opensSession(row.original.session) ? (
              <Anchor href={sessionHref(row.original.week, unit.id)}>{t('overview.openWeek', { week: row.original.isoWeek })}</Anchor>
            ) : (
              t('overview.week', { week: row.original.isoWeek })
            ),
        }),
        column.display({
          id: 'date',
          header: t('overview.col.date'),
          cell: ({ row }) => {
            const date = weekDate(row.original);
            return date && row.original.state !== 'teamMeetingWeek' ? `${weekdayName(date)} ${date}` : date;
          },
        }),
        column.display({
          id: 'time',
          header: t('overview.col.time'),
          cell: ({ row }) => {
            const { session, state } = row.original;
            return session && state !== 'teamMeetingWeek' ? timeRange(t, session.startTime, session.durationMinutes) : '';
          },
        }),
        column.accessor('state', {
          header: t('overview.col.state'),
          cell: ({ row }) => <StateCell week={row.original} />,
        }),
        column.display({ id: 'participants', header: t('overview.col.participants'), cell: ({ row }) => weekCount(row.original) }),
      ]),
    [t, unit.id],
  );
  const table = useTable({ features, columns, data: weeks ?? [], getRowId: (week) => week.week });

  return (
    <Stack gap="xl">
      <div>
        <ViewHeading>{t('overview.title')}</ViewHeading>
        <Text size="lg">{t('overview.unitLine', { unit: unit.name })}</Text>
      </div>

      <section aria-labelledby="overview-year-heading" className="period">
        <h2 id="overview-year-heading" className="visually-hidden">
          {t('overview.year.heading')}
        </h2>
        <div className="period-range" aria-live="polite">
          <strong>{weeks ? t('overview.year.label', { year, weeks: weeks.length }) : year}</strong>
        </div>
        <Group gap="xs">
          <Button variant="default" disabled={year <= FIRST_YEAR} onClick={() => onYearChange(year - 1)}>
            {t('overview.year.prev')}
          </Button>
          <Button variant="default" disabled={year >= LAST_YEAR} onClick={() => onYearChange(year + 1)}>
            {t('overview.year.next')}
          </Button>
        </Group>
      </section>

      {!weeks && !plan.error && <Text aria-busy="true">{t('app.loading')}</Text>}
      {plan.error && (
        <Stack gap="sm">
          <ErrorAlert error={plan.error} title={t('load.errorTitle')} />
          <Group>
            <Button onClick={() => void plan.reload()}>{t('action.retry')}</Button>
          </Group>
        </Stack>
      )}

      {weeks && (
        <>
          <section aria-labelledby="overview-actions-heading" className="panel">
            <Title order={2} id="overview-actions-heading" className="visually-hidden">
              {t('overview.actions.title')}
            </Title>
            <Stack gap="sm">
              <Group gap="sm">
                <Button variant="default" onClick={() => void printing.print()}>
                  {t('overview.print')}
                </Button>
                {printing.canSavePdf && (
                  <Button variant="default" onClick={() => void printing.savePdf(t('overview.pdf.fileName', { unit: unit.name, year }))}>
                    {t('overview.savePdf')}
                  </Button>
                )}
              </Group>
              {!printing.canSavePdf && <Text size="sm">{t('overview.print.browserHint')}</Text>}
              {printing.error && <ErrorAlert error={printing.error} />}
            </Stack>
          </section>

          <section aria-labelledby="overview-legend-heading" className="panel">
            <Title order={2} id="overview-legend-heading">
              {t('overview.legend.title')}
            </Title>
            <StateLegend counts={stateCounts(weeks)} caption={t('overview.legend.caption', { year })} />
          </section>

          <div className="table-scroll">
            <DataTable
              table={table}
              caption={t('overview.caption', { year })}
              className="year-table"
              rowHeader="isoWeek"
              rowAttributes={(week) => ({ 'data-week': week.week, 'data-state': week.state })}
            />
          </div>

          <PrintArea printed={{ what: 'yearOverview', unitId: unit.id, period: String(year) }}>
            <YearOverviewPrint unit={unit} year={year} weeks={weeks} today={today} />
          </PrintArea>
        </>
      )}
    </Stack>
  );
}

/**
 * The state in words, and what else the week says: the holiday's name, where a moved session
 * came from, why a session was cancelled (as the plan says it: a year of "Inställd" without
 * reasons tells the staff nothing).
 */
function StateCell({ week }: { week: YearWeek }) {
  const { t } = useTranslation();
  const { session, state } = week;
  return (
    <>
      <span className="status-tag" data-status={state}>
        {stateLabel(t, state)}
      </span>
      {session?.holiday && state !== 'teamMeetingWeek' && <Text size="sm">{session.holiday.name}</Text>}
      {session && session.date !== session.ruleDate && state !== 'held' && (
        <Text size="sm">{t('overview.movedFrom', { date: session.ruleDate })}</Text>
      )}
      {state === 'cancelled' && session?.cancelledReason && (
        <Text size="sm">{t('overview.cancelledReason', { reason: session.cancelledReason })}</Text>
      )}
    </>
  );
}
