import { Checkbox, Radio, Stack, Text, Title } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAIR_ROLES, SESSION_LOCATIONS, type PlannedSession, type StaffMember } from '../../../shared/domain/types';
import { NumberField, TimeField } from '../forms/fields';
import { roleLabel } from '../staff/labels';
import { AttendanceList } from './AttendanceList';
import { GuestFields } from './GuestFields';
import { NotActiveThisWeek } from './NotActiveThisWeek';
import { ParticipantCountsView } from './ParticipantCountsView';
import { SameAsLastSession } from './SameAsLastSession';
import type { HeldDraft } from './useHeldDraft';

interface Props {
  session: PlannedSession;
  staff: StaffMember[];
  draft: HeldDraft;
  /** The API's message for a field of the held record, if it refused one. */
  fieldError: (field: string) => string | undefined;
  guestError: string | undefined;
  /** The month is sent: every field is disabled, so no unsaved tick can sit there. */
  locked: boolean;
  /** Shown (and read) with the disabled fields while locked. */
  lockedId: string;
}

/**
 * Marking the session held (or correcting it): time and place, the chair(s) and everyone who
 * took part. Saved with the rest of the session's record by the one save below the form.
 */
export function HeldFields({ session, staff, draft, fieldError, guestError, locked, lockedId }: Props) {
  const { t } = useTranslation();
  const filterRef = useRef<HTMLInputElement>(null);
  const chairCandidates = draft.participants.filter((p) => CHAIR_ROLES.includes(p.role));

  // Enter saves from anywhere in the attendance, ticked boxes and radio buttons included.
  const enterSaves = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const target = event.target as HTMLInputElement;
    if (event.key !== 'Enter' || target.tagName !== 'INPUT' || !['checkbox', 'radio'].includes(target.type)) return;
    event.preventDefault();
    target.form?.requestSubmit();
  };

  return (
    // A disabled fieldset disables every box and field inside it at once.
    <fieldset className="stack held-fields" disabled={locked} aria-describedby={locked ? lockedId : undefined} onKeyDown={enterSaves}>
      {locked && <Text id={lockedId}>{t('session.held.locked')}</Text>}
      <div className="held-time">
        <TimeField
          label={t('session.held.startTime')}
          description={t('units.slot.field.startTimeHint')}
          value={draft.startTime}
          onChange={(e) => draft.setStartTime(e.currentTarget.value)}
          error={fieldError('startTime')}
        />
        <NumberField
          label={t('session.held.duration')}
          value={draft.duration}
          onChange={(e) => draft.setDuration(e.currentTarget.value)}
          error={fieldError('durationMinutes')}
        />
      </div>
      <Radio.Group
        label={t('session.held.location')}
        value={draft.location}
        onChange={(value) => draft.setLocation(value)}
        error={fieldError('location')}
      >
        <Stack gap="xs" mt="xs">
          {SESSION_LOCATIONS.map((value) => (
            <Radio key={value} value={value} label={t(`session.location.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {chairCandidates.length === 0 ? (
        <div>
          <Text fw={600}>{t('session.held.chairs')}</Text>
          <Text>{t('session.held.noChairCandidates')}</Text>
          {fieldError('chairIds') && (
            <Text c="var(--mantine-color-error)" size="sm">
              {fieldError('chairIds')}
            </Text>
          )}
        </div>
      ) : (
        <Checkbox.Group
          label={t('session.held.chairs')}
          description={t('session.held.chairsHint')}
          value={draft.chairs.map(String)}
          onChange={(values) => draft.setChairIds(values.map(Number))}
          error={fieldError('chairIds')}
        >
          <div className="check-grid">
            {chairCandidates.map((p) => (
              <Checkbox key={p.personId} value={String(p.personId)} label={p.name} description={roleLabel(t, p.role)} />
            ))}
          </div>
        </Checkbox.Group>
      )}

      <Title order={3} mt="sm">
        {t('session.attendance.title')}
      </Title>
      {/* Above the list and sticky, so the counts stay in view while the manager ticks. */}
      <ParticipantCountsView counts={draft.counts} />
      <SameAsLastSession
        session={session}
        staff={staff}
        onApply={(carried) => {
          draft.applyCarriedOver(carried);
          // Next comes changing the few who differ, by name.
          filterRef.current?.focus();
        }}
      />
      <AttendanceList
        filterRef={filterRef}
        participants={draft.participants}
        checked={draft.checked}
        onChange={draft.setAttendance}
        date={session.date}
        error={fieldError('attendeeIds')}
      />
      <NotActiveThisWeek staff={staff} date={session.date} />
      <GuestFields guests={draft.guests} onChange={draft.setGuests} error={guestError} />
    </fieldset>
  );
}
