import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findPersonnummer } from '../../../shared/domain/personnummer';

type WrapperPart = 'label' | 'input' | 'description' | 'error';
const WARNING_UNDER_INPUT: WrapperPart[] = ['label', 'input', 'description', 'error'];

/**
 * Props for a free-text field that warns (never refuses) when its text looks like it holds
 * a personnummer. The warning is part of the field's description, under the input, so it
 * is read with the field; a polite live region makes it heard while typing, too.
 */
export function usePersonnummerWarning() {
  const { t } = useTranslation();
  return (text: string, hint?: ReactNode) => {
    const found = findPersonnummer(text).length > 0;
    return {
      inputWrapperOrder: WARNING_UNDER_INPUT,
      description: (
        <>
          {hint}
          <span className="pnr-warning" data-found={found} aria-live="polite">
            {found ? t('session.warning.personnummer') : ''}
          </span>
        </>
      ),
    };
  };
}
