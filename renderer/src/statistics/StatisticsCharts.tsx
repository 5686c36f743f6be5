import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { MethodOutput } from '../../../shared/api/contract';
import { parseWeekKey } from '../../../shared/domain/calendar';
import { roleLabel } from '../staff/labels';
import { heldShare, percentOf } from './figures';

type Statistics = MethodOutput<'statistics.get'>;

// The charts are for looking; each also says its point in a sentence and holds its figures in
// a table, so nothing is only in the picture. The drawing itself is hidden from screen readers
// and takes no focus (nothing in it reacts), and has a fixed size: a measuring container
// would find no width in print.

const WIDTH = 640;
const HEIGHT = 230;
/** Dark blue on white: well over the 3:1 that graphics need. */
const BAR = '#1c4f82';
const INK = '#222';
const GRID = '#ccc';

export function StatisticsCharts({ statistics, tables }: { statistics: Statistics; tables: boolean }) {
  return (
    <div className="stats-charts">
      <PerWeekChart statistics={statistics} tables={tables} />
      <PerMonthChart statistics={statistics} tables={tables} />
      <PerRoleChart statistics={statistics} tables={tables} />
    </div>
  );
}

interface FigureProps {
  id: string;
  caption: string;
  summary: string;
  chart: ReactNode;
  /** The chart's data as a table, behind "Visa som tabell" (left out of the printed report). */
  table: ReactNode | null;
}

function ChartFigure({ id, caption, summary, chart, table }: FigureProps) {
  const { t } = useTranslation();
  return (
    <figure className="stats-chart" data-chart={id}>
      <figcaption>{caption}</figcaption>
      <p>{summary}</p>
      <div aria-hidden="true" className="stats-chart-drawing">
        {chart}
      </div>
      {table && (
        <details className="stats-chart-table">
          <summary>{t('statistics.showTable')}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}

const weekNumber = (week: string) => String(parseWeekKey(week).isoWeek);

/** The week as the axis and the plan name it ("vecka 6 2027"), not as its key "2027-W06". */
function weekInWords(week: string): { week: number; year: number } {
  const { isoWeek, isoYear } = parseWeekKey(week);
  return { week: isoWeek, year: isoYear };
}

function PerWeekChart({ statistics, tables }: { statistics: Statistics; tables: boolean }) {
  const { t } = useTranslation();
  const weeks = statistics.perWeek;
  const top = weeks.reduce<(typeof weeks)[number] | null>((best, w) => (best === null || w.participants > best.participants ? w : best), null);
  // Counted over the weeks with a session due in the period, the base of "X av Y planerade
  // tillfällen" above: the chart also draws the weeks touching the period with none due (a team
  // meeting, a holiday, or a session dated after `to`), which read as a mismatch beside it.
  const held = weeks.filter((w) => w.held > 0).length;
  const due = weeks.filter((w) => w.due > 0).length;
  const summary =
    top === null || top.participants === 0
      ? t('statistics.chart.perWeek.empty')
      : t('statistics.chart.perWeek.summary', { ...weekInWords(top.week), count: top.participants, held, weeks: due });
  return (
    <ChartFigure
      id="perWeek"
      caption={t('statistics.chart.perWeek.caption')}
      summary={summary}
      chart={
        <BarChart width={WIDTH} height={HEIGHT} data={weeks} accessibilityLayer={false} margin={{ top: 16, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis dataKey="week" tickFormatter={weekNumber} tick={{ fill: INK, fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fill: INK, fontSize: 11 }} width={32} />
          <Bar dataKey="participants" fill={BAR} isAnimationActive={false} />
        </BarChart>
      }
      table={
        tables && (
          <SimpleTable
            caption={t('statistics.chart.perWeek.caption')}
            headers={[t('statistics.col.week'), t('statistics.col.participants')]}
            rows={weeks.map((w) => [w.week, String(w.participants)])}
          />
        )
      }
    />
  );
}

function PerMonthChart({ statistics, tables }: { statistics: Statistics; tables: boolean }) {
  const { t } = useTranslation();
  const { due, held } = statistics.sessions;
  const data = statistics.perMonth.map((m) => ({ ...m, share: heldShare(m) }));
  return (
    <ChartFigure
      id="perMonth"
      caption={t('statistics.chart.perMonth.caption')}
      summary={t('statistics.chart.perMonth.summary', { share: percentOf(held, due) ?? t('statistics.noValue') })}
      chart={
        <BarChart width={WIDTH} height={HEIGHT} data={data} accessibilityLayer={false} margin={{ top: 16, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis dataKey="month" tick={{ fill: INK, fontSize: 11 }} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}\u00a0%`}
            tick={{ fill: INK, fontSize: 11 }}
            width={52}
          />
          <Bar dataKey="share" fill={BAR} isAnimationActive={false}>
            <LabelList dataKey="share" position="top" formatter={(v: unknown) => `${String(v)}\u00a0%`} fill={INK} fontSize={11} />
          </Bar>
        </BarChart>
      }
      table={
        tables && (
          <SimpleTable
            caption={t('statistics.chart.perMonth.caption')}
            headers={[t('statistics.col.month'), t('statistics.col.dueHeld'), t('statistics.col.share')]}
            rows={statistics.perMonth.map((m) => [
              m.month,
              t('statistics.people.attendedOf', { attended: m.held, eligible: m.due }),
              percentOf(m.held, m.due) ?? t('statistics.noValue'),
            ])}
          />
        )
      }
    />
  );
}

function PerRoleChart({ statistics, tables }: { statistics: Statistics; tables: boolean }) {
  const { t } = useTranslation();
  const data = statistics.participants.byRole.map((r) => ({ ...r, label: roleLabel(t, r.role) }));
  const top = data.reduce<(typeof data)[number] | null>((best, r) => (best === null || r.total > best.total ? r : best), null);
  return (
    <ChartFigure
      id="perRole"
      caption={t('statistics.chart.perRole.caption')}
      summary={
        top === null || top.total === 0
          ? t('statistics.participants.noneHeld')
          : t('statistics.chart.perRole.summary', { role: top.label, count: top.total })
      }
      chart={
        <BarChart
          width={WIDTH}
          height={HEIGHT}
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 4, right: 32, bottom: 4, left: 0 }}
        >
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: INK, fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fill: INK, fontSize: 11 }} />
          <Bar dataKey="total" fill={BAR} isAnimationActive={false}>
            <LabelList dataKey="total" position="right" fill={INK} fontSize={11} />
          </Bar>
        </BarChart>
      }
      table={
        tables && (
          <SimpleTable
            caption={t('statistics.chart.perRole.caption')}
            headers={[t('statistics.col.role'), t('statistics.col.total')]}
            rows={data.map((r) => [r.label, String(r.total)])}
          />
        )
      }
    />
  );
}

/** A small table of a chart's data: the first cell of each row names it. */
export function SimpleTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  return (
    <table className="stats-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, ...cells]) => (
          <tr key={head}>
            <th scope="row">{head}</th>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
