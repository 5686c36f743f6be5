import type { BillingForm } from '../../../shared/domain/types';

/** The settings the form's header shows "Ej angivet" for when empty, each with its catalog label. */
const SETTINGS_FIELDS = [
  ['municipality', 'billing.form.municipality'],
  ['providerOrgNumber', 'billing.settings.orgNumber'],
  ['costCentre', 'billing.form.costCentre'],
  ['managerPhone', 'billing.settings.managerPhone'],
] as const;

/** The catalog labels of the billing details the form lacks: said in the view and again before sending. */
export function missingDetails(form: BillingForm): (typeof SETTINGS_FIELDS)[number][1][] {
  return SETTINGS_FIELDS.filter(([field]) => !form.header[field].trim()).map(([, key]) => key);
}
