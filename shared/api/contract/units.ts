import * as z from 'zod';
import { idSchema, isoDateSchema, unitFieldsSchema, unitSchema } from '../schemas';
import { method, none, unitRef, type ContractFor } from './method';
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
      /** For "Om Handledning": the live database file and the backup folder, read-only. */
      dataFile: z.string(),
      backupFolder: z.string(),
    }),
  ),
  'units.list': method(none, z.array(unitSchema)),
  'units.create': method(unitFieldsSchema, unitSchema),
  'units.update': method(unitFieldsSchema.extend({ id: idSchema }), unitSchema),
  /** The day the unit's routine started: the default start of new roster members. */
  'units.routineStart': method(unitRef, isoDateSchema),
  'units.setRoutineStart': method(unitRef.extend({ routineStart: isoDateSchema }), isoDateSchema),
  'units.select': method(z.strictObject({ id: idSchema }), z.null()),
} satisfies ContractFor<typeof unitsMethods>;
