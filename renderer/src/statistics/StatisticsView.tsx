import './statistics.css';
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { IsoDate, Unit } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import type { DateRange } from '../app/address';
import { useAnnounce } from '../app/announcer';
import { ViewHeading } from '../app/ViewHeading';
import { DateField, NumberField, wholeNumber } from '../forms/fields';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PrintArea } from '../print/PrintArea';
import { usePrintActions } from '../print/usePrintActions';
import { DEFAULT_ABSENT_WEEKS, lastSixMonths, routinePeriod } from './figures';
import { FollowUpReport } from './FollowUpReport';
import { PeopleSection } from './PeopleTable';
import { StatisticsCharts } from './StatisticsCharts';
import { StatisticsFigures } from './StatisticsFigures';

interface Props {
  unit: Unit;
  today: IsoDate;
  /** The figures of every unit rather than of `unit`. */
  allUnits: boolean;
  /** The period in the address; null: from the routine's start (every unit: the last six months). */
  period: DateRange | null;
  onChange: (change: { period: DateRange | null; allUnits: boolean }) => void;
}

/**
 * Issue 12: how the routine goes, for one unit or every unit over a period: the figures, the
 * charts, everyone's attendance, and the printed "Uppföljning av rutinen" for management.
 */
export function StatisticsView({ unit, today, allUnits, period, onChange }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const printing = usePrintActions((path) => announce(t('billing.pdf.saved', { path })));
  const routineStart = useApiQuery('units.routineStart', { unitId: unit.id }).data;
  const shown = period ?? (allUnits ? lastSixMonths(today) : routineStart ? routinePeriod(routineStart) : null);
  const [absentWeeks, setAbsentWeeks] = useState(DEFAULT_ABSENT_WEEKS);
  const query = useApiQuery(
    'statistics.get',
    shown === null ? null : { unitId: allUnits ? null : unit.id, from: shown.from, to: shown.to, absentWeeks },
    { keepPreviousData: true },
  );
  const statistics = query.data;
  const [actionError, setActionError] = useState<ApiError | null>(null);

  // The fields follow the period shown until the manager types in them.
  const [draft, setDraft] = useState<{ from: string; to: string; weeks: string } | null>(null);
  const fields = draft ?? { from: shown?.from ?? '', to: shown?.to ?? '', weeks: String(absentWeeks) };

  const fieldErrors = actionError?.fields;
  const scopeName = allUnits ? t('statistics.allUnits') : unit.name;

  const show = async (event: FormEvent) => {
    event.preventDefault();
    setActionError(null);
    // The backend checks the dates and N as it would any input, with its own plain messages.
    const weeks = wholeNumber(fields.weeks);
    const checked = await api.call('statistics.get', { unitId: allUnits ? null : unit.id, from: fields.from, to: fields.to, absentWeeks: weeks });
    if (!checked.ok) return setActionError(checked.error);
    setAbsentWeeks(weeks);
    setDraft(null);
    onChange({ period: { from: fields.from, to: fields.to }, allUnits });
  };

  return (
    <Stack gap="lg" className="stats-view">
      <ViewHeading>{t('statistics.title', { scope: scopeName })}</ViewHeading>

      <form onSubmit={(event) => void show(event)} className="panel" noValidate>
        <Stack gap="sm">
          <Radio.Group
            label={t('statistics.scope')}
            value={allUnits ? 'all' : 'unit'}
            onChange={(value) => {
              setDraft(null);
              onChange({ period: null, allUnits: value === 'all' });
            }}
          >
            <Group gap="lg" mt={4}>
              <Radio value="unit" label={`${t('statistics.scope.unit')} (${unit.name})`} />
              <Radio value="all" label={t('statistics.scope.all')} />
            </Group>
          </Radio.Group>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <DateField
              label={t('statistics.from')}
              value={fields.from}
              error={fieldErrors?.from}
              onChange={(e) => setDraft({ ...fields, from: e.currentTarget.value })}
              w={150}
            />
            <DateField
              label={t('statistics.to')}
              value={fields.to}
              error={fieldErrors?.to}
              onChange={(e) => setDraft({ ...fields, to: e.currentTarget.value })}
              w={150}
            />
            <NumberField
              label={t('statistics.absentWeeks')}
              value={fields.weeks}
              error={fieldErrors?.absentWeeks}
              onChange={(e) => setDraft({ ...fields, weeks: e.currentTarget.value })}
              w={190}
            />
            <Button type="submit">{t('statistics.show')}</Button>
            {period !== null && (
              <Button
                variant="default"
                onClick={() => {
                  setDraft(null);
                  onChange({ period: null, allUnits });
                }}
              >
                {t('statistics.defaultPeriod')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>

      {actionError && <ErrorAlert error={actionError} title={t('statistics.error')} />}
      {query.error && <ErrorAlert error={query.error} title={t('statistics.error')} />}
      {!statistics && !query.error && <Text aria-busy="true">{t('statistics.loading')}</Text>}

      {statistics && shown && (
        <>
          <Text data-figure="period">
            {allUnits || !routineStart
              ? t('statistics.periodLineAll', { from: statistics.from, to: statistics.to })
              : t('statistics.periodLine', { from: statistics.from, to: statistics.to, routineStart })}
            {allUnits && statistics.units.length > 0 && ` ${t('statistics.unitsLine', { names: statistics.units.map((u) => u.name).join(', ') })}`}
          </Text>
          {allUnits && statistics.units.length === 0 && <Text>{t('statistics.none')}</Text>}
          <Group gap="sm">
            <Button variant="default" onClick={() => void printing.print()}>
              {t('statistics.report.print')}
            </Button>
            {printing.canSavePdf && (
              <Button
                variant="default"
                onClick={() =>
                  void printing.savePdf(t('statistics.report.pdfFileName', { scope: scopeName, from: statistics.from, to: statistics.to }))
                }
              >
                {t('statistics.report.savePdf')}
              </Button>
            )}
          </Group>
          {!printing.canSavePdf && <Text size="sm">{t('billing.print.browserHint')}</Text>}
          {printing.error && <ErrorAlert error={printing.error} />}

          <StatisticsFigures statistics={statistics} idPrefix="stats" />

          <section aria-labelledby="stats-charts">
            <h2 id="stats-charts">{t('statistics.charts.heading')}</h2>
            <StatisticsCharts statistics={statistics} tables />
          </section>

          <section aria-labelledby="stats-people">
            <h2 id="stats-people">{t('statistics.people.heading')}</h2>
            <PeopleSection statistics={statistics} weeks={absentWeeks} allUnits={allUnits} />
          </section>

          <PrintArea printed={{ what: 'followUpReport', unitId: allUnits ? null : unit.id, period: statistics.from }}>
            <FollowUpReport
              statistics={statistics}
              scopeName={scopeName}
              routineStart={allUnits ? null : (routineStart ?? null)}
              printedOn={today}
              weeks={absentWeeks}
              allUnits={allUnits}
            />
          </PrintArea>
        </>
      )}
    </Stack>
  );
}
