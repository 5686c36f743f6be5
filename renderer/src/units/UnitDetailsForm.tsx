import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

  const save = async () => {
    const saved = await form.submit({ id: unit.id, ...draft });
    if (saved) onSaved(saved);
  };

  return (
    <ApiFormFrame
      error={form.error}
      fields={UNIT_FIELDS}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={<Button type="submit">{t('units.settings.saveDetails')}</Button>}
    >
      <UnitFields draft={draft} onChange={setDraft} fieldError={form.fieldError} />
    </ApiFormFrame>
  );
}
