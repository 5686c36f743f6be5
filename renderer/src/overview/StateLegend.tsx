import { useTranslation } from 'react-i18next';
import { YEAR_WEEK_STATES, type YearWeekState } from '../../../shared/domain/yearOverview';
import { stateLabel } from './weekText';

/** What each state means, and how many weeks of the year are in it: the legend and the year's counts in one. */
export function StateLegend({ counts, caption }: { counts: Record<YearWeekState, number>; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="state-legend">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.legend.col.state')}</th>
          <th scope="col">{t('overview.legend.col.meaning')}</th>
          <th scope="col" className="number">
            {t('overview.legend.col.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {YEAR_WEEK_STATES.map((state) => (
          <tr key={state} data-state={state}>
            <th scope="row">{stateLabel(t, state)}</th>
            <td>{t(`overview.legend.${state}`)}</td>
            <td className="number">{counts[state]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
