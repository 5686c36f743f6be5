import { Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { IsoDate, SlotRule, TeamMeetingDate, TeamMeetingPattern, Unit } from '../../../shared/domain/types';
import { api } from '../api/client';
import { ViewHeading } from '../app/ViewHeading';
import { BillingSettingsForm } from '../billing/BillingSettingsForm';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { RoutineStartForm } from './RoutineStartForm';
import { SlotRuleForm } from './SlotRuleForm';
import { SlotRuleHistory } from './SlotRuleHistory';
import { TeamMeetingDateForm } from './TeamMeetingDateForm';
import { TeamMeetingDateList, TeamMeetingPatternList } from './TeamMeetingLists';
import { TeamMeetingPatternForm } from './TeamMeetingPatternForm';
import { UnitDetailsForm } from './UnitDetailsForm';

interface Props {
  unit: Unit;
  today: IsoDate;
  onUnitSaved: (unit: Unit) => void;
}

interface Settings {
  rules: SlotRule[];
  dates: TeamMeetingDate[];
  patterns: TeamMeetingPattern[];
}

export function UnitSettingsView({ unit, today, onUnitSaved }: Props) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const action = useApiAction();

  const load = useCallback(async () => {
    const [rules, meetings] = await Promise.all([
      api.call('slotRules.list', { unitId: unit.id }),
      api.call('teamMeetings.list', { unitId: unit.id }),
    ]);
    if (!rules.ok) return setLoadError(rules.error);
    if (!meetings.ok) return setLoadError(meetings.error);
    setLoadError(null);
    setSettings({ rules: rules.value, ...meetings.value });
  }, [unit.id]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- every setState in the loader runs after an await, not in the effect body (a known false positive: react/react#34905)
    void load();
  }, [load]);

  const removeDate = async (date: TeamMeetingDate) => {
    const result = await action.run('teamMeetings.removeDate', { unitId: unit.id, id: date.id });
    if (result.ok) await load();
  };
  const endPattern = async (pattern: TeamMeetingPattern) => {
    const result = await action.run('teamMeetings.removePattern', { unitId: unit.id, id: pattern.id });
    if (result.ok) await load();
  };

  return (
    <Stack gap="xl">
      <div>
        <ViewHeading>{t('units.settings.title')}</ViewHeading>
        <Text size="lg">{unit.name}</Text>
      </div>

      <section aria-labelledby="unit-details-heading" className="panel">
        <Title order={2} id="unit-details-heading">
          {t('units.settings.details')}
        </Title>
        <UnitDetailsForm key={unit.id} unit={unit} labelledBy="unit-details-heading" onSaved={onUnitSaved} />
        <RoutineStartForm key={`routine-${unit.id}`} unitId={unit.id} onSaved={() => void load()} />
      </section>

      {loadError && <ErrorAlert error={loadError} title={t('load.errorTitle')} />}

      {settings && (
        <>
          <section aria-labelledby="slot-heading" className="panel">
            <Title order={2} id="slot-heading">
              {t('units.slot.title')}
            </Title>
            <SlotRuleHistory rules={settings.rules} today={today} />
            <Title order={3} id="new-slot-heading" mt="lg">
              {t('units.slot.new')}
            </Title>
            <Text mb="sm">{t('units.slot.newHint')}</Text>
            <SlotRuleForm
              unitId={unit.id}
              today={today}
              labelledBy="new-slot-heading"
              submitLabel={t('units.slot.submit')}
              onSaved={() => void load()}
            />
          </section>

          <section aria-labelledby="team-meetings-heading" className="panel">
            <Title order={2} id="team-meetings-heading">
              {t('units.teamMeetings.title')}
            </Title>
            <Text mb="sm">{t('units.teamMeetings.intro')}</Text>
            {action.error && <ErrorAlert error={action.error} />}
            <Title order={3} mt="md">
              {t('units.teamMeetings.patterns')}
            </Title>
            <TeamMeetingPatternList patterns={settings.patterns} onEnd={(p) => void endPattern(p)} />
            <Title order={3} mt="md">
              {t('units.teamMeetings.dates')}
            </Title>
            <TeamMeetingDateList dates={settings.dates} emptyText={t('units.teamMeetings.noDates')} onRemove={(d) => void removeDate(d)} />
            <Title order={3} id="add-pattern-heading" mt="lg">
              {t('units.teamMeetings.addPattern')}
            </Title>
            <TeamMeetingPatternForm unitId={unit.id} today={today} labelledBy="add-pattern-heading" onAdded={() => void load()} />
            <Title order={3} id="add-date-heading" mt="lg">
              {t('units.teamMeetings.addDate')}
            </Title>
            <TeamMeetingDateForm unitId={unit.id} labelledBy="add-date-heading" onAdded={() => void load()} />
          </section>
          <BillingSettingsForm unit={unit} />
        </>
      )}
    </Stack>
  );
}
