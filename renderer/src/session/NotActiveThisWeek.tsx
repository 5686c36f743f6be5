import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IsoWeekKey } from '../../../shared/domain/types';
import { useApiQuery } from '../api/useApiQuery';
import { ErrorAlert } from '../forms/ErrorAlert';

interface Props {
  unitId: number;
  week: IsoWeekKey;
}

/**
 * Who on the roster cannot be ticked this week, and why: a person entered with a later start
 * (or who has left) is otherwise simply missing from the list, and the manager cannot tell
 * whether something is wrong. Collapsed, since most weeks nobody is looked for.
 */
export function NotActiveThisWeek({ unitId, week }: Props) {
  const { t } = useTranslation();
  const missing = useApiQuery('staff.notActiveInWeek', { unitId, week });

  if (missing.error) return <ErrorAlert error={missing.error} title={t('load.errorTitle')} />;
  const members = missing.data ?? [];
  if (members.length === 0) return null;

  return (
    <details className="not-active-this-week">
      <summary>{t('session.notActive.summary', { count: members.length })}</summary>
      <List mt="xs">
        {members.map((member) => (
          <List.Item key={member.personId}>
            {member.name}: {t(`session.notActive.${member.reason}`, { date: member.date })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t('session.notActive.hint')}
      </Text>
    </details>
  );
}
