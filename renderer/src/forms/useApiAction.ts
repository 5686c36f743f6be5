import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import type { ApiError, Result } from '../../../shared/api/result';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';

/** A one-click change (a button in a list or table row): "Sparat" on success, else the error. */
export function useApiAction() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);

  const run = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => {
    announce('');
    const result = await api.call(method, input);
    if (result.ok) {
      setError(null);
      announce(t('status.saved'));
    } else {
      setError(result.error);
    }
    return result;
  };

  return { run, error, clearError: () => setError(null) };
}
