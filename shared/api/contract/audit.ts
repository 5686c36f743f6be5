import { z } from 'zod';
import { isIsoDate, isWeekKey } from '../../domain/calendar';
import { LIMITS } from '../../domain/limits';
import { auditLineSchema, exportedFileSchema, idSchema, yearMonthSchema } from '../schemas';
import type { auditMethods } from './audit.methods';
import { method, none, type ContractFor } from './method';

const PRINTED_PERIOD = {
  billingForm: (period: string) => yearMonthSchema.safeParse(period).success,
  agenda: isWeekKey,
  minutes: isWeekKey,
  followUpReport: isIsoDate,
};

export const auditContract = {
  /** Newest first; `beforeId` pages back. Each line's subject also in words (`subjectText`). */
  'audit.list': method(
    z.strictObject({
      limit: z.int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(LIMITS.auditPageMax, { error: 'validation.invalid' }),
      beforeId: idSchema.nullable(),
    }),
    z.array(auditLineSchema),
  ),
  /** The whole log as CSV (semicolons, UTF-8 with BOM). */
  'audit.export': method(none, exportedFileSchema),
  /** The page printed something (a billing form, an agenda, minutes, a follow-up report): logged as 'printed'. */
  'audit.recordPrinted': method(
    z
      .strictObject({
        what: z.enum(['billingForm', 'agenda', 'minutes', 'followUpReport'], { error: 'validation.invalid' }),
        /** Null only for a follow-up report of every unit. */
        unitId: idSchema.nullable(),
        /** The month (YYYY-MM) or week (YYYY-Www) printed; a follow-up report's first day (YYYY-MM-DD). */
        period: z.string({ error: 'validation.invalid' }).regex(/^\d{4}-(0[1-9]|1[0-2]|W\d{2})(-\d{2})?$/, { error: 'validation.invalid' }),
      })
      // A billing form is printed per month, an agenda or minutes per (existing) ISO week, a follow-up report from a day.
      .refine(({ what, period }) => PRINTED_PERIOD[what](period), { error: 'validation.invalid', path: ['period'] })
      .refine(({ what, unitId }) => unitId !== null || what === 'followUpReport', { error: 'validation.invalid', path: ['unitId'] }),
    z.null(),
  ),
} satisfies ContractFor<typeof auditMethods>;
