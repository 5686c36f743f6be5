import './billing.css';
import { Anchor, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { monthOf } from '../../../shared/domain/billing';
import { monthName } from '../../../shared/format/dates';
import type { BillingMonthStatus, BillingReminder, IsoDate } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';
import { billingHref } from '../app/route';

interface Props {
  today: IsoDate;
}

interface Reminder {
  status: BillingReminder;
  unitName: string;
}

function reminderText(t: TFunction, { status, unitName }: Reminder, today: IsoDate): string {
  const params = { month: monthName(status.month), unit: unitName };
  if (status.state === 'reopened') return t('billing.reminders.reopened', params);
  return t(status.month === monthOf(today) ? 'billing.reminders.current' : 'billing.reminders.unsent', params);
}

/** "2 veckor ej registrerade": weeks of the month to record (or cancel) before it can be sent. */
function unrecordedText(t: TFunction, { unrecordedWeeks: count }: BillingReminder): string | null {
  if (count === 0) return null;
  return count === 1 ? t('billing.reminders.unrecordedOne') : t('billing.reminders.unrecorded', { count });
}

function deadlineText(t: TFunction, { deadline: date, daysLeft }: BillingMonthStatus): string {
  if (daysLeft > 1) return t('billing.reminders.daysLeft', { date, count: daysLeft });
  if (daysLeft === 1) return t('billing.reminders.oneDayLeft', { date });
  if (daysLeft === 0) return t('billing.reminders.today', { date });
  if (daysLeft === -1) return t('billing.reminders.overdueOne', { date });
  return t('billing.reminders.overdue', { date, count: -daysLeft });
}

/**
 * Forms waiting to be sent, for every unit: unsent past months, and this month from its last
 * week on. Nothing is shown when none wait (or when they cannot be read: Planering comes first).
 */
export function BillingReminders({ today }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [reminders, setReminders] = useState<Reminder[]>([]);

  useEffect(() => {
    void Promise.all([api.call('billing.reminders', {}), api.call('units.list', {})]).then(([statuses, units]) => {
      if (!statuses.ok || !units.ok) return;
      const nameOf = new Map(units.value.map((u) => [u.id, u.name]));
      setReminders(statuses.value.map((status) => ({ status, unitName: nameOf.get(status.unitId) ?? '' })));
    });
  }, []);

  if (reminders.length === 0) return null;

  return (
    <section aria-labelledby="billing-reminders-heading" className="billing-reminders">
      <h2 id="billing-reminders-heading">{t('billing.reminders.title')}</h2>
      <ul>
        {reminders.map((reminder) => {
          const { status, unitName } = reminder;
          return (
            <li key={`${status.unitId}-${status.month}`} data-overdue={status.daysLeft < 0}>
              <Text component="span">{reminderText(t, reminder, today)} </Text>
              {unrecordedText(t, status) && (
                <Text component="span" className="billing-reminder-unrecorded">
                  {unrecordedText(t, status)}{' '}
                </Text>
              )}
              <Text component="span" className="billing-reminder-deadline">
                {deadlineText(t, status)}{' '}
              </Text>
              <Anchor
                // Another unit's link shows that unit: the address names it.
                href={billingHref(status.unitId, status.month)}
                aria-label={t('billing.reminders.openLabel', { month: monthName(status.month), unit: unitName })}
                onClick={() => announce('')}
              >
                {t('billing.reminders.open')}
              </Anchor>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
