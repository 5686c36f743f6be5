import { about } from './about';
import { auditLabels } from './auditLabels';
import { billing } from './billing';
import { billingErrors } from './billingErrors';
import { calendar } from './calendar';
import { common } from './common';
import { dataSafety } from './dataSafety';
import { dataSafetyErrors } from './dataSafetyErrors';
import { errors } from './errors';
import { exportLabels } from './exportLabels';
import { menu } from './menu';
import { overview } from './overview';
import { rosterErrors } from './rosterErrors';
import { sessionErrors } from './sessionErrors';
import { planning } from './planning';
import { session } from './session';
import { setup } from './setup';
import { staff } from './staff';
import { statistics } from './statistics';
import { units } from './units';
import { validation } from './validation';

/** The Swedish catalog: every string the user can see, in one flat key space. */
export const sv = {
  ...common,
  ...errors,
  ...rosterErrors,
  ...sessionErrors,
  ...billingErrors,
  ...dataSafetyErrors,
  ...validation,
  ...units,
  ...setup,
  ...planning,
  ...staff,
  ...session,
  ...billing,
  ...overview,
  ...calendar,
  ...statistics,
  ...dataSafety,
  ...exportLabels,
  ...auditLabels,
  ...menu,
  ...about,
} as const;
