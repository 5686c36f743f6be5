import * as z from 'zod';
import {
  employmentSchema,
  idSchema,
  isoDateSchema,
  notActiveMemberSchema,
  optionalEmailSchema,
  personNameSchema,
  personSchema,
  personWithUnitsSchema,
  rosterImportRowSchema,
  rosterTextSchema,
  staffMemberSchema,
  staffRoleSchema,
} from '../schemas';
import { method, none, unitRef, weekRef, type ContractFor } from './method';
import type { rosterMethods } from './roster.methods';

export const rosterContract = {
  /** Everyone entered in this installation, with their units: to add someone from another unit. */
  'people.list': method(none, z.array(personWithUnitsSchema)),
  /** The unit's roster; leavers only with includeInactive. */
  'staff.list': method(unitRef.extend({ includeInactive: z.boolean() }), z.array(staffMemberSchema)),
  'staff.add': method(
    unitRef.extend({
      name: personNameSchema,
      role: staffRoleSchema,
      employment: employmentSchema,
      activeFrom: isoDateSchema,
      email: optionalEmailSchema.default(''),
    }),
    staffMemberSchema,
  ),
  /** Adds a person already entered (in another unit) to this unit's roster. */
  'staff.addExisting': method(unitRef.extend({ personId: idSchema, activeFrom: isoDateSchema }), staffMemberSchema),
  /** Corrects a person's name, role or employment (everywhere; history keeps the role of the day). */
  'staff.update': method(
    z.strictObject({
      personId: idSchema,
      name: personNameSchema,
      role: staffRoleSchema,
      employment: employmentSchema,
      /** Left out: the e-mail stays as it is. */
      email: optionalEmailSchema.optional(),
    }),
    personSchema,
  ),
  /** A leaver: hidden from new sessions from the day after activeTo; history stays. */
  'staff.deactivate': method(unitRef.extend({ personId: idSchema, activeTo: isoDateSchema }), staffMemberSchema),
  'staff.reactivate': method(unitRef.extend({ personId: idSchema }), staffMemberSchema),
  /** Corrects the first and last day in the unit (null: until further notice) without rewriting history. */
  'staff.setActivePeriod': method(
    unitRef.extend({ personId: idSchema, activeFrom: isoDateSchema, activeTo: isoDateSchema.nullable() }),
    staffMemberSchema,
  ),
  /** The members who cannot be ticked in the week's session, and why (not started, or left lately). */
  'staff.notActiveInWeek': method(weekRef, z.array(notActiveMemberSchema)),
  /** The "Aktiv från" to offer for someone new: the routine's start, or the day after the last sent month. */
  'staff.newMemberStart': method(unitRef, isoDateSchema),
  /** Parses pasted or opened text ("name; role" per line) and says what would happen; writes nothing. */
  'staff.importPreview': method(unitRef.extend({ text: rosterTextSchema }), z.array(rosterImportRowSchema)),
  /** Imports the rows the preview marks add or link, in one transaction; error rows are skipped. */
  'staff.import': method(
    unitRef.extend({ text: rosterTextSchema, activeFrom: isoDateSchema }),
    z.strictObject({ rows: z.array(rosterImportRowSchema), added: z.array(staffMemberSchema) }),
  ),
} satisfies ContractFor<typeof rosterMethods>;
