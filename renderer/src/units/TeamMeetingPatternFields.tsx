import { NativeSelect, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/domain/types';
import { DateField, NumberField, WeekdaySelect, toWeekday, wholeNumber } from '../forms/fields';

export type PatternKind = 'nthWeekdayOfMonth' | 'everyNWeeks';

export interface PatternDraft {
  kind: PatternKind;
  nth: string;
  weekday: string;
  intervalWeeks: string;
  validFrom: IsoDate;
}

export const PATTERN_FIELDS = ['recurrence.nth', 'recurrence.weekday', 'recurrence.intervalWeeks', 'validFrom'] as const;

export const newPatternDraft = (today: IsoDate): PatternDraft => ({
  kind: 'nthWeekdayOfMonth',
  nth: '1',
  weekday: '2',
  intervalWeeks: '4',
  validFrom: today,
});

export function patternInput(unitId: number, draft: PatternDraft): MethodInput<'teamMeetings.addPattern'> {
  const weekday = toWeekday(draft.weekday);
  return {
    unitId,
    recurrence:
      draft.kind === 'nthWeekdayOfMonth'
        ? { kind: draft.kind, nth: Number(draft.nth) as 1 | 2 | 3 | 4 | -1, weekday }
        : { kind: draft.kind, intervalWeeks: wholeNumber(draft.intervalWeeks), weekday },
    validFrom: draft.validFrom.trim(),
  };
}

const NTHS = [1, 2, 3, 4, -1] as const;

interface KindProps {
  value: PatternKind | 'none';
  onChange: (kind: PatternKind | 'none') => void;
  withNone: boolean;
}

export function PatternKindChoice({ value, onChange, withNone }: KindProps) {
  const { t } = useTranslation();
  const kinds = [...(withNone ? (['none'] as const) : []), 'nthWeekdayOfMonth', 'everyNWeeks'] as const;
  return (
    <Radio.Group label={t('units.teamMeetings.kind')} value={value} onChange={(kind) => onChange(kind)}>
      <Stack gap="xs" mt="xs">
        {kinds.map((kind) => (
          <Radio key={kind} value={kind} label={t(`units.teamMeetings.kind.${kind}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

interface FieldsProps {
  draft: PatternDraft;
  onChange: (draft: PatternDraft) => void;
  fieldError: (field: string) => string | undefined;
}

export function TeamMeetingPatternFields({ draft, onChange, fieldError }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {draft.kind === 'nthWeekdayOfMonth' ? (
        <NativeSelect
          label={t('units.teamMeetings.field.nth')}
          data={NTHS.map((nth) => ({ value: String(nth), label: t(`nth.${nth}`) }))}
          value={draft.nth}
          onChange={(e) => onChange({ ...draft, nth: e.currentTarget.value })}
          error={fieldError('recurrence.nth')}
        />
      ) : (
        <NumberField
          label={t('units.teamMeetings.field.intervalWeeks')}
          value={draft.intervalWeeks}
          onChange={(e) => onChange({ ...draft, intervalWeeks: e.currentTarget.value })}
          error={fieldError('recurrence.intervalWeeks')}
        />
      )}
      <WeekdaySelect
        label={t('units.teamMeetings.field.weekday')}
        value={draft.weekday}
        onChange={(e) => onChange({ ...draft, weekday: e.currentTarget.value })}
        error={fieldError('recurrence.weekday')}
      />
      <DateField
        label={t('units.teamMeetings.field.validFrom')}
        description={draft.kind === 'everyNWeeks' ? t('units.teamMeetings.field.validFromEveryNWeeksHint') : t('field.dateHint')}
        value={draft.validFrom}
        onChange={(e) => onChange({ ...draft, validFrom: e.currentTarget.value })}
        error={fieldError('validFrom')}
      />
    </>
  );
}
