import { NativeSelect, TextInput } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';
import type { Employment, StaffRole } from '../../../shared/domain/types';
import { employmentOptions, roleOptions } from './labels';

export interface PersonDraft {
  name: string;
  role: StaffRole;
  employment: Employment;
  email: string;
}

export const PERSON_FIELDS = ['name', 'role', 'employment', 'email'] as const;

interface Props {
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  fieldError: (field: string) => string | undefined;
  autoFocus?: boolean;
  nameRef?: Ref<HTMLInputElement>;
  /** Shown right under the name field: in the add form, the people already entered elsewhere. */
  afterName?: ReactNode;
}

/** Name, role, employment and e-mail: what a person is, the same in every unit they belong to. */
export function PersonFields({ draft, onChange, fieldError, autoFocus, nameRef, afterName }: Props) {
  const { t } = useTranslation();
  const warning = usePersonnummerWarning();
  return (
    <>
      <TextInput
        ref={nameRef}
        label={t('staff.field.name')}
        {...warning(draft.name, { hint: t('staff.field.nameHint'), refused: true })}
        value={draft.name}
        onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })}
        error={fieldError('name')}
        maxLength={LIMITS.nameMax}
        autoComplete="off"
        spellCheck={false}
        data-autofocus={autoFocus || undefined}
      />
      {afterName}
      <NativeSelect
        label={t('staff.field.role')}
        data={roleOptions(t)}
        value={draft.role}
        onChange={(e) => onChange({ ...draft, role: e.currentTarget.value as StaffRole })}
        error={fieldError('role')}
      />
      <NativeSelect
        label={t('staff.field.employment')}
        data={employmentOptions(t)}
        value={draft.employment}
        onChange={(e) => onChange({ ...draft, employment: e.currentTarget.value as Employment })}
        error={fieldError('employment')}
      />
      <TextInput
        type="email"
        label={t('staff.email')}
        description={t('staff.emailHint')}
        value={draft.email}
        onChange={(e) => onChange({ ...draft, email: e.currentTarget.value })}
        error={fieldError('email')}
        maxLength={LIMITS.emailMax}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
