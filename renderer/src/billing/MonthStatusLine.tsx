import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BillingMonthStatus } from '../../../shared/domain/types';

function stateText(t: TFunction, status: BillingMonthStatus): string {
  const latest = status.versions.at(-1);
  if (status.state === 'sent' && latest) {
    return t('billing.state.sent', { date: latest.sentAt.slice(0, 10), version: latest.version });
  }
  return t(status.state === 'reopened' ? 'billing.state.reopened' : 'billing.state.open');
}

/** "Ska skickas senast 2026-12-04, om 5 dagar" or "…, försenad 2 dagar". */
function deadlineText(t: TFunction, { deadline: date, daysLeft }: BillingMonthStatus): string {
  if (daysLeft > 1) return t('billing.deadline.inDays', { date, count: daysLeft });
  if (daysLeft === 1) return t('billing.deadline.inOneDay', { date });
  if (daysLeft === 0) return t('billing.deadline.today', { date });
  if (daysLeft === -1) return t('billing.deadline.overdueOne', { date });
  return t('billing.deadline.overdue', { date, count: -daysLeft });
}

/**
 * Where the month stands, in words (the colour only repeats it), and the deadline until sent.
 * A month before the routine started has nothing to send: it says so, with no deadline.
 */
export function MonthStatusLine({ status }: { status: BillingMonthStatus }) {
  const { t } = useTranslation();
  if (status.routineStartsAfter) {
    return (
      <span className="billing-month-line">
        <span className="billing-state" data-state="notStarted">
          {t('billing.state.notStarted', { date: status.routineStartsAfter })}
        </span>
      </span>
    );
  }
  return (
    <span className="billing-month-line">
      <span className="billing-state" data-state={status.state}>
        {stateText(t, status)}
      </span>
      {status.state !== 'sent' && (
        <span className="billing-deadline" data-overdue={status.daysLeft < 0}>
          {deadlineText(t, status)}
        </span>
      )}
    </span>
  );
}
