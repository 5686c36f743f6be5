import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { monthName, monthPeriod } from '../../../shared/format/dates';
import { formatHours, formatOre } from '../../../shared/format/numbers';
import { parseWeekKey } from '../../../shared/domain/calendar';
import { STAFF_ROLES, type BillingForm, type UnbilledWeek } from '../../../shared/domain/types';
import { timeRange } from '../format';
import { PrintFacts } from '../print/PrintHeader';
import { roleLabel } from '../staff/labels';
import { describeDifference } from './differences';

interface Props {
  form: BillingForm;
  appVersion: string;
  /**
   * 1 on paper, where the form is the page; 2 on screen, under the view's own heading.
   * Everything else is the same markup, so the screen shows exactly what prints.
   */
  titleLevel: 1 | 2;
}

type Level = 1 | 2 | 3 | 4;
/** The level differs between screen and paper; the look comes from the class, so both look the same. */
function Heading({ level, children, className }: { level: Level; children: string; className: string }) {
  const Tag = `h${level}` as const;
  return <Tag className={className}>{children}</Tag>;
}

function unbilledReason(t: TFunction, week: UnbilledWeek): string {
  if (week.reason === 'cancelled' && week.detail) return t('billing.form.reason.cancelledWith', { detail: week.detail });
  if (week.reason === 'holiday' && week.detail) return t('billing.form.reason.holidayWith', { detail: week.detail });
  return t(`billing.form.reason.${week.reason}`);
}

/**
 * The debiteringsunderlag for one unit and month, A4 portrait: counts only, no notes, no
 * case references, no names. It shows what the backend put in the form and nothing else,
 * so a sent version reprints exactly as it was sent.
 */
