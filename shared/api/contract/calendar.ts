import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import * as z from 'zod';
import { toDate } from '../../domain/calendar';
import { LIMITS } from '../../domain/limits';
import { exportedFileSchema, idSchema, isoDateSchema } from '../schemas';
import type { calendarMethods } from './calendar.methods';
import { method, weekRef, type ContractFor } from './method';

/** The same limit as the plan's: the file holds what plan.get shows for the period. */
const period = z.strictObject({ unitId: idSchema, from: isoDateSchema, to: isoDateSchema });
const withinPlanRange = <T extends { from: string; to: string }>({ from, to }: T) => {
  const days = differenceInCalendarDays(toDate(to), toDate(from));
  return days >= 0 && days <= LIMITS.planRangeMaxDays;
};

export const calendarContract = {
  /**
   * One weekly series per slot rule in force in the period; cancelled, holiday and team-meeting
   * weeks left out (EXDATE), moved sessions as their own instances. `inviteStaff`: everyone on
   * the roster with an e-mail address becomes an attendee.
   */
  'calendar.sessions': method(
    period.extend({ inviteStaff: z.boolean({ error: 'validation.invalid' }).default(false) }).refine(withinPlanRange, {
      error: 'validation.dateRange',
      path: ['to'],
    }),
    exportedFileSchema,
  ),
  /** Each team meeting in the period as an all-day event: team meetings have no time. */
  'calendar.teamMeetings': method(period.refine(withinPlanRange, { error: 'validation.dateRange', path: ['to'] }), exportedFileSchema),
  /** The week's session on its own, as it stands (moved or not). */
  'calendar.session': method(weekRef.extend({ inviteStaff: z.boolean({ error: 'validation.invalid' }).default(false) }), exportedFileSchema),
} satisfies ContractFor<typeof calendarMethods>;
