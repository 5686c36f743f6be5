import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, SlotRule } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { DateField, NumberField, TimeField, WeekdaySelect, toWeekday, wholeNumber } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';

const FIELDS = ['weekday', 'startTime', 'durationMinutes', 'validFrom'] as const;

interface Props {
  unitId: number;
  today: IsoDate;
  labelledBy: string;
  submitLabel: string;
  onSaved: (rule: SlotRule) => void;
  /** The first-run guide asks for the day the routine started (default the 1st of the month) instead of "Gäller från". */
  routineStart?: IsoDate;
}

/** The weekly slot; the routine's usual one is Thursday 14:00 for 30 minutes. */
export function SlotRuleForm({ unitId, today, labelledBy, submitLabel, onSaved, routineStart }: Props) {
  const { t } = useTranslation();
  const form = useApiForm('slotRules.add');
  const [weekday, setWeekday] = useState('4');
  const [startTime, setStartTime] = useState('14:00');
  const [duration, setDuration] = useState('30');
  const [validFrom, setValidFrom] = useState(routineStart ?? today);

  const save = async () => {
    const rule = await form.submit({
      unitId,
      weekday: toWeekday(weekday),
      startTime: startTime.trim(),
      durationMinutes: wholeNumber(duration),
      validFrom: validFrom.trim(),
    });
    if (rule) onSaved(rule);
  };

  return (
    <ApiFormFrame
      error={form.error}
      fields={FIELDS}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={<Button type="submit">{submitLabel}</Button>}
    >
      <WeekdaySelect
        label={t('units.slot.field.weekday')}
        value={weekday}
        onChange={(e) => setWeekday(e.currentTarget.value)}
        error={form.fieldError('weekday')}
      />
      <TimeField
        label={t('units.slot.field.startTime')}
        description={t('units.slot.field.startTimeHint')}
        value={startTime}
        onChange={(e) => setStartTime(e.currentTarget.value)}
        error={form.fieldError('startTime')}
      />
      <NumberField
        label={t('units.slot.field.duration')}
        value={duration}
        onChange={(e) => setDuration(e.currentTarget.value)}
        error={form.fieldError('durationMinutes')}
      />
      <DateField
        label={t(routineStart ? 'setup.step2.routineStart' : 'units.slot.field.validFrom')}
        description={routineStart ? t('setup.step2.routineStartHint') : t('field.dateHint')}
        value={validFrom}
        onChange={(e) => setValidFrom(e.currentTarget.value)}
        error={form.fieldError('validFrom')}
      />
    </ApiFormFrame>
  );
}
