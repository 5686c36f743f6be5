import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, TeamMeetingPattern } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { useApiForm } from '../forms/useApiForm';
import { PATTERN_FIELDS, PatternKindChoice, TeamMeetingPatternFields, newPatternDraft, patternInput } from './TeamMeetingPatternFields';

interface Props {
  unitId: number;
  today: IsoDate;
  labelledBy: string;
  onAdded: (pattern: TeamMeetingPattern) => void;
}

export function TeamMeetingPatternForm({ unitId, today, labelledBy, onAdded }: Props) {
  const { t } = useTranslation();
  const form = useApiForm('teamMeetings.addPattern');
  const [draft, setDraft] = useState(() => newPatternDraft(today));

  const save = async () => {
    const added = await form.submit(patternInput(unitId, draft));
    if (added) onAdded(added);
  };

  return (
    <ApiFormFrame
      error={form.error}
      fields={PATTERN_FIELDS}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={
        <Button type="submit" variant="default">
          {t('units.teamMeetings.addPattern')}
        </Button>
      }
    >
      <PatternKindChoice value={draft.kind} withNone={false} onChange={(kind) => kind !== 'none' && setDraft({ ...draft, kind })} />
      <TeamMeetingPatternFields draft={draft} onChange={setDraft} fieldError={form.fieldError} />
    </ApiFormFrame>
  );
}
