import { sv } from './sv';

/** The Swedish catalog is the only source of user-visible text; keys are flat, dot-named. */
export type MessageKey = keyof typeof sv;
export type MessageParams = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(sv, key);
}

/** Looks up a key and fills {{placeholders}}, the same syntax i18next uses in the renderer. */
export function translate(key: MessageKey, params: MessageParams = {}): string {
  return sv[key].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
