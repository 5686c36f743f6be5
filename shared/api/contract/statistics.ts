import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import * as z from 'zod';
import { toDate } from '../../domain/calendar';
import { LIMITS } from '../../domain/limits';
import { idSchema, isoDateSchema, staffRoleSchema, weekKeySchema, yearMonthSchema } from '../schemas';
import { method, type ContractFor } from './method';
import type { statisticsMethods } from './statistics.methods';

const count = z.int().nonnegative();

/**
 * A period's figures for the statistics view and the printed "Uppföljning av rutinen".
 * Every figure is computed in the backend, with one query per figure (never per week, unit
 * or person). "Due" sessions are the weeks that should have one: not a team-meeting week,
 * not a holiday week. Participants count every head at a held session, guests included,
 * each by the role they had that day (as the billing form counts them).
 */
export const statisticsSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  /** The units the figures cover: one, or every unit with a slot rule in the period. */
  units: z.array(z.strictObject({ id: idSchema, name: z.string() })),
  sessions: z.strictObject({
    /** Weeks that should have a session (held, cancelled, not recorded, or still to come). */
    due: count,
    held: count,
    cancelled: count,
    /** Cancelled sessions grouped by their reason (trimmed, inner spaces collapsed, case-insensitive), most first. */
    cancelledByReason: z.array(z.strictObject({ reason: z.string(), count })),
    /** Held or planned on another day or time than the rule's. */
    moved: count,
    /** Past due weeks with neither a record nor a cancellation. */
    notRecorded: count,
    /** Due weeks after the backend's today. */
    upcoming: count,
    teamMeetingWeeks: count,
    holidayWeeks: count,
  }),
  participants: z.strictObject({
    /** Heads over every held session, guests included. */
    total: count,
    guests: count,
    /** Per held session; null without any held session. */
    average: z.number().nonnegative().nullable(),
    min: count.nullable(),
    max: count.nullable(),
    /** Every role, in STAFF_ROLES order: heads, and heads per held session (null without one). */
    byRole: z.array(z.strictObject({ role: staffRoleSchema, total: count, averagePerSession: z.number().nonnegative().nullable() })),
  }),
  /** Every ISO week touching the period, in order: for "deltagare per vecka". */
  perWeek: z.array(z.strictObject({ week: weekKeySchema, due: count, held: count, participants: count })),
  /** Every month touching the period, in order: for "andel genomförda". */
  perMonth: z.array(z.strictObject({ month: yearMonthSchema, due: count, held: count })),
  /** Everyone on a roster during the period (per unit), by name. */
  people: z.array(
    z.strictObject({
      unitId: idSchema,
      personId: idSchema,
      name: z.string(),
      /** The person's role now (the per-role figures above use the role of the day). */
      role: staffRoleSchema,
      /** Held sessions of the unit in the period while the person was active there. */
      eligible: count,
      attended: count,
      /** Date of the last held session attended, up to `to`; null if none ever. */
      lastAttended: isoDateSchema.nullable(),
      /** Active on `to` and no attendance at a held session in the `absentWeeks` weeks up to `to`. */
      absent: z.boolean(),
    }),
  ),
  /** Actions agreed in sessions of the period: how many, and how many of them are closed now. */
  actions: z.strictObject({ agreed: count, closed: count, open: count, overdue: count }),
  cases: z.strictObject({
    complex: count,
    newRehab: count,
    /** New rehab cases whose goal (målsättning) was filled in. */
    newRehabWithGoal: count,
    /** New rehab cases whose reference was discussed again in a later held session (any kind). */
    newRehabFollowedUp: count,
  }),
});

export const statisticsContract = {
  'statistics.get': method(
    z
      .strictObject({
        /** Null: every unit. */
        unitId: idSchema.nullable(),
        from: isoDateSchema,
        to: isoDateSchema,
        /** "Not attended in N weeks": N. */
        absentWeeks: z.int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(52, { error: 'validation.invalid' }),
      })
      .refine(
        ({ from, to }) => {
          const days = differenceInCalendarDays(toDate(to), toDate(from));
          return days >= 0 && days <= LIMITS.statisticsRangeMaxDays;
        },
        { error: 'validation.dateRange', path: ['to'] },
      ),
    statisticsSchema,
  ),
} satisfies ContractFor<typeof statisticsMethods>;
