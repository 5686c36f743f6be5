import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/domain/types';
import { PrintFacts } from '../print/PrintHeader';
import { PeopleSection } from './PeopleTable';
import { StatisticsCharts } from './StatisticsCharts';
import { StatisticsFigures } from './StatisticsFigures';

interface Props {
  statistics: MethodOutput<'statistics.get'>;
  scopeName: string;
  /** Null for every unit: each has its own. */
  routineStart: IsoDate | null;
  printedOn: IsoDate;
  weeks: number;
  allUnits: boolean;
}

/** "Uppföljning av rutinen": the period's figures and charts on A4, for the meeting with management. */
export function FollowUpReport({ statistics, scopeName, routineStart, printedOn, weeks, allUnits }: Props) {
  const { t } = useTranslation();
  const facts = [
    {
      term: t(allUnits ? 'statistics.report.units' : 'print.unit'),
      value: allUnits ? statistics.units.map((u) => u.name).join(', ') || scopeName : scopeName,
    },
    { term: t('statistics.report.period'), value: t('statistics.report.periodValue', { from: statistics.from, to: statistics.to }) },
    ...(routineStart ? [{ term: t('statistics.report.routineStart'), value: routineStart }] : []),
    { term: t('statistics.report.printed'), value: printedOn },
  ];
  return (
    <article className="print-page follow-up-report">
      <header className="print-header">
        <h1>{t('statistics.report.title')}</h1>
        <PrintFacts facts={facts} />
      </header>
      <StatisticsFigures statistics={statistics} idPrefix="report" />
      <section className="follow-up-charts">
        <h2>{t('statistics.charts.heading')}</h2>
        <StatisticsCharts statistics={statistics} tables={false} />
      </section>
      <section className="follow-up-people">
        <h2>{t('statistics.people.heading')}</h2>
        <PeopleSection statistics={statistics} weeks={weeks} allUnits={allUnits} />
      </section>
    </article>
  );
}
