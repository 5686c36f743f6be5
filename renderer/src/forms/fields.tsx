import { NativeSelect, TextInput, type NativeSelectProps, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../shared/domain/types';

// Dates and times are typed as text: the format is always YYYY-MM-DD and 24-hour HH:MM,
// whatever the browser's own date and time widgets would show.

export function DateField(props: TextInputProps) {
  const { t } = useTranslation();
  return <TextInput placeholder={t('field.datePlaceholder')} autoComplete="off" spellCheck={false} {...props} />;
}

export function TimeField(props: TextInputProps) {
  const { t } = useTranslation();
  return <TextInput placeholder={t('field.timePlaceholder')} autoComplete="off" spellCheck={false} {...props} />;
}

export function NumberField(props: TextInputProps) {
  return <TextInput inputMode="numeric" autoComplete="off" {...props} />;
}

const WORKDAYS: Weekday[] = [1, 2, 3, 4, 5];

export function WeekdaySelect(props: Omit<NativeSelectProps, 'data'>) {
  const { t } = useTranslation();
  return <NativeSelect data={WORKDAYS.map((day) => ({ value: String(day), label: t(`weekday.${day}`) }))} {...props} />;
}

/** A whole number as typed, or NaN so the schema refuses it with its own message. */
export function wholeNumber(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function toWeekday(value: string): Weekday {
  return Number(value) as Weekday;
}
