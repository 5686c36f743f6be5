import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { IsoWeekKey } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';
import { ErrorAlert } from '../forms/ErrorAlert';

interface Props {
  unitId: number;
  week: IsoWeekKey;
}

/** The session view's "Lägg till i kalender": this week's session on its own, as a .ics file. */
export function AddToCalendarButton({ unitId, week }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);

  const add = async () => {
    announce('');
    setError(null);
    const result = await api.call('calendar.session', { unitId, week });
    if (!result.ok) return setError(result.error);
    // Loaded on the first export: the plan and the session view open without it.
    const { downloadFile } = await import('../billing/download');
    downloadFile(result.value);
    announce(t('calendar.exported', { fileName: result.value.fileName }));
  };

  return (
    <>
      <Button variant="default" onClick={() => void add()}>
        {t('calendar.addSession')}
      </Button>
      {error && <ErrorAlert error={error} />}
    </>
  );
}
