import { Button, List, Modal, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
import { monthName, weekdayName } from '../../../shared/format/dates';
import { parseWeekKey } from '../../../shared/domain/calendar';
import type { BillingForm, BillingMonthStatus, Unit } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { useApiForm } from '../forms/useApiForm';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';
import { missingDetails } from './missingDetails';

interface DialogProps {
  unit: Unit;
  form: BillingForm;
  onClose: () => void;
  onDone: (status: BillingMonthStatus) => void;
}

// As the planning dialogs: focus goes into the dialog, and the view puts it back on the
// button that now fits the month, since the one that opened the dialog is gone after a change.

/** Confirms sending; weeks nobody recorded are shown first, since they would go unbilled. */
export function MarkSentDialog({ unit, form, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const sending = useApiForm('billing.markSent');
  const notRecorded = form.unbilled.filter((week) => week.reason === 'notRecorded');
  // The view says it above the form, but a first-time manager sends before reading that far.
  const missing = missingDetails(form).map((key) => t(key));

  const save = async () => {
    const status = await sending.submit({ unitId: unit.id, month: form.month });
    if (status) onDone(status);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="mark-sent-dialog"
      title={t('billing.markSent.title')}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
      size="lg"
    >
      {notRecorded.length > 0 && (
        <div className="billing-warning" role="note" aria-labelledby="not-recorded-heading">
          <Title order={3} id="not-recorded-heading" size="h4">
            {t('billing.markSent.notRecordedTitle')}
          </Title>
          <Text>{t('billing.markSent.notRecorded')}</Text>
          <List mt="xs">
            {notRecorded.map((week) => (
              <List.Item key={week.week}>
                {t('billing.markSent.notRecordedItem', {
                  week: parseWeekKey(week.week).isoWeek,
                  weekday: weekdayName(week.date),
                  date: week.date,
                })}
              </List.Item>
            ))}
          </List>
          <Text mt="xs">{t('billing.markSent.notRecordedHint')}</Text>
        </div>
      )}
      {missing.length > 0 && (
        <Text className="billing-warning" role="note" mb="md">
          {t('billing.missing', { fields: missing.join(', ') })} {t('billing.markSent.missingHint')}
        </Text>
      )}
      <Text mb="md">{t('billing.markSent.intro', { month: monthName(form.month), unit: unit.name, version: form.version })}</Text>
      <ApiFormFrame
        error={sending.error}
        fields={[]}
        onSubmit={() => void save()}
        labelledBy="mark-sent-dialog-title"
        actions={
          <>
            <Button type="submit" data-autofocus={notRecorded.length === 0 ? true : undefined}>
              {t(notRecorded.length > 0 ? 'billing.markSent.submitAnyway' : 'billing.markSent.submit')}
            </Button>
            {/* With unrecorded weeks, the safe choice is the one under the focus. */}
            <Button variant="default" onClick={onClose} data-autofocus={notRecorded.length > 0 ? true : undefined}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        {null}
      </ApiFormFrame>
    </Modal>
  );
}

/** Reopens a sent month for a correction; the reason goes on the next version. */
export function ReopenDialog({ unit, form, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const reopening = useApiForm('billing.reopen');
  const warning = usePersonnummerWarning();
  const [reason, setReason] = useState('');

  const save = async () => {
    const status = await reopening.submit({ unitId: unit.id, month: form.month, reason });
    if (status) onDone(status);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="reopen-dialog"
      title={t('billing.reopen.title', { month: monthName(form.month) })}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
      size="lg"
    >
      <Text mb="md">{t('billing.reopen.intro', { version: form.version + 1, previous: form.version })}</Text>
      <ApiFormFrame
        error={reopening.error}
        fields={['reason']}
        onSubmit={() => void save()}
        labelledBy="reopen-dialog-title"
        actions={
          <>
            <Button type="submit">{t('billing.reopen.submit')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        {/* One line, so Enter saves, as the cancel reason under Planering. */}
        <TextInput
          label={t('billing.reopen.reason')}
          {...warning(reason, { refused: true })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reopening.fieldError('reason')}
          maxLength={LIMITS.textMax}
          required
          data-autofocus
        />
      </ApiFormFrame>
    </Modal>
  );
}
