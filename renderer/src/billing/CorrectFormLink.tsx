import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { monthName } from '../../../shared/format/dates';
import type { YearMonth } from '../../../shared/domain/types';
import { hrefOf } from '../app/route';
import { handOverMonth } from './handOver';

interface Props {
  unitId: number;
  month: YearMonth;
}

/** "Rätta underlaget": opens Debiteringsunderlag on the sent month, where it can be reopened. */
export function CorrectFormLink({ unitId, month }: Props) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={hrefOf('billing')}
      size="sm"
      data-action="correctForm"
      aria-label={t('planning.locked.correctLabel', { month: monthName(month) })}
      // The address names only the view; the month goes along as the reminders hand it over.
      onClick={() => handOverMonth(unitId, month)}
    >
      {t('planning.locked.correct')}
    </Anchor>
  );
}
