import { z } from 'zod';
import { differenceInCalendarDays } from 'date-fns';
import { toDate } from '../domain/calendar';
import type { MethodName } from './methods';
import {
  LIMITS,
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
  unitFieldsSchema,
  unitSchema,
  weekKeySchema,
} from './schemas';

/**
 * The one API contract. Each method has a zod input and output schema; the IPC
 * handlers, the preload, the HTTP server and the renderer's client all derive from it,
 * and every transport validates input before a handler runs.
 */
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const unitRef = z.strictObject({ unitId: idSchema });
const weekRef = z.strictObject({ unitId: idSchema, week: weekKeySchema });
const none = z.strictObject({});

export const contract = {
  'app.info': method(
    none,
    z.strictObject({
      version: z.string(),
      /** The backend's today: the renderer never trusts its own clock for rules. */
      today: isoDateSchema,
      lastUnitId: idSchema.nullable(),
      schemaVersion: z.int(),
    }),
  ),
  'units.list': method(none, z.array(unitSchema)),
  'units.create': method(unitFieldsSchema, unitSchema),
  'units.update': method(unitFieldsSchema.extend({ id: idSchema }), unitSchema),
  'units.select': method(z.strictObject({ id: idSchema }), z.null()),

  'slotRules.list': method(unitRef, z.array(slotRuleSchema)),
  'slotRules.add': method(slotRuleFieldsSchema.extend({ unitId: idSchema }), slotRuleSchema),

  'teamMeetings.list': method(
    unitRef,
    z.strictObject({ dates: z.array(teamMeetingDateSchema), patterns: z.array(teamMeetingPatternSchema) }),
  ),
  'teamMeetings.addDate': method(z.strictObject({ unitId: idSchema, date: isoDateSchema }), teamMeetingDateSchema),
  'teamMeetings.removeDate': method(z.strictObject({ unitId: idSchema, id: idSchema }), z.null()),
  'teamMeetings.addPattern': method(
    z.strictObject({ unitId: idSchema, recurrence: teamMeetingRecurrenceSchema, validFrom: isoDateSchema }),
    teamMeetingPatternSchema,
  ),
  /** Ends a pattern: a pattern that has started keeps its past weeks (validTo = yesterday). */
  'teamMeetings.removePattern': method(z.strictObject({ unitId: idSchema, id: idSchema }), z.null()),

  'plan.get': method(
    z
      .strictObject({ unitId: idSchema, from: isoDateSchema, to: isoDateSchema })
      .refine(
        ({ from, to }) => {
          const days = differenceInCalendarDays(toDate(to), toDate(from));
          return days >= 0 && days <= LIMITS.planRangeMaxDays;
        },
        { error: 'validation.dateRange', path: ['to'] },
      ),
    z.array(plannedSessionSchema),
  ),
  'sessions.move': method(
    weekRef.extend({ date: isoDateSchema, startTime: clockTimeSchema }),
    plannedSessionSchema,
  ),
  'sessions.cancel': method(weekRef.extend({ reason: cancelReasonSchema }), plannedSessionSchema),
  'sessions.undoCancel': method(weekRef, plannedSessionSchema),
  'sessions.undoMove': method(weekRef, plannedSessionSchema),
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller sends (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

// Every name in METHOD_NAMES has a contract entry (`satisfies` above) and no more:
type Extra = Exclude<keyof Contract, MethodName>;
export const noExtraMethods: Extra extends never ? true : never = true;
