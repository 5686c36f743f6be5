import { z } from 'zod';
import { isIsoDate, isWeekKey } from '../domain/calendar';
import { SESSION_STATUSES } from '../domain/types';

// Building blocks of the contract. Error texts are catalog keys (shared/i18n); the API
// boundary and the forms translate them, so both show the same Swedish message.

export const LIMITS = {
  nameMax: 80,
  textMax: 500,
  durationMin: 5,
  durationMax: 240,
  intervalWeeksMin: 2,
  intervalWeeksMax: 26,
  planRangeMaxDays: 800,
} as const;

export const idSchema = z.int({ error: 'validation.id' }).positive({ error: 'validation.id' });
export const isoDateSchema = z.string({ error: 'validation.date' }).refine(isIsoDate, { error: 'validation.date', abort: true });
export const weekKeySchema = z.string({ error: 'validation.week' }).refine(isWeekKey, { error: 'validation.week', abort: true });
export const clockTimeSchema = z
  .string({ error: 'validation.time' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
export const weekdaySchema = z.union(
  [1, 2, 3, 4, 5, 6, 7].map((d) => z.literal(d)) as unknown as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>, z.ZodLiteral<6>, z.ZodLiteral<7>],
  { error: 'validation.weekday' },
);
export const durationSchema = z
  .int({ error: 'validation.duration' })
  .min(LIMITS.durationMin, { error: 'validation.duration' })
  .max(LIMITS.durationMax, { error: 'validation.duration' });

const requiredName = (key: string) =>
  z
    .string({ error: key })
    .trim()
    .min(1, { error: key })
    .max(LIMITS.nameMax, { error: 'validation.unitNameTooLong' });

export const unitFieldsSchema = z.strictObject({
  name: requiredName('validation.unitNameRequired'),
  providerName: requiredName('validation.providerNameRequired'),
  managerName: requiredName('validation.managerNameRequired'),
});

export const unitSchema = unitFieldsSchema.extend({ id: idSchema });

export const slotRuleFieldsSchema = z.strictObject({
  weekday: weekdaySchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
  validFrom: isoDateSchema,
});

export const slotRuleSchema = slotRuleFieldsSchema.extend({ id: idSchema, unitId: idSchema });

export const teamMeetingRecurrenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('nthWeekdayOfMonth'),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], { error: 'validation.nth' }),
    weekday: weekdaySchema,
  }),
  z.strictObject({
    kind: z.literal('everyNWeeks'),
    intervalWeeks: z
      .int({ error: 'validation.intervalWeeks' })
      .min(LIMITS.intervalWeeksMin, { error: 'validation.intervalWeeks' })
      .max(LIMITS.intervalWeeksMax, { error: 'validation.intervalWeeks' }),
    weekday: weekdaySchema,
  }),
]);

export const teamMeetingDateSchema = z.strictObject({ id: idSchema, unitId: idSchema, date: isoDateSchema });

export const teamMeetingPatternSchema = z.strictObject({
  id: idSchema,
  unitId: idSchema,
  recurrence: teamMeetingRecurrenceSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
});

const holidaySchema = z.strictObject({ date: isoDateSchema, name: z.string() });

export const plannedSessionSchema = z.strictObject({
  unitId: idSchema,
  week: weekKeySchema,
  isoYear: z.int(),
  isoWeek: z.int(),
  date: isoDateSchema,
  weekday: weekdaySchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
  status: z.enum(SESSION_STATUSES),
  ruleDate: isoDateSchema,
  ruleId: idSchema,
  holiday: holidaySchema.nullable(),
  suggestedDate: isoDateSchema.nullable(),
  cancelledReason: z.string().nullable(),
  teamMeetings: z.array(
    z.strictObject({ date: isoDateSchema, source: z.enum(['date', 'pattern']), id: idSchema }),
  ),
});

export const cancelReasonSchema = z
  .string({ error: 'validation.cancelReasonRequired' })
  .trim()
  .min(1, { error: 'validation.cancelReasonRequired' })
  .max(LIMITS.textMax, { error: 'validation.textTooLong' });

/** The params a catalog key needs when it is shown for a field. */
export const MESSAGE_PARAMS: Record<string, Record<string, number>> = {
  'validation.duration': { min: LIMITS.durationMin, max: LIMITS.durationMax },
  'validation.unitNameTooLong': { max: LIMITS.nameMax },
  'validation.textTooLong': { max: LIMITS.textMax },
  'validation.intervalWeeks': { min: LIMITS.intervalWeeksMin, max: LIMITS.intervalWeeksMax },
  'validation.dateRange': { max: LIMITS.planRangeMaxDays },
};