export function BillingFormDocument({ form, appVersion, titleLevel }: Props) {
  const { t } = useTranslation();
  const sub = (titleLevel + 1) as Level;
  const { header, totals, correction } = form;
  const roles = STAFF_ROLES.filter((role) => form.billableRoles.includes(role));
  const withAmount = form.rate !== null;
  const given = (value: string) => value.trim() || t('billing.form.notGiven');

  const facts = [
    { term: t('billing.form.municipality'), value: given(header.municipality) },
    {
      term: t('billing.form.provider'),
      value: header.providerOrgNumber
        ? t('billing.form.providerValue', { name: header.providerName, orgNumber: header.providerOrgNumber })
        : header.providerName,
    },
    { term: t('billing.form.unit'), value: header.unitName },
    { term: t('billing.form.costCentre'), value: given(header.costCentre) },
    { term: t('billing.form.month'), value: monthName(form.month) },
    { term: t('billing.form.period'), value: monthPeriod(form.month) },
    {
      term: t('billing.form.manager'),
      value: header.managerPhone ? t('billing.form.managerValue', { name: header.managerName, phone: header.managerPhone }) : header.managerName,
    },
  ];

  return (
    <article className="print-page billing-form" lang="sv">
      <header className="print-header">
        <Heading level={titleLevel} className="billing-form-title">
          {t('billing.form.title')}
        </Heading>
        {correction && (
          <div className="billing-correction">
            <p className="billing-correction-mark">{t('billing.form.correction')}</p>
            <p>{t('billing.form.correctionOf', { previous: correction.previousVersion, reason: correction.reason })}</p>
          </div>
        )}
        <PrintFacts facts={facts} />
      </header>

      {correction && (
        <section className="billing-differences">
          <Heading level={sub} className="billing-section-heading">
            {t('billing.form.differences', { previous: correction.previousVersion })}
          </Heading>
          {correction.differences.length === 0 ? (
            <p>{t('billing.form.noDifferences')}</p>
          ) : (
            <ul className="print-list">
              {correction.differences.map((difference, index) => (
                <li key={index}>{describeDifference(t, difference)}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section>
        <Heading level={sub} className="billing-section-heading">
          {t('billing.form.sessions')}
        </Heading>
        <table className="print-table billing-rows" aria-label={t('billing.form.sessions')} data-many-roles={roles.length > 5}>
          <thead>
            <tr>
              <th scope="col">{t('billing.form.col.date')}</th>
              <th scope="col">{t('billing.form.col.week')}</th>
              <th scope="col">{t('billing.form.col.time')}</th>
              <th scope="col" className="number">
                {t('billing.form.col.duration')}
              </th>
              {roles.map((role) => (
                <th key={role} scope="col" className="number role-head">
                  <span>{t(`billing.form.col.role.${role}`)}</span>
                </th>
              ))}
              <th scope="col" className="number">
                {t('billing.form.col.billable')}
              </th>
              <th scope="col" className="number">
                {t('billing.form.col.hours')}
              </th>
              {withAmount && (
                <th scope="col" className="number amount">
                  {t('billing.form.col.amount')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {form.rows.length === 0 && (
              <tr>
                <td colSpan={6 + roles.length + (withAmount ? 1 : 0)}>{t('billing.form.noSessions')}</td>
              </tr>
            )}
            {form.rows.map((row) => (
              <tr key={row.week} data-week={row.week}>
                <th scope="row">{row.date}</th>
                <td>{parseWeekKey(row.week).isoWeek}</td>
                <td>{timeRange(t, row.startTime, row.durationMinutes)}</td>
                <td className="number">{t('time.minutes', { minutes: row.durationMinutes })}</td>
                {roles.map((role) => (
                  <td key={role} className="number">
                    {row.byRole[role]}
                  </td>
                ))}
                <td className="number billable">{row.billable}</td>
                <td className="number">{formatHours(row.participantMinutes)}</td>
                {withAmount && <td className="number amount">{formatOre(row.amountOre ?? 0)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="billing-unbilled">
        <Heading level={sub} className="billing-section-heading">
          {t('billing.form.unbilled')}
        </Heading>
        {form.unbilled.length === 0 ? (
          <p>{t(form.rows.length === 0 ? 'billing.form.unbilledNoPlan' : 'billing.form.unbilledNone')}</p>
        ) : (
          <>
            {form.rows.length === 0 && <p>{t('billing.form.noneHeld')}</p>}
            <table className="print-table billing-unbilled-table" aria-label={t('billing.form.unbilled')}>
              <thead>
                <tr>
                  <th scope="col">{t('billing.form.col.week')}</th>
                  <th scope="col">{t('billing.form.col.date')}</th>
                  <th scope="col">{t('billing.form.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {form.unbilled.map((week) => (
                  <tr key={week.week} data-week={week.week}>
                    <th scope="row">{parseWeekKey(week.week).isoWeek}</th>
                    <td>{week.date}</td>
                    <td>{unbilledReason(t, week)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      {/* Sums, signatures and footer stay on one page: nobody signs a page without the sums. */}
      <div className="billing-closing">
        <section className="billing-totals">
          <Heading level={sub} className="billing-section-heading">
            {t('billing.form.totals')}
          </Heading>
          <dl className="billing-total-list">
            <div>
              <dt>{t('billing.form.total.sessions')}</dt>
              <dd>{totals.sessions}</dd>
            </div>
            <div>
              <dt>{t('billing.form.total.billable')}</dt>
              <dd>{totals.billableParticipants}</dd>
            </div>
            <div>
              <dt>{t('billing.form.total.hours')}</dt>
              <dd>{formatHours(totals.participantMinutes)}</dd>
            </div>
            {withAmount && (
              <div>
                <dt>{t('billing.form.total.amount')}</dt>
                <dd>{formatOre(totals.amountOre ?? 0)}</dd>
              </div>
            )}
          </dl>
          <p>{t('billing.form.roles', { roles: roles.map((role) => roleLabel(t, role)).join(', ') })}</p>
          {form.rate && <p>{t(`billing.form.rate.${form.rate.kind}`, { amount: formatOre(form.rate.amountOre) })}</p>}
        </section>

        <section className="billing-signatures">
          <Heading level={sub} className="visually-hidden">
            {t('billing.form.signatures')}
          </Heading>
          {(['manager', 'approver'] as const).map((who) => (
            <div key={who} className="signature">
              <p className="signature-role">{t(`billing.form.sign.${who}`)}</p>
              <p className="signature-line">{t('billing.form.sign.date')}</p>
              <p className="signature-line">{t('billing.form.sign.signature')}</p>
              <p className="signature-line">{t('billing.form.sign.name')}</p>
            </div>
          ))}
        </section>

        <footer className="billing-footer">{t('billing.form.footer', { appVersion, version: form.version, date: form.producedOn })}</footer>
      </div>
    </article>
  );
}
