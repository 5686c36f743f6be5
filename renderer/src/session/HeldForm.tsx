import { Button, Checkbox, Radio, Stack, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countParticipants, type CarriedOver } from '../../../shared/domain/attendance';
import { CHAIR_ROLES, SESSION_LOCATIONS, type Guest, type SessionDetail, type SessionLocation, type StaffMember } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { NumberField, TimeField, wholeNumber } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';
import { roleLabel } from '../staff/labels';
import { AttendanceList } from './AttendanceList';
import { GuestFields } from './GuestFields';
import { ParticipantCountsView } from './ParticipantCountsView';
import { participantsOf } from './participants';
import { SameAsLastSession } from './SameAsLastSession';

interface Props {
  detail: SessionDetail;
  staff: StaffMember[];
  labelledBy: string;
  onSaved: (detail: SessionDetail) => void;
  /** The month is sent: every field and the save are disabled, so no unsaved tick can sit there. */
  locked?: boolean;
}

const FIELDS = ['startTime', 'durationMinutes', 'location', 'chairIds', 'attendeeIds', 'guests'];

/** The API names a refused guest "guests" or "guests.2.name"; both belong under the guest list. */
const guestMessage = (fields: Record<string, string> | undefined) =>
  Object.entries(fields ?? {}).find(([field]) => field === 'guests' || field.startsWith('guests.'))?.[1];

/**
 * Marks the session held (or corrects it): time and place, the chair(s) and everyone who
 * took part. A chair is always an attendee, so ticking a chair ticks them in the list too.
 */
export function HeldForm({ detail, staff, labelledBy, onSaved, locked = false }: Props) {
  const { t } = useTranslation();
  const { session, held, attendees } = detail;
  const form = useApiForm('sessions.recordHeld');
  const [startTime, setStartTime] = useState(held?.startTime ?? session.startTime);
  const [duration, setDuration] = useState(String(held?.durationMinutes ?? session.durationMinutes));
  const [location, setLocation] = useState<SessionLocation>(held?.location ?? 'office');
  const [checked, setChecked] = useState<Set<number>>(() => new Set(attendees.flatMap((a) => (a.personId === null ? [] : [a.personId]))));
  const [chairs, setChairs] = useState<number[]>(held?.chairIds ?? []);
  const [guests, setGuests] = useState<Guest[]>(() => attendees.filter((a) => a.personId === null).map(({ name, role }) => ({ name, role })));

  const filterRef = useRef<HTMLInputElement>(null);

  const participants = useMemo(() => participantsOf(staff, attendees, session.date), [staff, attendees, session.date]);
  const chairCandidates = participants.filter((p) => CHAIR_ROLES.includes(p.role));
  const counts = countParticipants([...participants.filter((p) => checked.has(p.personId)), ...guests]);

  const setAttendance = (next: Set<number>) => {
    setChecked(next);
    // Someone who did not attend cannot have chaired.
    setChairs((current) => current.filter((id) => next.has(id)));
  };
  const setChairIds = (ids: number[]) => {
    setChairs(ids);
    setChecked((current) => new Set([...current, ...ids]));
  };

  // The previous session's ticks replace these; guests stay, as they are not carried over.
  const sameAsLast = ({ attendeeIds, chairIds }: CarriedOver) => {
    setChecked(new Set(attendeeIds));
    setChairs(chairIds);
    // Next comes changing the few who differ, by name.
    filterRef.current?.focus();
  };

  const save = async () => {
    const saved = await form.submit({
      unitId: session.unitId,
      week: session.week,
      startTime: startTime.trim(),
      durationMinutes: wholeNumber(duration),
      location,
      chairIds: chairs,
      attendeeIds: participants.filter((p) => checked.has(p.personId)).map((p) => p.personId),
      guests,
    });
    if (saved) onSaved(saved);
  };

  // Enter saves from anywhere in the form, ticked boxes and radio buttons included.
  const enterSaves = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const target = event.target as HTMLInputElement;
    if (event.key !== 'Enter' || target.tagName !== 'INPUT' || !['checkbox', 'radio'].includes(target.type)) return;
    event.preventDefault();
    target.form?.requestSubmit();
  };

  return (
    <ApiFormFrame
      error={form.error}
      fields={[...FIELDS, ...Object.keys(form.error?.fields ?? {}).filter((field) => field.startsWith('guests.'))]}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={
        <>
          <Button type="submit" disabled={locked} aria-describedby={locked ? 'held-locked' : undefined}>
            {t('session.held.submit')}
          </Button>
          {locked && <Text id="held-locked">{t('session.held.locked')}</Text>}
        </>
      }
    >
      {/* A disabled fieldset disables every box and field inside it at once. */}
      <fieldset className="stack held-fields" disabled={locked} aria-describedby={locked ? 'held-locked' : undefined} onKeyDown={enterSaves}>
        <div className="held-time">
          <TimeField
            label={t('session.held.startTime')}
            description={t('units.slot.field.startTimeHint')}
            value={startTime}
            onChange={(e) => setStartTime(e.currentTarget.value)}
            error={form.fieldError('startTime')}
          />
          <NumberField
            label={t('session.held.duration')}
            value={duration}
            onChange={(e) => setDuration(e.currentTarget.value)}
            error={form.fieldError('durationMinutes')}
          />
        </div>
        <Radio.Group label={t('session.held.location')} value={location} onChange={(value) => setLocation(value)} error={form.fieldError('location')}>
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
            {form.fieldError('chairIds') && (
              <Text c="var(--mantine-color-error)" size="sm">
                {form.fieldError('chairIds')}
              </Text>
            )}
          </div>
        ) : (
          <Checkbox.Group
            label={t('session.held.chairs')}
            description={t('session.held.chairsHint')}
            value={chairs.map(String)}
            onChange={(values) => setChairIds(values.map(Number))}
            error={form.fieldError('chairIds')}
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
        <SameAsLastSession session={session} staff={staff} onApply={sameAsLast} />
        <AttendanceList
          filterRef={filterRef}
          participants={participants}
          checked={checked}
          onChange={setAttendance}
          date={session.date}
          error={form.fieldError('attendeeIds')}
        />
        <GuestFields guests={guests} onChange={setGuests} error={guestMessage(form.error?.fields)} />
        <ParticipantCountsView counts={counts} />
      </fieldset>
    </ApiFormFrame>
  );
}
