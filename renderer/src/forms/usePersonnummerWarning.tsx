import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { containsPersonnummer } from '../../../shared/domain/personnummer';

type WrapperPart = 'label' | 'input' | 'description' | 'error';
const WARNING_UNDER_INPUT: WrapperPart[] = ['label', 'input', 'description', 'error'];

interface WarningOptions {
  /** The field's own hint, shown first. */
  hint?: ReactNode;
  /** The field will refuse the text (it is printed or exported), not only warn. */
  refused?: boolean;
  /** The field holds a phone number: ordinary phone numbers are not warned about. */
  phone?: boolean;
}

/**
 * Props for a text field that says, while typing, that its text looks like it holds a
 * personnummer: in notes as a warning (the text is still saved), in a field that is printed
 * or exported before the API refuses it. The same detector decides as the API's. The
 * message is part of the field's description, under the input, so it is read with the
 * field; a polite live region makes it heard while typing, too.
 */
export function usePersonnummerWarning() {
  const { t } = useTranslation();
  return (text: string, { hint, refused = false, phone = false }: WarningOptions = {}) => {
    const found = containsPersonnummer(text, { phone });
    const message = refused ? t('form.warning.personnummerRefused') : t('session.warning.personnummer');
    return {
      inputWrapperOrder: WARNING_UNDER_INPUT,
      description: (
        <>
          {hint}
          <span className="pnr-warning" data-found={found} aria-live="polite">
            {found ? message : ''}
          </span>
        </>
      ),
    };
  };
}
