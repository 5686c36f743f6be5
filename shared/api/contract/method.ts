import * as z from 'zod';
import { idSchema, weekKeySchema, yearMonthSchema } from '../schemas';

/** A method's zod input and output schemas. */
export interface MethodSchemas {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * A domain's contract: schemas for exactly the methods its `*.methods.ts` declares. Used as
 * `{...} satisfies ContractFor<typeof unitsMethods>`, so a declared method without schemas,
 * or schemas for a method not declared there, is a compile error.
 */
export type ContractFor<Methods> = { [M in keyof Methods]: MethodSchemas };

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const unitRef = z.strictObject({ unitId: idSchema });
export const weekRef = z.strictObject({ unitId: idSchema, week: weekKeySchema });
export const none = z.strictObject({});
export const monthRef = z.strictObject({ unitId: idSchema, month: yearMonthSchema });
