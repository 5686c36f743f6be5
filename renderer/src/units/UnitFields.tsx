import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface UnitDraft {
  name: string;
  providerName: string;
  managerName: string;
}

export const UNIT_FIELDS = ['name', 'providerName', 'managerName'] as const;

interface Props {
  draft: UnitDraft;
  onChange: (draft: UnitDraft) => void;
  fieldError: (field: string) => string | undefined;
  autoFocus?: boolean;
}

export function UnitFields({ draft, onChange, fieldError, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('units.field.name')}
        value={draft.name}
        onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })}
        error={fieldError('name')}
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
      />
      <TextInput
        label={t('units.field.providerName')}
        description={t('units.field.providerNameHint')}
        value={draft.providerName}
        onChange={(e) => onChange({ ...draft, providerName: e.currentTarget.value })}
        error={fieldError('providerName')}
        autoComplete="organization"
      />
      <TextInput
        label={t('units.field.managerName')}
        description={t('units.field.managerNameHint')}
        value={draft.managerName}
        onChange={(e) => onChange({ ...draft, managerName: e.currentTarget.value })}
        error={fieldError('managerName')}
        autoComplete="name"
      />
    </>
  );
}
