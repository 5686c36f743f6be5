import { Button, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/domain/types';
import { useApiQuery } from '../api/useApiQuery';
import { useAnnounce } from '../app/announcer';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { ErrorAlert } from '../forms/ErrorAlert';
import { DateField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';

/**
 * The day the unit's routine started: the default start of people added to the roster and the
 * earliest day of a slot rule; months before it have nothing to bill. It may not move past a
 * held session or a sent month (the backend refuses, next to the field); moved later, the slot
 * rules move along with it, so the caller re-reads them (onSaved).
 */
export function RoutineStartForm({ unitId, onSaved }: { unitId: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const stored = useApiQuery('units.routineStart', { unitId });
  if (stored.error) return <ErrorAlert error={stored.error} title={t('load.errorTitle')} />;
  // Keyed by the stored day, so the field starts from it once it has been read.
  return stored.data ? <RoutineStartFields key={stored.data} unitId={unitId} stored={stored.data} onSaved={onSaved} /> : null;
}

function RoutineStartFields({ unitId, stored, onSaved }: { unitId: number; stored: IsoDate; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const form = useApiForm('units.setRoutineStart');
  const [routineStart, setRoutineStart] = useState(stored);

  const save = async () => {
    const saved = await form.submit({ unitId, routineStart: routineStart.trim() });
    if (!saved) return;
    announce(t('units.routineStart.done', { date: saved }));
    onSaved();
  };

  return (
    <>
      <Title order={3} id="routine-start-heading" mt="lg">
        {t('units.routineStart.title')}
      </Title>
      <Text mb="sm">{t('units.routineStart.intro')}</Text>
      <ApiFormFrame
        error={form.error}
        fields={['routineStart']}
        onSubmit={() => void save()}
        labelledBy="routine-start-heading"
        actions={<Button type="submit">{t('units.routineStart.submit')}</Button>}
      >
        <DateField
          label={t('units.routineStart.field')}
          description={t('field.dateHint')}
          value={routineStart}
          onChange={(e) => setRoutineStart(e.currentTarget.value)}
          error={form.fieldError('routineStart')}
        />
      </ApiFormFrame>
    </>
  );
}
