import * as z from 'zod';
import { isIsoDate, isWeekKey } from '../../domain/calendar';
import { LIMITS } from '../../domain/limits';
import { auditLineSchema, exportedFileSchema, idSchema, yearMonthSchema } from '../schemas';
import type { auditMethods } from './audit.methods';
import { method, none, type ContractFor } from './method';

const PRINTED_DOCUMENTS = ['billingForm', 'agenda', 'minutes', 'yearOverview', 'roster', 'followUpReport'] as const;

/**
 * A billing form is printed per month, an agenda or minutes per (existing) ISO week, a year
 * overview per ISO year, a roster as it stands on a day (the day it lists who is on it), and a
 * follow-up report from its period's first day.
 */
const PERIOD_OF: Record<(typeof PRINTED_DOCUMENTS)[number], (period: string) => boolean> = {
  billingForm: (period) => yearMonthSchema.safeParse(period).success,
  agenda: isWeekKey,
  minutes: isWeekKey,
  yearOverview: (period) => /^(19|20|21)\d{2}$/.test(period),
  roster: isIsoDate,
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
  /** The page printed something (a billing form, an agenda, minutes, a year overview, a roster, a follow-up report): logged as 'printed'. */
  'audit.recordPrinted': method(
    z
      .strictObject({
        what: z.enum(PRINTED_DOCUMENTS, { error: 'validation.invalid' }),
        /** Null only for a follow-up report of every unit. */
        unitId: idSchema.nullable(),
        /** The month (YYYY-MM), week (YYYY-Www), year (YYYY) or day (YYYY-MM-DD) printed. */
        period: z.string({ error: 'validation.invalid' }).regex(/^\d{4}(-(0[1-9]|1[0-2]|W\d{2})(-\d{2})?)?$/, { error: 'validation.invalid' }),
      })
      .refine(({ what, period }) => PERIOD_OF[what](period), { error: 'validation.invalid', path: ['period'] })
      .refine(({ what, unitId }) => unitId !== null || what === 'followUpReport', { error: 'validation.invalid', path: ['unitId'] }),
    z.null(),
  ),
} satisfies ContractFor<typeof auditMethods>;
