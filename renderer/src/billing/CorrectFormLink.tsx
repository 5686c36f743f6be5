import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { monthName } from '../../../shared/format/dates';
import type { YearMonth } from '../../../shared/domain/types';
import { billingHref } from '../app/route';

interface Props {
  unitId: number;
  month: YearMonth;
}

/** "Rätta underlaget": opens Debiteringsunderlag on the sent month, where it can be reopened. */
export function CorrectFormLink({ unitId, month }: Props) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={billingHref(unitId, month)}
      size="sm"
      data-action="correctForm"
      aria-label={t('planning.locked.correctLabel', { month: monthName(month) })}
    >
      {t('planning.locked.correct')}
    </Anchor>
  );
}
