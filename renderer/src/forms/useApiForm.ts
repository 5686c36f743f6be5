import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type MethodInput, type MethodOutput } from '../../../shared/api/contract';
import { validationError } from '../../../shared/api/errors';
import type { MethodName } from '../../../shared/api/methods';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';

export interface ApiForm<M extends MethodName> {
  /** Validates with the contract's own schema, then calls the API; null when refused. */
  submit: (input: MethodInput<M>) => Promise<MethodOutput<M> | null>;
  error: ApiError | null;
  fieldError: (field: string) => string | undefined;
  clearError: () => void;
}

/**
 * A form that saves through one API method. The same zod schema the backend uses checks
 * the input first, so the field messages read the same whichever side refuses; the
 * backend's own refusals (a taken name, a rule of the routine) land next to their field too.
 */
export function useApiForm<M extends MethodName>(method: M): ApiForm<M> {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);
  const pending = useRef(false);

  const submit = async (input: MethodInput<M>): Promise<MethodOutput<M> | null> => {
    if (pending.current) return null;
    announce('');
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      setError(validationError(parsed.error));
      return null;
    }
    pending.current = true;
    const result = await api.call(method, input);
    pending.current = false;
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setError(null);
    announce(t('status.saved'));
    return result.value;
  };

  return {
    submit,
    error,
    fieldError: (field) => error?.fields?.[field],
    clearError: () => setError(null),
  };
}
