import { STAFF_ROLES, type StaffMember, type StaffRole } from './types';

export interface RoleCount {
  role: StaffRole;
  count: number;
}

/** The printed roster's head count: people per role in the routine's order of roles, only the roles someone has; and the total. */
export function headCountsByRole(members: readonly Pick<StaffMember, 'role'>[]): { byRole: RoleCount[]; total: number } {
  const byRole = STAFF_ROLES.map((role) => ({ role, count: members.filter((member) => member.role === role).length })).filter(
    ({ count }) => count > 0,
  );
  return { byRole, total: members.length };
}
