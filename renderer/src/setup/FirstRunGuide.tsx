import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datesOfMonth, monthOf } from '../../../shared/domain/billing';
import type { IsoDate, TeamMeetingDate, Unit } from '../../../shared/domain/types';
import { ViewHeading } from '../app/ViewHeading';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { useApiForm } from '../forms/useApiForm';
import { CreateUnitForm } from '../units/CreateUnitForm';
import { SlotRuleForm } from '../units/SlotRuleForm';
import { TeamMeetingDateForm } from '../units/TeamMeetingDateForm';
import { TeamMeetingDateList } from '../units/TeamMeetingLists';
import {
  PATTERN_FIELDS,
  PatternKindChoice,
  TeamMeetingPatternFields,
  newPatternDraft,
  patternInput,
  type PatternKind,
} from '../units/TeamMeetingPatternFields';

export type GuideStep = 1 | 2 | 3;

const STEPS = [1, 2, 3] as const;
const STEP_TITLE = { 1: 'setup.step1.title', 2: 'setup.step2.title', 3: 'setup.step3.title' } as const;

interface Props {
  today: IsoDate;
  /** The unit being set up; null until step 1 has created it. */
  unit: Unit | null;
  startStep: GuideStep;
  onUnitCreated: (unit: Unit) => Promise<void>;
  onDone: () => void;
}

/** First run: create the unit, set the weekly slot, mark the team meetings. */
export function FirstRunGuide({ today, unit, startStep, onUnitCreated, onDone }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<GuideStep>(startStep);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);

  useEffect(() => {
    // The new step's heading takes the focus, so the keyboard continues from the top of it.
    if (shownStep.current !== step) stepHeading.current?.focus();
    shownStep.current = step;
  }, [step]);

  const stepTitle = t(STEP_TITLE[step]);

  return (
    <Stack className="narrow">
      <ViewHeading>{startStep === 1 || !unit ? t('setup.title') : t('setup.titleForUnit', { unit: unit.name })}</ViewHeading>
      <Text>{t('setup.intro')}</Text>
      <ol className="guide-steps" aria-label={t('setup.steps')}>
        {STEPS.map((n) => (
          <li key={n} aria-current={n === step ? 'step' : undefined}>
            <span className="guide-step-number" aria-hidden="true">
              {n}
            </span>
            <span>
              {t(STEP_TITLE[n])}
              {n < step && ` (${t('setup.stepDone')})`}
            </span>
          </li>
        ))}
      </ol>
      <section className="panel" aria-labelledby="guide-step-heading">
        <Title order={2} id="guide-step-heading" ref={stepHeading} tabIndex={-1} className="view-heading">
          {t('setup.stepOf', { step, total: STEPS.length, title: stepTitle })}
        </Title>
        {step === 1 && (
          <>
            <Text mb="md">{t('setup.step1.intro')}</Text>
            <CreateUnitForm
              labelledBy="guide-step-heading"
              submitLabel={t('setup.saveAndContinue')}
              onCreated={(created) => void onUnitCreated(created).then(() => setStep(2))}
            />
          </>
        )}
        {step === 2 && unit && (
          <>
            <Text mb="md">{t('setup.step2.intro')}</Text>
            <SlotRuleForm
              unitId={unit.id}
              today={today}
              labelledBy="guide-step-heading"
              submitLabel={t('setup.saveAndContinue')}
              routineStart={datesOfMonth(monthOf(today)).from}
              onSaved={() => setStep(3)}
            />
          </>
        )}
        {step === 3 && unit && <TeamMeetingStep unitId={unit.id} today={today} onDone={onDone} />}
      </section>
    </Stack>
  );
}

function TeamMeetingStep({ unitId, today, onDone }: { unitId: number; today: IsoDate; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm('teamMeetings.addPattern');
  const remove = useApiAction();
  const [kind, setKind] = useState<PatternKind | 'none'>('none');
  const [draft, setDraft] = useState(() => newPatternDraft(today));
  const [dates, setDates] = useState<TeamMeetingDate[]>([]);

  const finish = async () => {
    if (kind === 'none') return onDone();
    const added = await form.submit(patternInput(unitId, { ...draft, kind }));
    if (added) onDone();
  };

  const removeDate = async (date: TeamMeetingDate) => {
    const result = await remove.run('teamMeetings.removeDate', { unitId, id: date.id });
    if (result.ok) setDates((current) => current.filter((d) => d.id !== date.id));
  };

  return (
    <Stack>
      <Text>{t('setup.step3.intro')}</Text>
      <ApiFormFrame error={form.error} fields={PATTERN_FIELDS} onSubmit={() => void finish()} labelledBy="guide-step-heading">
        <PatternKindChoice value={kind} withNone onChange={setKind} />
        {kind !== 'none' && <TeamMeetingPatternFields draft={{ ...draft, kind }} onChange={setDraft} fieldError={form.fieldError} />}
      </ApiFormFrame>

      <Title order={3} id="guide-dates-heading">
        {t('setup.step3.dates')}
      </Title>
      {remove.error && <ErrorAlert error={remove.error} />}
      <TeamMeetingDateList dates={dates} emptyText={t('units.teamMeetings.noDates')} onRemove={(d) => void removeDate(d)} />
      <TeamMeetingDateForm unitId={unitId} labelledBy="guide-dates-heading" onAdded={(added) => setDates((current) => [...current, added])} />
      <div className="form-actions">
        <Button onClick={() => void finish()}>{t('setup.finish')}</Button>
      </div>
    </Stack>
  );
}
