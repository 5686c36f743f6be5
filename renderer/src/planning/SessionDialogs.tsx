import { Button, Modal, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDaysIso, mondayOfWeek } from '../../../shared/domain/calendar';
import type { PlannedSession } from '../../../shared/domain/types';
import { LIMITS } from '../../../shared/domain/limits';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { TimeField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';
import { weekdayName } from '../../../shared/format/dates';

interface DialogProps {
  session: PlannedSession;
  onClose: () => void;
  onSaved: () => void;
}

// Focus goes into the dialog (Mantine's focus trap, first field marked data-autofocus);
// the view puts it back on the row when the dialog closes, since the button that opened
// it may be gone once the row changes.

export function MoveDialog({ session, onClose, onSaved }: DialogProps) {
  const { t } = useTranslation();
  const form = useApiForm('sessions.move');
  const [date, setDate] = useState(session.date);
  const [startTime, setStartTime] = useState(session.startTime);
  const monday = mondayOfWeek(session.week);
  const days = [0, 1, 2, 3, 4].map((offset) => addDaysIso(monday, offset));

  const save = async () => {
    const moved = await form.submit({ unitId: session.unitId, week: session.week, date, startTime: startTime.trim() });
    if (moved) onSaved();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="move-dialog"
      title={t('planning.move.title', { week: session.isoWeek })}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <Text mb="md">{t('planning.move.intro')}</Text>
      <ApiFormFrame
        error={form.error}
        fields={['date', 'startTime']}
        onSubmit={() => void save()}
        labelledBy="move-dialog-title"
        actions={
          <>
            <Button type="submit">{t('planning.move.submit')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        <NativeSelect
          label={t('planning.move.date')}
          data={days.map((day) => ({
            value: day,
            label: t('planning.move.dateOption', { weekday: weekdayName(day), date: day }),
          }))}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={form.fieldError('date')}
          data-autofocus
        />
        <TimeField
          label={t('planning.move.startTime')}
          description={t('units.slot.field.startTimeHint')}
          value={startTime}
          onChange={(e) => setStartTime(e.currentTarget.value)}
          error={form.fieldError('startTime')}
        />
      </ApiFormFrame>
    </Modal>
  );
}

export function CancelDialog({ session, onClose, onSaved }: DialogProps) {
  const { t } = useTranslation();
  const form = useApiForm('sessions.cancel');
  const warning = usePersonnummerWarning();
  const [reason, setReason] = useState('');

  const save = async () => {
    const cancelled = await form.submit({ unitId: session.unitId, week: session.week, reason });
    if (cancelled) onSaved();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="cancel-dialog"
      title={t('planning.cancel.title', { week: session.isoWeek })}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <Text mb="md">{t('planning.cancel.intro')}</Text>
      <ApiFormFrame
        error={form.error}
        fields={['reason']}
        onSubmit={() => void save()}
        labelledBy="cancel-dialog-title"
        actions={
          <>
            <Button type="submit">{t('planning.cancel.submit')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        {/* One line, so Enter saves: a reason is a few words, and the dialog is keyboard-first. */}
        <TextInput
          label={t('planning.cancel.reason')}
          {...warning(reason, { refused: true })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={form.fieldError('reason')}
          maxLength={LIMITS.textMax}
          data-autofocus
        />
      </ApiFormFrame>
    </Modal>
  );
}
