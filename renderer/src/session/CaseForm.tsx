import { Button, Checkbox, Group, Radio, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
import {
  CASE_KINDS,
  DOCUMENTATION_DUTIES,
  type CaseDiscussed,
  type CaseKind,
  type DocumentationChecklist,
  type SessionDetail,
  type StaffMember,
} from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { useApiForm } from '../forms/useApiForm';
import { PersonSelect } from './PersonSelect';
import { useUnsavedPart } from './unsavedParts';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';

interface Props {
  detail: SessionDetail;
  /** The case being changed; null adds a new one. */
  editing: CaseDiscussed | null;
  members: StaffMember[];
  nameOf: (id: number) => string;
  labelledBy: string;
  onSaved: (detail: SessionDetail) => void;
  onCancel: () => void;
}

const emptyChecklist = (): DocumentationChecklist =>
  Object.fromEntries(DOCUMENTATION_DUTIES.map((duty) => [duty, { done: false, responsibleId: null }])) as DocumentationChecklist;

/** The form as typed; compared with how it started to tell whether anything is unsaved. */
interface CaseDraft {
  reference: string;
  kind: CaseKind;
  goal: string;
  subGoals: string;
  notes: string;
  documentation: DocumentationChecklist;
}

const draftOf = (editing: CaseDiscussed | null): CaseDraft => ({
  reference: editing?.reference ?? '',
  kind: editing?.kind ?? 'complex',
  goal: editing?.goal ?? '',
  subGoals: editing?.subGoals.join('\n') ?? '',
  notes: editing?.notes ?? '',
  documentation: editing?.documentation ?? emptyChecklist(),
});

const FIELDS = [
  'case.reference',
  'case.kind',
  'case.goal',
  'case.subGoals',
  'case.notes',
  ...DOCUMENTATION_DUTIES.map((duty) => `case.documentation.${duty}.responsibleId`),
];

/** A client case discussed: a pseudonymous reference (the API refuses anything like a personnummer). */
export function CaseForm({ detail, editing, members, nameOf, labelledBy, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useApiForm('cases.save');
  const warning = usePersonnummerWarning();
  const [saved] = useState(() => draftOf(editing));
  const [reference, setReference] = useState(saved.reference);
  const [kind, setKind] = useState<CaseKind>(saved.kind);
  const [goal, setGoal] = useState(saved.goal);
  const [subGoals, setSubGoals] = useState(saved.subGoals);
  const [notes, setNotes] = useState(saved.notes);
  const [documentation, setDocumentation] = useState<DocumentationChecklist>(saved.documentation);
  const unsaved = JSON.stringify({ reference, kind, goal, subGoals, notes, documentation } satisfies CaseDraft) !== JSON.stringify(saved);
  const isRehab = kind === 'newRehab';
  // A refused reference comes back as "case.reference" from the schema, or "reference" from a rule.
  const fieldError = (field: string) => form.fieldError(`case.${field}`) ?? form.fieldError(field);

  const save = async (): Promise<boolean> => {
    const result = await form.submit({
      unitId: detail.session.unitId,
      week: detail.session.week,
      id: editing?.id ?? null,
      case: {
        reference,
        kind,
        // Goals belong to new rehab cases only.
        goal: isRehab ? goal : '',
        subGoals: isRehab
          ? subGoals
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== '')
          : [],
        notes,
        documentation,
      },
    });
    if (result) onSaved(result);
    return result !== null;
  };
  // Typed but not yet added (or changed and not yet saved): leaving the view asks first.
  useUnsavedPart('case', unsaved, save);

  return (
    <ApiFormFrame
      error={form.error}
      fields={[...FIELDS, ...Object.keys(form.error?.fields ?? {}).filter((f) => f.startsWith('case.subGoals.'))]}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={
        <>
          <Button type="submit">{t(editing ? 'session.case.saveSubmit' : 'session.case.addSubmit')}</Button>
          {editing && (
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          )}
        </>
      }
    >
      <TextInput
        label={t('session.case.reference')}
        {...warning(reference, { hint: t('session.case.referenceHint'), refused: true })}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        error={fieldError('reference')}
        maxLength={LIMITS.caseReferenceMax}
        autoComplete="off"
        spellCheck={false}
      />
      <Radio.Group label={t('session.case.kind')} value={kind} onChange={(value) => setKind(value)} error={fieldError('kind')}>
        <Group gap="lg" mt="xs">
          {CASE_KINDS.map((value) => (
            <Radio key={value} value={value} label={t(`session.caseKind.${value}`)} />
          ))}
        </Group>
      </Radio.Group>
      {isRehab && (
        <>
          <Textarea
            label={t('session.case.goal')}
            value={goal}
            onChange={(e) => setGoal(e.currentTarget.value)}
            error={fieldError('goal')}
            autosize
            minRows={2}
            maxLength={LIMITS.noteMax}
            {...warning(goal)}
          />
          <Textarea
            label={t('session.case.subGoals')}
            value={subGoals}
            onChange={(e) => setSubGoals(e.currentTarget.value)}
            error={fieldError('subGoals') ?? subGoalError(form.error?.fields)}
            autosize
            minRows={3}
            {...warning(subGoals, { hint: <span className="hint-line">{t('session.case.subGoalsHint')}</span> })}
          />
        </>
      )}
      <Textarea
        label={t('session.case.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={fieldError('notes')}
        autosize
        minRows={3}
        maxLength={LIMITS.noteMax}
        {...warning(notes)}
      />
      <fieldset className="duties">
        <legend>{t('session.case.documentation')}</legend>
        <Text size="sm" mb="xs">
          {t('session.case.documentationHint')}
        </Text>
        {DOCUMENTATION_DUTIES.map((duty) => {
          const entry = documentation[duty];
          const update = (change: Partial<typeof entry>) => setDocumentation((current) => ({ ...current, [duty]: { ...current[duty], ...change } }));
          return (
            <div key={duty} className="duty-row">
              <Checkbox
                label={t(`session.duty.${duty}`)}
                checked={entry.done}
                onChange={(e) => update({ done: e.currentTarget.checked })}
                className="duty-done"
              />
              <PersonSelect
                label={
                  <>
                    {t('session.case.responsible')}
                    <span className="visually-hidden">{t('session.case.responsibleFor', { duty: t(`session.duty.${duty}`) })}</span>
                  </>
                }
                members={members}
                value={entry.responsibleId}
                onChange={(responsibleId) => update({ responsibleId })}
                emptyLabel={t('session.case.noResponsible')}
                nameOf={nameOf}
                error={fieldError(`documentation.${duty}.responsibleId`)}
                className="duty-responsible"
              />
            </div>
          );
        })}
      </fieldset>
    </ApiFormFrame>
  );
}

const subGoalError = (fields: Record<string, string> | undefined) =>
  Object.entries(fields ?? {}).find(([field]) => field.startsWith('case.subGoals.'))?.[1];
