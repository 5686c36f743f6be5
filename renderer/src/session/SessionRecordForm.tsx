import { Button, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../shared/i18n/translate';
import { AGENDA_ITEMS, type AgendaNotes, type SessionDetail, type StaffMember } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { useApiForm } from '../forms/useApiForm';
import { AgendaFields } from './AgendaFields';
import { HeldFields } from './HeldFields';
import { useUnsavedPart, useUnsavedPartNames, type UnsavedPartName } from './unsavedParts';
import { useNextFrame } from './useNextFrame';
import { useHeldDraft } from './useHeldDraft';

/** What the save bar says of a part it does not save itself (a key per part, checked by the compiler). */
const PENDING = {
  case: 'session.record.pending.case',
  action: 'session.record.pending.action',
} as const satisfies Record<Exclude<UnsavedPartName, 'record'>, MessageKey>;

interface Props {
  detail: SessionDetail;
  staff: StaffMember[];
  /** The notes as typed (not yet saved): the printout uses them too. */
  notes: AgendaNotes;
  onNotesChange: (notes: AgendaNotes) => void;
  nameOf: (id: number) => string;
  /** What the held part says first: when it was recorded, or what to do. */
  heldIntro: ReactNode;
  onSaved: (detail: SessionDetail) => void;
}

const HELD_FIELDS = ['startTime', 'durationMinutes', 'location', 'chairIds', 'attendeeIds', 'guests'];

/** The contract names a refused held field "held.startTime"; the backend's rules name it "attendeeIds". */
const isGuestField = (field: string) => /^(held\.)?guests(\.|$)/.test(field);

const clock = () => new Date().toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });

/**
 * A session's record as one form with one save: the held part (time, place, chairs, who took
 * part) and the agenda's notes. A busy manager fills in both in one sitting and should not have
 * to find the right one of several buttons; the save bar stays at the bottom of the screen
 * with what is unsaved and when it was saved. The held part is sent only when it changed, so
 * an agenda prepared before the day never marks the session held.
 */
export function SessionRecordForm({ detail, staff, notes, onNotesChange, nameOf, heldIntro, onSaved }: Props) {
  const { t } = useTranslation();
  // The agenda's notes are below the attendance list: drawn in the frame after the held part.
  const agendaShown = useNextFrame(true);
  const { session } = detail;
  const locked = session.locked;
  const form = useApiForm('sessions.saveRecord');
  const draft = useHeldDraft(detail, staff);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const agendaChanged = AGENDA_ITEMS.some((item) => notes[item] !== detail.agenda[item]);
  const heldChanged = draft.changed && !locked;
  const unsaved = heldChanged || agendaChanged;

  const save = async (): Promise<boolean> => {
    const saved = await form.submit({
      unitId: session.unitId,
      week: session.week,
      held: heldChanged ? draft.record : null,
      agenda: agendaChanged ? notes : null,
    });
    if (!saved) return false;
    onSaved(saved);
    setSavedAt(clock());
    return true;
  };
  useUnsavedPart('record', unsaved, save);

  const heldError = (field: string) => form.fieldError(`held.${field}`) ?? form.fieldError(field);
  const guestError = Object.entries(form.error?.fields ?? {}).find(([field]) => isGuestField(field))?.[1];
  const shownFields = [
    ...HELD_FIELDS.flatMap((field) => [field, `held.${field}`]),
    ...Object.keys(form.error?.fields ?? {}).filter(isGuestField),
    ...AGENDA_ITEMS.map((item) => `agenda.${item}`),
  ];
  // In a sent month only the agenda can change: the save waits for a change to it.
  const saveDisabled = locked && !agendaChanged;
  // A case or an action typed below but not added is unsaved too, though this button does not save it.
  const pending = useUnsavedPartNames()
    .filter((part) => part !== 'record')
    .map((part) => t(PENDING[part]));
  const anyUnsaved = unsaved || pending.length > 0;
  const recordState = unsaved
    ? t('session.record.unsaved')
    : savedAt
      ? t('session.record.saved', { time: savedAt })
      : anyUnsaved
        ? null
        : t('session.record.clean');
  const state = [recordState, ...pending].filter(Boolean).join(' ');

  return (
    <ApiFormFrame
      error={form.error}
      fields={shownFields}
      onSubmit={() => void save()}
      labelledBy="record-label"
      actions={
        <div className="record-actions" data-unsaved={anyUnsaved}>
          <Button type="submit" disabled={saveDisabled} aria-describedby={saveDisabled ? 'held-locked' : 'record-state'}>
            {t('session.record.submit')}
          </Button>
          <Text id="record-state" fw={anyUnsaved ? 700 : 400}>
            {state}
          </Text>
        </div>
      }
    >
      <span id="record-label" hidden>
        {t('session.record.label')}
      </span>
      <section aria-labelledby="held-heading" className="panel">
        <Title order={2} id="held-heading">
          {t('session.held.title')}
        </Title>
        {heldIntro}
        <HeldFields
          session={session}
          staff={staff}
          draft={draft}
          fieldError={heldError}
          guestError={guestError}
          locked={locked}
          lockedId="held-locked"
        />
      </section>

      <section aria-labelledby="agenda-heading" className="panel">
        <Title order={2} id="agenda-heading">
          {t('session.agenda.title')}
        </Title>
        {agendaShown && (
          <AgendaFields detail={detail} notes={notes} onNotesChange={onNotesChange} nameOf={nameOf} fieldError={form.fieldError} onSaved={onSaved} />
        )}
      </section>
    </ApiFormFrame>
  );
}
