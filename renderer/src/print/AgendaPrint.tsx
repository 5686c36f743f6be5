import { useTranslation } from 'react-i18next';
import { AGENDA_ITEMS, type AgendaNotes, type AgreedAction, type SessionDetail, type Unit } from '../../../shared/domain/types';
import { weekdayName } from '../../../shared/format/dates';
import { timeRange } from '../format';
import { PrintHeader } from './PrintHeader';

interface Props {
  unit: Unit;
  detail: SessionDetail;
  notes: AgendaNotes;
  nameOf: (id: number) => string;
}

/** The agenda handed out before the meeting: the five items, and the open actions to follow up. */
export function AgendaPrint({ unit, detail, notes, nameOf }: Props) {
  const { t } = useTranslation();
  const { session } = detail;
  const open = detail.followUp.filter((agreed) => agreed.status === 'open');
  return (
    <article className="print-page">
      <PrintHeader
        title={t('print.agenda.title', { week: session.isoWeek })}
        unit={unit}
        rows={[
          {
            term: t('print.when'),
            value: t('print.whenValue', {
              weekday: weekdayName(session.date),
              date: session.date,
              time: timeRange(t, session.startTime, session.durationMinutes),
              minutes: session.durationMinutes,
            }),
          },
        ]}
      />
      <ol className="print-agenda">
        {AGENDA_ITEMS.map((item) => (
          <li key={item}>
            <h2>{t(`session.agenda.item.${item}`)}</h2>
            <p className="print-hint">
              {/* On screen this hint points to the form below; on paper it asks the routine's question. */}
              {item === 'responsibilities' ? t('print.hint.responsibilities') : t(`session.agenda.hint.${item}`)}
            </p>
            {item === 'followUp' && <FollowUpPrint actions={open} nameOf={nameOf} />}
            {notes[item].trim() ? <p className="pre-line">{notes[item]}</p> : <div className="write-space" />}
          </li>
        ))}
      </ol>
    </article>
  );
}

interface FollowUpProps {
  actions: AgreedAction[];
  nameOf: (id: number) => string;
  withStatus?: boolean;
}

export function FollowUpPrint({ actions, nameOf, withStatus = false }: FollowUpProps) {
  const { t } = useTranslation();
  if (actions.length === 0) return <p>{t('session.followUp.none')}</p>;
  return (
    <ul className="print-list">
      {actions.map((agreed) => {
        const params = { what: agreed.what, name: nameOf(agreed.responsibleId), date: agreed.dueDate ?? '' };
        return (
          <li key={agreed.id}>
            {t(agreed.dueDate ? 'print.followUpItemDue' : 'print.followUpItem', params)}
            {withStatus && <span className="print-status">{t(`session.actionStatus.${agreed.status}`)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
