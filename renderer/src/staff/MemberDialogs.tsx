import { Button, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, Person, StaffMember, Unit } from '../../../shared/domain/types';
import { useAnnounce } from '../app/announcer';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { DateField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';
import { PERSON_FIELDS, PersonFields, type PersonDraft } from './PersonFields';

interface DialogProps {
  member: StaffMember;
  onClose: () => void;
  onSaved: () => void;
}

// Focus goes into the dialog (Mantine's focus trap, first field marked data-autofocus);
// the view puts it back on the row when the dialog closes, since the row may be gone.

/** Corrects name, role or employment. History keeps the role a person had on the day. */
export function EditMemberDialog({ member, onClose, onSaved }: DialogProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const form = useApiForm('staff.update');
  const [draft, setDraft] = useState<PersonDraft>({ name: member.name, role: member.role, employment: member.employment, email: member.email });

  const save = async () => {
    const saved: Person | null = await form.submit({ personId: member.id, ...draft, name: draft.name.trim() });
    if (!saved) return;
    announce(t('staff.edit.done', { name: saved.name }));
    onSaved();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="edit-member-dialog"
      title={t('staff.edit.title', { name: member.name })}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <Text mb="md">{t('staff.edit.intro')}</Text>
      <ApiFormFrame
        error={form.error}
        fields={PERSON_FIELDS}
        onSubmit={() => void save()}
        labelledBy="edit-member-dialog-title"
        actions={
          <>
            <Button type="submit">{t('staff.edit.submit')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        <PersonFields draft={draft} onChange={setDraft} fieldError={form.fieldError} autoFocus />
      </ApiFormFrame>
    </Modal>
  );
}

/** Sets the last day in this unit; the person and what they attended stay. */
export function DeactivateMemberDialog({ member, unit, today, onClose, onSaved }: DialogProps & { unit: Unit; today: IsoDate }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const form = useApiForm('staff.deactivate');
  const [activeTo, setActiveTo] = useState(today);

  const save = async () => {
    const saved = await form.submit({ unitId: unit.id, personId: member.id, activeTo: activeTo.trim() });
    if (!saved) return;
    announce(t('staff.deactivate.done', { name: saved.name, date: saved.activeTo ?? activeTo }));
    onSaved();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="deactivate-member-dialog"
      title={t('staff.deactivate.title', { name: member.name })}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <Text mb="md">{t('staff.deactivate.intro', { name: member.name, unit: unit.name })}</Text>
      <ApiFormFrame
        error={form.error}
        fields={['activeTo']}
        onSubmit={() => void save()}
        labelledBy="deactivate-member-dialog-title"
        actions={
          <>
            <Button type="submit">{t('staff.deactivate.submit')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        <DateField
          label={t('staff.field.activeTo')}
          description={t('field.dateHint')}
          value={activeTo}
          onChange={(e) => setActiveTo(e.currentTarget.value)}
          error={form.fieldError('activeTo')}
          data-autofocus
        />
      </ApiFormFrame>
    </Modal>
  );
}
