import * as z from 'zod';
import {
  appSettingsSchema,
  billingFormSchema,
  billingMonthStatusSchema,
  billingReminderSchema,
  billingSettingsFieldsSchema,
  billingSettingsSchema,
  billingSummaryRowSchema,
  correctionReasonSchema,
  exportedFileSchema,
  idSchema,
  yearMonthSchema,
} from '../schemas';
import type { billingMethods } from './billing.methods';
import { method, monthRef, none, unitRef, type ContractFor } from './method';

export const billingContract = {
  'settings.get': method(none, appSettingsSchema),
  'settings.save': method(appSettingsSchema, appSettingsSchema),
  'billing.settings.get': method(unitRef, billingSettingsSchema),
  'billing.settings.save': method(billingSettingsFieldsSchema.extend({ unitId: idSchema }), billingSettingsSchema),
  'billing.status': method(monthRef, billingMonthStatusSchema),
  /** The month's form as it stands: the draft while open or reopened, else the latest sent version. */
  'billing.form': method(monthRef, billingFormSchema),
  /** A sent version exactly as it was sent. */
  'billing.version': method(
    monthRef.extend({ version: z.int({ error: 'validation.invalid' }).positive({ error: 'validation.invalid' }) }),
    billingFormSchema,
  ),
  /** Stores this version as sent and locks the month's sessions and attendance. */
  'billing.markSent': method(monthRef, billingMonthStatusSchema),
  /** Reopens a sent month for a correction; the next form sent is the next version, marked Rättelse. */
  'billing.reopen': method(monthRef.extend({ reason: correctionReasonSchema }), billingMonthStatusSchema),
  /** Unsent past months of every unit, and the current month from its last week on. */
  'billing.reminders': method(none, z.array(billingReminderSchema)),
  'billing.summary': method(z.strictObject({ month: yearMonthSchema }), z.array(billingSummaryRowSchema)),
  'billing.exportXlsx': method(monthRef, exportedFileSchema),
  /** CSV as Swedish Excel expects it: semicolons, UTF-8 with BOM (in base64, so the BOM survives). */
  'billing.exportCsv': method(monthRef, exportedFileSchema),
  'billing.exportSummaryXlsx': method(z.strictObject({ month: yearMonthSchema }), exportedFileSchema),
  'billing.exportSummaryCsv': method(z.strictObject({ month: yearMonthSchema }), exportedFileSchema),
} satisfies ContractFor<typeof billingMethods>;
