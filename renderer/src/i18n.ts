import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from '../../shared/i18n/sv';

// The same flat catalog the backend uses, so a key means the same text on both sides.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
    keySeparator: false;
    nsSeparator: false;
  }
}

/** Swedish only, flat keys, synchronous: the renderer's settings, also used by its unit tests. */
export const I18N_OPTIONS = {
  lng: 'sv',
  fallbackLng: false,
  resources: { sv: { translation: sv } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
} as const satisfies InitOptions;

export function initI18n(): void {
  void i18next.use(initReactI18next).init(I18N_OPTIONS);
}
