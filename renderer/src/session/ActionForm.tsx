import { Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
import type { AgreedAction, SessionDetail, StaffMember } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { DateField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';
import { PersonSelect } from './PersonSelect';
import { useUnsavedPart } from './unsavedParts';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';

interface Props {
  detail: SessionDetail;
  /** The action being changed; null adds a new one. */
  editing: AgreedAction | null;
  members: StaffMember[];
  nameOf: (id: number) => string;
  labelledBy: string;
  onSaved: (detail: SessionDetail) => void;
  onCancel: () => void;
}

/** "Vem gör vad?": what, who from the roster, and an optional due date. */
export function ActionForm({ detail, editing, members, nameOf, labelledBy, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useApiForm('actions.save');
  const warning = usePersonnummerWarning();
  const [saved] = useState(() => ({ what: editing?.what ?? '', responsibleId: editing?.responsibleId ?? null, dueDate: editing?.dueDate ?? '' }));
  const [what, setWhat] = useState(saved.what);
  const [responsibleId, setResponsibleId] = useState<number | null>(saved.responsibleId);
  const [dueDate, setDueDate] = useState(saved.dueDate);
  const unsaved = what !== saved.what || responsibleId !== saved.responsibleId || dueDate !== saved.dueDate;

  const save = async (): Promise<boolean> => {
    const result = await form.submit({
      unitId: detail.session.unitId,
      week: detail.session.week,
      id: editing?.id ?? null,
      what,
      // 0 is no person: the schema refuses it, and the field says who is missing.
      responsibleId: responsibleId ?? 0,
      dueDate: dueDate.trim() === '' ? null : dueDate.trim(),
    });
    if (result) onSaved(result);
    return result !== null;
  };
  // Typed but not yet added (or changed and not yet saved): leaving the view asks first.
  useUnsavedPart('action', unsaved, save);

  const whoError = form.fieldError('responsibleId');

  return (
    <ApiFormFrame
      error={form.error}
      fields={['what', 'responsibleId', 'dueDate']}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={
        <>
          <Button type="submit">{t(editing ? 'session.action.saveSubmit' : 'session.action.addSubmit')}</Button>
          {editing && (
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          )}
        </>
      }
    >
      <TextInput
        label={t('session.action.what')}
        value={what}
        onChange={(e) => setWhat(e.currentTarget.value)}
        error={form.fieldError('what')}
        maxLength={LIMITS.textMax}
        autoComplete="off"
        {...warning(what)}
      />
      <PersonSelect
        label={t('session.action.who')}
        members={members}
        value={responsibleId}
        onChange={setResponsibleId}
        emptyLabel={t('session.action.chooseWho')}
        nameOf={nameOf}
        // The schema's "Ogiltig identitet" is right for the API; the person filling in needs to hear what to do.
        error={whoError && responsibleId === null ? t('session.action.whoRequired') : whoError}
      />
      <DateField
        label={t('session.action.due')}
        description={t('session.action.dueHint')}
        value={dueDate}
        onChange={(e) => setDueDate(e.currentTarget.value)}
        error={form.fieldError('dueDate')}
      />
    </ApiFormFrame>
  );
}
