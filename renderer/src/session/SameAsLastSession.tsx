import { Button, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWeekKey } from '../../../shared/domain/calendar';
import { carryOver, type CarriedOver } from '../../../shared/domain/attendance';
import type { PlannedSession, StaffMember } from '../../../shared/domain/types';
import { useApiQuery } from '../api/useApiQuery';
import { nameLookup } from './participants';

interface Props {
  session: PlannedSession;
  /** The unit's whole roster, leavers included: to name those who are no longer active. */
  staff: StaffMember[];
  onApply: (carried: CarriedOver) => void;
}

/**
 * "Samma som förra tillfället": most weeks the same staff attend, so the manager starts from
 * the latest held session's ticks and changes only the few who differ. Nothing is saved here.
 */
export function SameAsLastSession({ session, staff, onApply }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const previous = useApiQuery('sessions.previousAttendance', { unitId: session.unitId, week: session.week });
  const [note, setNote] = useState('');
  const found = previous.data;

  const apply = () => {
    if (!found) return;
    const carried = carryOver(found, staff, session.date);
    const nameOf = nameLookup(staff, [], t('session.unknownPerson'));
    const week = parseWeekKey(found.week).isoWeek;
    const leftOut = carried.noLongerActive;
    const message = [
      t('session.sameAsLast.done', { count: carried.attendeeIds.length, week }),
      ...(leftOut.length > 0 ? [t('session.sameAsLast.leftOut', { count: leftOut.length, names: leftOut.map(nameOf).join(', ') })] : []),
    ].join(' ');
    onApply(carried);
    setNote(message);
  };

  const hint = previous.error
    ? previous.error.message
    : found
      ? t('session.sameAsLast.hint', { week: parseWeekKey(found.week).isoWeek, date: found.date })
      : previous.loading
        ? ''
        : t('session.sameAsLast.none');

  return (
    <div className="same-as-last">
      <Button type="button" variant="default" onClick={apply} disabled={!found} aria-describedby={hintId}>
        {t('session.sameAsLast.button')}
      </Button>
      <Text size="sm" id={hintId}>
        {hint}
      </Text>
      {/* Always there, so a screen reader hears the result next to the button it pressed. */}
      <Text size="sm" fw={600} aria-live="polite" aria-atomic="true">
        {note}
      </Text>
    </div>
  );
}
