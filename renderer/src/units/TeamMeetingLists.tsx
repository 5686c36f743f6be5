import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamMeetingDate, TeamMeetingPattern } from '../../../shared/domain/types';
import { weekdayName } from '../../../shared/format/dates';
import { describePattern } from '../format';

interface DateListProps {
  dates: TeamMeetingDate[];
  emptyText: string;
  onRemove: (date: TeamMeetingDate) => void;
}

export function TeamMeetingDateList({ dates, emptyText, onRemove }: DateListProps) {
  const { t } = useTranslation();
  if (dates.length === 0) return <Text>{emptyText}</Text>;
  const sorted = [...dates].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ul className="plain-list">
      {sorted.map((date) => (
        <li key={date.id}>
          <Group gap="sm" wrap="nowrap">
            <Text>
              {weekdayName(date.date)} {date.date}
            </Text>
            <Button
              size="xs"
              variant="default"
              aria-label={t('units.teamMeetings.removeDateLabel', { date: date.date })}
              onClick={() => onRemove(date)}
            >
              {t('units.teamMeetings.removeDate')}
            </Button>
          </Group>
        </li>
      ))}
    </ul>
  );
}

interface PatternListProps {
  patterns: TeamMeetingPattern[];
  onEnd: (pattern: TeamMeetingPattern) => void;
}

export function TeamMeetingPatternList({ patterns, onEnd }: PatternListProps) {
  const { t } = useTranslation();
  if (patterns.length === 0) return <Text>{t('units.teamMeetings.noPatterns')}</Text>;
  return (
    <ul className="plain-list">
      {patterns.map((pattern) => {
        const description = describePattern(t, pattern);
        return (
          <li key={pattern.id}>
            <Group gap="sm" wrap="nowrap">
              <Text>{description}</Text>
              {pattern.validTo === null ? (
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('units.teamMeetings.endPatternLabel', { description })}
                  onClick={() => onEnd(pattern)}
                >
                  {t('units.teamMeetings.endPattern')}
                </Button>
              ) : (
                <Text fs="italic">{t('units.teamMeetings.ended')}</Text>
              )}
            </Group>
          </li>
        );
      })}
    </ul>
  );
}
