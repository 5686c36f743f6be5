import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMeetingDate } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { DateField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';

interface Props {
  unitId: number;
  labelledBy: string;
  onAdded: (date: TeamMeetingDate) => void;
}

export function TeamMeetingDateForm({ unitId, labelledBy, onAdded }: Props) {
  const { t } = useTranslation();
  const form = useApiForm('teamMeetings.addDate');
  const [date, setDate] = useState('');

  const save = async () => {
    const added = await form.submit({ unitId, date: date.trim() });
    if (added) {
      setDate('');
      onAdded(added);
    }
  };

  return (
    <ApiFormFrame
      error={form.error}
      fields={['date']}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={
        <Button type="submit" variant="default">
          {t('units.teamMeetings.addDate')}
        </Button>
      }
    >
      <DateField
        label={t('units.teamMeetings.field.date')}
        description={t('field.dateHint')}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={form.fieldError('date')}
      />
    </ApiFormFrame>
  );
}
