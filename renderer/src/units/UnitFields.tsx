import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';

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
  const warning = usePersonnummerWarning();
  return (
    <>
      <TextInput
        label={t('units.field.name')}
        {...warning(draft.name, { refused: true })}
        value={draft.name}
        onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })}
        error={fieldError('name')}
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
      />
      <TextInput
        label={t('units.field.providerName')}
        {...warning(draft.providerName, { hint: t('units.field.providerNameHint'), refused: true })}
        value={draft.providerName}
        onChange={(e) => onChange({ ...draft, providerName: e.currentTarget.value })}
        error={fieldError('providerName')}
        autoComplete="organization"
      />
      <TextInput
        label={t('units.field.managerName')}
        {...warning(draft.managerName, { hint: t('units.field.managerNameHint'), refused: true })}
        value={draft.managerName}
        onChange={(e) => onChange({ ...draft, managerName: e.currentTarget.value })}
        error={fieldError('managerName')}
        autoComplete="name"
      />
    </>
  );
}
