import { z } from 'zod';
import { isWeekKey } from '../../domain/calendar';
import { LIMITS } from '../../domain/limits';
import { auditLineSchema, exportedFileSchema, idSchema, yearMonthSchema } from '../schemas';
import type { auditMethods } from './audit.methods';
import { method, none, type ContractFor } from './method';

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
  /** The page printed something (a billing form, an agenda, minutes): logged as 'printed'. */
  'audit.recordPrinted': method(
    z
      .strictObject({
        what: z.enum(['billingForm', 'agenda', 'minutes'], { error: 'validation.invalid' }),
        unitId: idSchema,
        /** The month (YYYY-MM) or week (YYYY-Www) printed. */
        period: z.string({ error: 'validation.invalid' }).regex(/^\d{4}-(0[1-9]|1[0-2]|W\d{2})$/, { error: 'validation.invalid' }),
      })
      // A billing form is printed per month, an agenda or minutes per (existing) ISO week.
      .refine(({ what, period }) => (what === 'billingForm' ? yearMonthSchema.safeParse(period).success : isWeekKey(period)), {
        error: 'validation.invalid',
        path: ['period'],
      }),
    z.null(),
  ),
} satisfies ContractFor<typeof auditMethods>;
