import { common } from './common';
import { errors } from './errors';
import { menu } from './menu';
import { rosterErrors } from './rosterErrors';
import { sessionErrors } from './sessionErrors';
import { planning } from './planning';
import { session } from './session';
import { setup } from './setup';
import { staff } from './staff';
import { units } from './units';
import { validation } from './validation';

/** The Swedish catalog: every string the user can see, in one flat key space. */
export const sv = {
  ...common,
  ...errors,
  ...rosterErrors,
  ...sessionErrors,
  ...validation,
  ...units,
  ...setup,
  ...planning,
  ...staff,
  ...session,
  ...menu,
} as const;
