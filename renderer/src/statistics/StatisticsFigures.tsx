import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { roleLabel } from '../staff/labels';
import { oneDecimal, percentOf } from './figures';
import { SimpleTable } from './StatisticsCharts';

type Statistics = MethodOutput<'statistics.get'>;

/** The figures as short lines and small tables: the same on screen and in the printed report. */
/** `idPrefix` keeps the headings' ids apart: the view and its printed report are both on the page. */
export function StatisticsFigures({ statistics, idPrefix }: { statistics: Statistics; idPrefix: string }) {
  const { t } = useTranslation();
  const { sessions, participants, actions, cases } = statistics;
  const none = t('statistics.noValue');
  return (
    <div className="stats-figures">
      <section aria-labelledby={`${idPrefix}-sessions`}>
        <h2 id={`${idPrefix}-sessions`}>{t('statistics.sessions.heading')}</h2>
        <p data-figure="sessionsSummary">
          {t('statistics.sessions.summary', { held: sessions.held, due: sessions.due, share: percentOf(sessions.held, sessions.due) ?? none })}
        </p>
        <SimpleTable
          caption={t('statistics.sessions.caption')}
          headers={[t('statistics.col.what'), t('statistics.col.count')]}
          rows={(['due', 'held', 'cancelled', 'moved', 'notRecorded', 'upcoming', 'teamMeetingWeeks', 'holidayWeeks'] as const).map((key) => [
            t(`statistics.sessions.${key}`),
            String(sessions[key]),
          ])}
        />
        {sessions.cancelledByReason.length === 0 ? (
          <p>{t('statistics.reasons.none')}</p>
        ) : (
          <SimpleTable
            caption={t('statistics.reasons.caption')}
            headers={[t('statistics.col.reason'), t('statistics.col.count')]}
            rows={sessions.cancelledByReason.map((r) => [r.reason, String(r.count)])}
          />
        )}
      </section>
      <section aria-labelledby={`${idPrefix}-participants`}>
        <h2 id={`${idPrefix}-participants`}>{t('statistics.participants.heading')}</h2>
        <p data-figure="participantsSummary">
          {participants.average === null
            ? t('statistics.participants.noneHeld')
            : t('statistics.participants.summary', {
                average: oneDecimal(participants.average),
                min: participants.min ?? none,
                max: participants.max ?? none,
                total: participants.total,
                guests: t('statistics.participants.guests', { count: participants.guests }),
              })}
        </p>
        <SimpleTable
          caption={t('statistics.roles.caption')}
          headers={[t('statistics.col.role'), t('statistics.col.total'), t('statistics.col.perSession')]}
          rows={participants.byRole.map((r) => [
            roleLabel(t, r.role),
            String(r.total),
            r.averagePerSession === null ? none : oneDecimal(r.averagePerSession),
          ])}
        />
      </section>
      <section aria-labelledby={`${idPrefix}-follow-up`}>
        <h2 id={`${idPrefix}-follow-up`}>{t('statistics.followUp.heading')}</h2>
        <SimpleTable
          caption={t('statistics.followUp.caption')}
          headers={[t('statistics.col.what'), t('statistics.col.count')]}
          rows={[
            [t('statistics.actions.agreed'), String(actions.agreed)],
            [t('statistics.actions.closed'), String(actions.closed)],
            [t('statistics.actions.open'), String(actions.open)],
            [t('statistics.actions.overdue'), String(actions.overdue)],
            [t('statistics.cases.complex'), String(cases.complex)],
            [t('statistics.cases.newRehab'), String(cases.newRehab)],
            [t('statistics.cases.newRehabWithGoal'), String(cases.newRehabWithGoal)],
            [t('statistics.cases.newRehabFollowedUp'), String(cases.newRehabFollowedUp)],
          ]}
        />
      </section>
    </div>
  );
}
