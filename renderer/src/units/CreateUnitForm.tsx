import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Unit } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { useApiForm } from '../forms/useApiForm';
import { UNIT_FIELDS, UnitFields, type UnitDraft } from './UnitFields';

interface Props {
  labelledBy: string;
  submitLabel: string;
  onCreated: (unit: Unit) => void;
  extraActions?: ReactNode;
}

/** Step 1 of the guide and the "Ny enhet" view: the same three fields. */
export function CreateUnitForm({ labelledBy, submitLabel, onCreated, extraActions }: Props) {
  const form = useApiForm('units.create');
  const [draft, setDraft] = useState<UnitDraft>({ name: '', providerName: '', managerName: '' });

  const save = async () => {
    const unit = await form.submit(draft);
    if (unit) onCreated(unit);
  };

  return (
    <ApiFormFrame
      error={form.error}
      fields={UNIT_FIELDS}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={
        <>
          <Button type="submit">{submitLabel}</Button>
          {extraActions}
        </>
      }
    >
      <UnitFields draft={draft} onChange={setDraft} fieldError={form.fieldError} />
    </ApiFormFrame>
  );
}
