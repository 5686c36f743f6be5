import { useTranslation } from 'react-i18next';
import type { IsoDate, Unit } from '../../../shared/domain/types';
import { stateCounts, weekColumns, type YearWeek } from '../../../shared/domain/yearOverview';
import { PrintFacts } from '../print/PrintHeader';
import { StateLegend } from './StateLegend';
import { stateLabel, weekCount, weekDate } from './weekText';

interface Props {
  unit: Unit;
  year: number;
  weeks: YearWeek[];
  today: IsoDate;
}

/** Three columns of 17–18 consecutive weeks: the whole year on one landscape A4 page, large enough to read on the wall. */
const COLUMNS = 3;

/** The year on paper: every week with its day, state and count, then what the states mean and how many of each. */
export function YearOverviewPrint({ unit, year, weeks, today }: Props) {
  const { t } = useTranslation();
  return (
    <article className="print-page year-print">
      <header className="print-header">
        <h1>{t('overview.print.title', { year })}</h1>
        <PrintFacts
          facts={[
            { term: t('print.unit'), value: unit.name },
            { term: t('print.provider'), value: unit.providerName },
            { term: t('overview.print.printed'), value: today },
          ]}
        />
      </header>
      <div className="year-print-columns">
        {weekColumns(weeks, COLUMNS).map((column) => (
          <table key={column[0]?.week} className="print-table year-print-table">
            <thead>
              <tr>
                <th scope="col" className="week">
                  {t('overview.print.weekShort')}
                </th>
                <th scope="col" className="date">
                  {t('overview.col.date')}
                </th>
                <th scope="col">{t('overview.col.state')}</th>
                <th scope="col" className="number">
                  {t('overview.print.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {column.map((week) => (
                <tr key={week.week}>
                  <th scope="row" className="week">
                    {week.isoWeek}
                  </th>
                  <td className="date">
                    {weekDate(week)}
                    {/* A moved session's new time matters as much as its day. */}
                    {week.session?.status === 'moved' && ` ${week.session.startTime}`}
                  </td>
                  <td>{stateLabel(t, week.state)}</td>
                  <td className="number">{weekCount(week)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <StateLegend counts={stateCounts(weeks)} caption={t('overview.legend.caption', { year })} />
    </article>
  );
}
