import { Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
import type { Unit } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { useApiForm } from '../forms/useApiForm';
import { UNIT_FIELDS, UnitFields, type UnitDraft } from './UnitFields';

interface Props {
  unit: Unit;
  labelledBy: string;
  onSaved: (unit: Unit) => void;
}

export function UnitDetailsForm({ unit, labelledBy, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useApiForm('units.update');
  const [draft, setDraft] = useState<UnitDraft>({
    name: unit.name,
    providerName: unit.providerName,
    managerName: unit.managerName,
  });
  // Only the calendar export uses these two, so the first-run guide does not ask for them.
  const [calendar, setCalendar] = useState({ location: unit.location, managerEmail: unit.managerEmail });

  const save = async () => {
    const saved = await form.submit({ id: unit.id, ...draft, ...calendar });
    if (saved) onSaved(saved);
  };

  return (
    <ApiFormFrame
      error={form.error}
      fields={[...UNIT_FIELDS, 'location', 'managerEmail']}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={<Button type="submit">{t('units.settings.saveDetails')}</Button>}
    >
      <UnitFields draft={draft} onChange={setDraft} fieldError={form.fieldError} />
      <TextInput
        label={t('units.managerEmail')}
        description={t('units.managerEmailHint')}
        type="email"
        value={calendar.managerEmail}
        onChange={(e) => setCalendar({ ...calendar, managerEmail: e.currentTarget.value })}
        error={form.fieldError('managerEmail')}
        maxLength={LIMITS.emailMax}
        autoComplete="email"
      />
      <TextInput
        label={t('units.location')}
        description={t('units.locationHint')}
        value={calendar.location}
        onChange={(e) => setCalendar({ ...calendar, location: e.currentTarget.value })}
        error={form.fieldError('location')}
        maxLength={LIMITS.placeMax}
      />
    </ApiFormFrame>
  );
}
