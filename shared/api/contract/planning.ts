import { LIMITS } from '../../domain/limits';
import * as z from 'zod';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { toDate } from '../../domain/calendar';
import {
  cancelReasonSchema,
  clockTimeSchema,
  idSchema,
  isoDateSchema,
  plannedSessionSchema,
  slotRuleFieldsSchema,
  slotRuleSchema,
  teamMeetingDateSchema,
  teamMeetingPatternSchema,
  teamMeetingRecurrenceSchema,
} from '../schemas';
import { method, unitRef, weekRef, type ContractFor } from './method';
import type { planningMethods } from './planning.methods';

export const planningContract = {
  'slotRules.list': method(unitRef, z.array(slotRuleSchema)),
  'slotRules.add': method(slotRuleFieldsSchema.extend({ unitId: idSchema }), slotRuleSchema),

  'teamMeetings.list': method(unitRef, z.strictObject({ dates: z.array(teamMeetingDateSchema), patterns: z.array(teamMeetingPatternSchema) })),
  'teamMeetings.addDate': method(z.strictObject({ unitId: idSchema, date: isoDateSchema }), teamMeetingDateSchema),
  'teamMeetings.removeDate': method(z.strictObject({ unitId: idSchema, id: idSchema }), z.null()),
  'teamMeetings.addPattern': method(
    z.strictObject({ unitId: idSchema, recurrence: teamMeetingRecurrenceSchema, validFrom: isoDateSchema }),
    teamMeetingPatternSchema,
  ),
  /** Ends a pattern: a pattern that has started keeps its past weeks (validTo = yesterday). */
  'teamMeetings.removePattern': method(z.strictObject({ unitId: idSchema, id: idSchema }), z.null()),
  /** One occurrence of a pattern will not take place: that week gets its session. */
  'teamMeetings.skipOccurrence': method(z.strictObject({ unitId: idSchema, id: idSchema, date: isoDateSchema }), teamMeetingPatternSchema),
  'teamMeetings.restoreOccurrence': method(z.strictObject({ unitId: idSchema, id: idSchema, date: isoDateSchema }), teamMeetingPatternSchema),

  'plan.get': method(
    z.strictObject({ unitId: idSchema, from: isoDateSchema, to: isoDateSchema }).refine(
      ({ from, to }) => {
        const days = differenceInCalendarDays(toDate(to), toDate(from));
        return days >= 0 && days <= LIMITS.planRangeMaxDays;
      },
      { error: 'validation.dateRange', path: ['to'] },
    ),
    z.array(plannedSessionSchema),
  ),
  'sessions.move': method(weekRef.extend({ date: isoDateSchema, startTime: clockTimeSchema }), plannedSessionSchema),
  'sessions.cancel': method(weekRef.extend({ reason: cancelReasonSchema }), plannedSessionSchema),
  'sessions.undoCancel': method(weekRef, plannedSessionSchema),
  'sessions.undoMove': method(weekRef, plannedSessionSchema),
} satisfies ContractFor<typeof planningMethods>;
