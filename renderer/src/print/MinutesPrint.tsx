import { useTranslation } from 'react-i18next';
import { AGENDA_ITEMS, STAFF_ROLES, type AgendaNotes, type HeldRecord, type SessionDetail, type Unit } from '../../../shared/domain/types';
import { weekdayName } from '../../../shared/format/dates';
import { timeRange } from '../format';
import { dutyLines } from '../session/caseText';
import { roleLabel } from '../staff/labels';
import { FollowUpPrint } from './AgendaPrint';
import { PrintHeader } from './PrintHeader';

interface Props {
  unit: Unit;
  detail: SessionDetail;
  held: HeldRecord;
  notes: AgendaNotes;
  nameOf: (id: number) => string;
}

/** The minutes after the meeting: who took part (per role, as billed), the notes, the cases and the actions. */
export function MinutesPrint({ unit, detail, held, notes, nameOf }: Props) {
  const { t } = useTranslation();
  const { session, attendees, counts } = detail;
  const chairs = held.chairIds.map((id) => nameOf(id));
  const roles = STAFF_ROLES.filter((role) => counts.byRole[role] > 0);

  return (
    <article className="print-page">
      <PrintHeader
        title={t('print.minutes.title', { week: session.isoWeek })}
        unit={unit}
        rows={[
          {
            term: t('print.when'),
            value: t('print.whenValue', {
              weekday: weekdayName(held.date),
              date: held.date,
              time: timeRange(t, held.startTime, held.durationMinutes),
              minutes: held.durationMinutes,
            }),
          },
          { term: t('print.place'), value: t(`session.location.${held.location}`) },
          { term: t('print.chairs'), value: chairs.length > 0 ? chairs.join(', ') : t('print.noChairs') },
        ]}
      />

      <section>
        <h2>{t('print.participants')}</h2>
        <table className="print-table">
          <caption>{t('print.countsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.col.role')}</th>
              <th scope="col">{t('print.col.count')}</th>
              <th scope="col">{t('print.col.names')}</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role}>
                <th scope="row">{roleLabel(t, role)}</th>
                <td className="number">{counts.byRole[role]}</td>
                <td>
                  {attendees
                    .filter((a) => a.role === role)
                    .map((a) => (a.personId === null ? t('print.guest', { name: a.name }) : a.name))
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('print.total')}</th>
              <td className="number">{counts.total}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>

      <section>
        <h2>{t('session.agenda.title')}</h2>
        <ol className="print-agenda">
          {AGENDA_ITEMS.map((item) => (
            <li key={item}>
              <h3>{t(`session.agenda.item.${item}`)}</h3>
              {item === 'followUp' && <FollowUpPrint actions={detail.followUp} nameOf={nameOf} withStatus />}
              <p className="pre-line">{notes[item].trim() || t('print.noNotes')}</p>
            </li>
          ))}
        </ol>
      </section>

      {detail.cases.length > 0 && (
        <section>
          <h2>{t('print.cases')}</h2>
          {detail.cases.map((discussed) => (
            <div key={discussed.id} className="print-case">
              <h3>
                {discussed.reference} – {t(`session.caseKind.${discussed.kind}`)}
              </h3>
              {discussed.goal && (
                <p>
                  <strong>{t('session.case.goal')}:</strong> {discussed.goal}
                </p>
              )}
              {discussed.subGoals.length > 0 && (
                <>
                  <p>
                    <strong>{t('session.case.subGoals')}:</strong>
                  </p>
                  <ul className="print-list">
                    {discussed.subGoals.map((goal, index) => (
                      <li key={index}>{goal}</li>
                    ))}
                  </ul>
                </>
              )}
              {discussed.notes && <p className="pre-line">{discussed.notes}</p>}
              <p>
                <strong>{t('session.case.documentation')}:</strong>
              </p>
              <ul className="print-list">
                {dutyLines(t, discussed, nameOf).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      <section>
        <h2>{t('print.actions')}</h2>
        {detail.actions.length === 0 ? (
          <p>{t('session.actions.none')}</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t('session.actions.col.what')}</th>
                <th scope="col">{t('session.actions.col.who')}</th>
                <th scope="col">{t('session.actions.col.due')}</th>
                <th scope="col">{t('session.actions.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.actions.map((agreed) => (
                <tr key={agreed.id}>
                  <td className="pre-line">{agreed.what}</td>
                  <td>{nameOf(agreed.responsibleId)}</td>
                  <td>{agreed.dueDate ?? t('session.action.noDue')}</td>
                  <td>{t(`session.actionStatus.${agreed.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
