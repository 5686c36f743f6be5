import { Button, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember, Unit } from '../../../shared/domain/types';
import { useAnnounce } from '../app/announcer';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { DateField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';

interface Props {
  member: StaffMember;
  unit: Unit;
  onClose: () => void;
  onSaved: () => void;
}

const FIELDS = ['activeFrom', 'activeTo'] as const;

/**
 * Corrects the first and last day in the unit: a person entered with the wrong start can be
 * ticked in the weeks before it. The backend refuses a period that would leave out a session
 * the person attended or change a sent month, and says why next to the field.
 */
export function ActivePeriodDialog({ member, unit, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const form = useApiForm('staff.setActivePeriod');
  const [activeFrom, setActiveFrom] = useState(member.activeFrom);
  const [activeTo, setActiveTo] = useState(member.activeTo ?? '');

  const save = async () => {
    const end = activeTo.trim();
    const saved = await form.submit({ unitId: unit.id, personId: member.id, activeFrom: activeFrom.trim(), activeTo: end === '' ? null : end });
    if (!saved) return;
    announce(t('staff.period.done', { name: saved.name }));
    onSaved();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="period-member-dialog"
      title={t('staff.period.title', { name: member.name })}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <Text mb="md">{t('staff.period.intro', { unit: unit.name })}</Text>
      <ApiFormFrame
        error={form.error}
        fields={FIELDS}
        onSubmit={() => void save()}
        labelledBy="period-member-dialog-title"
        actions={
          <>
            <Button type="submit">{t('staff.period.submit')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        <DateField
          label={t('staff.field.activeFrom')}
          description={t('field.dateHint')}
          value={activeFrom}
          onChange={(e) => setActiveFrom(e.currentTarget.value)}
          error={form.fieldError('activeFrom')}
          data-autofocus
        />
        <DateField
          label={t('staff.period.activeTo')}
          description={t('staff.period.activeToHint')}
          value={activeTo}
          onChange={(e) => setActiveTo(e.currentTarget.value)}
          error={form.fieldError('activeTo')}
        />
      </ApiFormFrame>
    </Modal>
  );
}
