import type { z } from 'zod';
import type { MethodName } from '../methods';
import { auditContract } from './audit';
import { billingContract } from './billing';
import { calendarContract } from './calendar';
import { dataSafetyContract } from './dataSafety';
import type { MethodSchemas } from './method';
import { planningContract } from './planning';
import { rosterContract } from './roster';
import { sessionsContract } from './sessions';
import { statisticsContract } from './statistics';
import { unitsContract } from './units';

/**
 * The one API contract, merged from the domains. Each method has a zod input and output
 * schema; the IPC handlers, the preload, the HTTP server and the renderer's client all derive
 * from it, and every transport validates input before a handler runs. Each domain's file
 * has schemas for exactly the methods its `*.methods.ts` declares (with their policies).
 */
export const contract = {
  ...unitsContract,
  ...planningContract,
  ...rosterContract,
  ...sessionsContract,
  ...billingContract,
  ...calendarContract,
  ...dataSafetyContract,
  ...auditContract,
  ...statisticsContract,
} satisfies Record<MethodName, MethodSchemas>;

export type Contract = typeof contract;
/** What a caller sends (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

// Every declared method has schemas (`satisfies` above) and no more:
type Extra = Exclude<keyof Contract, MethodName>;
export const noExtraMethods: Extra extends never ? true : never = true;
