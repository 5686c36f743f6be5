import type { TFunction } from 'i18next';
import { DOCUMENTATION_DUTIES, type CaseDiscussed } from '../../../shared/domain/types';

/** "Genomförandeplan uppdaterad: klart (ansvarig: Eva Ek)", one line per documentation duty. */
export function dutyLines(t: TFunction, discussed: CaseDiscussed, nameOf: (id: number) => string): string[] {
  return DOCUMENTATION_DUTIES.map((duty) => {
    const { done, responsibleId } = discussed.documentation[duty];
    const params = { duty: t(`session.duty.${duty}`), state: t(done ? 'session.case.dutyDone' : 'session.case.dutyOpen') };
    return responsibleId === null
      ? t('session.case.dutyLine', params)
      : t('session.case.dutyLineResponsible', { ...params, name: nameOf(responsibleId) });
  });
}
