import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
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
        // The count shows the limit before the API has to refuse a name; the field stops there too.
        {...warning(draft.name, { hint: t('form.characterCount', { length: draft.name.length, max: LIMITS.nameMax }), refused: true })}
        maxLength={LIMITS.nameMax}
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
