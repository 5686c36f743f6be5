import { common } from './common';
import { errors } from './errors';
import { menu } from './menu';
import { planning } from './planning';
import { setup } from './setup';
import { units } from './units';
import { validation } from './validation';

/** The Swedish catalog: every string the user can see, in one flat key space. */
export const sv = {
  ...common,
  ...errors,
  ...validation,
  ...units,
  ...setup,
  ...planning,
  ...menu,
} as const;
