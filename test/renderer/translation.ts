import i18next, { type TFunction } from 'i18next';
import { I18N_OPTIONS } from '../../renderer/src/i18n';

/** The renderer's `t` with the real Swedish catalog and the renderer's own settings (without React). */
export function swedishT(): TFunction {
  const instance = i18next.createInstance();
  void instance.init(I18N_OPTIONS);
  return instance.t;
}
