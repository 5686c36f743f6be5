import * as z from 'zod';
import { backupFileNameSchema, backupInfoSchema, backupOverviewSchema, databaseHealthSchema, folderSchema } from '../schemas';
import type { dataSafetyMethods } from './dataSafety.methods';
import { method, none, type ContractFor } from './method';

export const dataSafetyContract = {
  /** The start-up check (quick_check): 'damaged' means recovery mode, where only the methods
   *  declared `recovery: true` answer; every other method answers RECOVERY_MODE. */
  'health.get': method(none, databaseHealthSchema),
  'backups.list': method(none, backupOverviewSchema),
  /** "Säkerhetskopiera nu": a verified backup in the backup folder. */
  'backups.create': method(none, backupInfoSchema),
  /** "Spara en kopia som…": a verified copy in a folder the user chose (a USB stick, a share). */
  'backups.saveCopy': method(z.strictObject({ folder: folderSchema }), z.strictObject({ path: z.string() })),
  /** Null: back to the default folder. The live database itself may not be on a network or cloud path; backups may. */
  'backups.setFolder': method(z.strictObject({ folder: folderSchema.nullable() }), backupOverviewSchema),
  /** Replaces the live data with a verified backup, after saving the live data as a pre-restore backup. */
  'backups.restore': method(z.strictObject({ fileName: backupFileNameSchema }), backupOverviewSchema),
  /** Puts back the data as it was just before the last restore. */
  'backups.undoRestore': method(none, backupOverviewSchema),
  /** Recovery screen: open the newest verified backup in place of the damaged file (which is kept, renamed, never deleted). */
  'recovery.restoreNewest': method(none, databaseHealthSchema),
  /** Recovery screen: a copy of the damaged file for IT, in a folder the user chose. */
  'recovery.saveDamagedCopy': method(z.strictObject({ folder: folderSchema }), z.strictObject({ path: z.string() })),
} satisfies ContractFor<typeof dataSafetyMethods>;
