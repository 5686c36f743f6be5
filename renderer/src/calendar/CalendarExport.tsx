import { Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { mondayOfWeek, weekKeyOf } from '../../../shared/domain/calendar';
import type { IsoDate, Unit } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';
import { DateField } from '../forms/fields';
import { ErrorAlert } from '../forms/ErrorAlert';

interface Props {
  unit: Unit;
  today: IsoDate;
}

type CalendarFile = 'calendar.sessions' | 'calendar.teamMeetings';

/** From this week's Monday to the end of next year: the rest of the routine most managers plan. */
export function defaultExportPeriod(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: mondayOfWeek(weekKeyOf(today)), to: `${Number(today.slice(0, 4)) + 1}-12-31` };
}

/** The planning view's "Exportera till kalender": the supervision series or the team meetings as a .ics file. */
export function CalendarExport({ unit, today }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [period, setPeriod] = useState(() => defaultExportPeriod(today));
  const [inviteStaff, setInviteStaff] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const exportFile = async (method: CalendarFile) => {
    announce('');
    setError(null);
    const input = { unitId: unit.id, from: period.from.trim(), to: period.to.trim() };
    const result = method === 'calendar.sessions' ? await api.call(method, { ...input, inviteStaff }) : await api.call(method, input);
    if (!result.ok) return setError(result.error);
    // Loaded on the first export: the plan and the session view open without it.
    const { downloadFile } = await import('../billing/download');
    downloadFile(result.value);
    announce(t('calendar.exported', { fileName: result.value.fileName }));
  };
  const fieldError = (field: string) => error?.fields?.[field];

  return (
    <section aria-labelledby="calendar-export-heading" className="calendar-export">
      <Stack gap="sm">
        <Title order={2} id="calendar-export-heading" size="h3">
          {t('calendar.heading')}
        </Title>
        <Text size="sm">{t('calendar.intro')}</Text>
        {error && !fieldError('from') && !fieldError('to') && <ErrorAlert error={error} />}
        <Group align="flex-start" gap="md">
          <DateField
            label={t('calendar.from')}
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
            error={fieldError('from')}
          />
          <DateField
            label={t('calendar.to')}
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
            error={fieldError('to')}
          />
        </Group>
        <Checkbox label={t('calendar.inviteStaff')} checked={inviteStaff} onChange={(e) => setInviteStaff(e.currentTarget.checked)} />
        <Group gap="sm">
          <Button variant="default" onClick={() => void exportFile('calendar.sessions')}>
            {t('calendar.exportSessions')}
          </Button>
          <Button variant="default" onClick={() => void exportFile('calendar.teamMeetings')}>
            {t('calendar.exportTeamMeetings')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
