import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notActiveOn } from '../../../shared/domain/roster';
import type { IsoDate, StaffMember } from '../../../shared/domain/types';

interface Props {
  /** The unit's whole roster, leavers included (the session view holds it already). */
  staff: StaffMember[];
  /** The session's day. */
  date: IsoDate;
}

/**
 * Who on the roster cannot be ticked this week, and why: a person entered with a later start
 * (or who has left) is otherwise simply missing from the list, and the manager cannot tell
 * whether something is wrong. Collapsed, since most weeks nobody is looked for. Derived with
 * the backend's own rule from the roster already loaded, so opening a week asks for nothing more.
 */
export function NotActiveThisWeek({ staff, date }: Props) {
  const { t } = useTranslation();
  const members = notActiveOn(staff, date);
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
