import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type ParticipantCounts } from '../../../shared/domain/types';
import { roleLabel } from '../staff/labels';

/**
 * The head count per role and in total, as the billing form will show it. Polite and
 * atomic: after each tick a screen reader hears the whole line once the user pauses.
 */
export function ParticipantCountsView({ counts }: { counts: ParticipantCounts }) {
  const { t } = useTranslation();
  const roles = STAFF_ROLES.filter((role) => counts.byRole[role] > 0);
  return (
    <section className="counts" aria-labelledby="counts-heading">
      <Title order={3} id="counts-heading">
        {t('session.counts.title')}
      </Title>
      <div aria-live="polite" aria-atomic="true">
        {counts.total === 0 ? (
          <p>{t('session.counts.none')}</p>
        ) : (
          <ul className="count-list">
            {roles.map((role) => (
              <li key={role} data-role={role}>
                {t('session.counts.role', { role: roleLabel(t, role), count: counts.byRole[role] })}
              </li>
            ))}
            <li className="count-total" data-role="total">
              {t('session.counts.total', { count: counts.total })}
            </li>
          </ul>
        )}
      </div>
    </section>
  );
}
