import { useTranslation } from 'react-i18next';
import { headCountsByRole } from '../../../shared/domain/headCounts';
import type { IsoDate, StaffMember, Unit } from '../../../shared/domain/types';
import { PrintHeader } from '../print/PrintHeader';
import { employmentLabel, roleLabel } from './labels';

interface Props {
  unit: Unit;
  today: IsoDate;
  withLeavers: boolean;
  /** In Swedish name order. */
  members: StaffMember[];
}

/** The roster on paper (portrait A4): one line per person, then how many there are per role. */
export function RosterPrint({ unit, today, withLeavers, members }: Props) {
  const { t } = useTranslation();
  const counts = headCountsByRole(members);
  return (
    <article className="print-page">
      <PrintHeader
        title={t('roster.print.docTitle')}
        unit={unit}
        rows={[
          {
            term: t('roster.print.scope'),
            value: withLeavers ? t('roster.print.scope.withLeavers') : t('roster.print.scope.onRoster', { date: today }),
          },
          { term: t('overview.print.printed'), value: today },
        ]}
      />
      {members.length === 0 ? (
        <p>{t('roster.print.empty')}</p>
      ) : (
        <table className="print-table">
          <caption>{t('roster.print.caption', { unit: unit.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.col.name')}</th>
              <th scope="col">{t('staff.col.role')}</th>
              <th scope="col">{t('staff.col.employment')}</th>
              <th scope="col">{t('staff.col.activeFrom')}</th>
              <th scope="col">{t('staff.col.activeTo')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>{roleLabel(t, member.role)}</td>
                <td>{employmentLabel(t, member.employment)}</td>
                <td>{member.activeFrom}</td>
                <td>{member.activeTo ?? t('roster.print.untilFurther')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="print-table roster-count-table">
        <caption>{t('roster.print.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('print.col.role')}</th>
            <th scope="col" className="number">
              {t('print.col.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.byRole.map(({ role, count }) => (
            <tr key={role}>
              <th scope="row">{roleLabel(t, role)}</th>
              <td className="number">{count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('print.total')}</th>
            <td className="number">{counts.total}</td>
          </tr>
        </tfoot>
      </table>
    </article>
  );
}
