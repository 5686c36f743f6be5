import { z } from 'zod';
import { idSchema, isoDateSchema, unitFieldsSchema, unitSchema } from '../schemas';
import { method, none, type ContractFor } from './method';
import type { unitsMethods } from './units.methods';

export const unitsContract = {
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
} satisfies ContractFor<typeof unitsMethods>;
