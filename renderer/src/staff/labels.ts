import type { TFunction } from 'i18next';
import { EMPLOYMENTS, STAFF_ROLES, type Employment, type StaffRole } from '../../../shared/domain/types';

/** "Arbetsterapeut" for occupationalTherapist. */
export function roleLabel(t: TFunction, role: StaffRole): string {
  return t(`role.${role}`);
}

/** "Ordinarie" or "Vikarie". */
export function employmentLabel(t: TFunction, employment: Employment): string {
  return t(`employment.${employment}`);
}

/** The eight roles, in the routine's order, for a NativeSelect. */
export function roleOptions(t: TFunction): { value: StaffRole; label: string }[] {
  return STAFF_ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }));
}

export function employmentOptions(t: TFunction): { value: Employment; label: string }[] {
  return EMPLOYMENTS.map((employment) => ({ value: employment, label: employmentLabel(t, employment) }));
}
