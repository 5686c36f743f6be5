import i18next, { type TFunction } from 'i18next';
import { sv } from '../../shared/i18n/sv';

/** The renderer's `t` with the real Swedish catalog, set up as renderer/src/i18n.ts does (without React). */
export function swedishT(): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'sv',
    fallbackLng: false,
    resources: { sv: { translation: sv } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
