import { Checkbox, Text, Textarea, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
import { parseWeekKey } from '../../../shared/domain/calendar';
import { AGENDA_ITEMS, type AgendaItem, type AgendaNotes, type AgreedAction, type SessionDetail } from '../../../shared/domain/types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';

interface Props {
  detail: SessionDetail;
  /** The notes as typed (not yet saved): the printout uses them too. */
  notes: AgendaNotes;
  onNotesChange: (notes: AgendaNotes) => void;
  nameOf: (id: number) => string;
  /** The API's message for a notes field, if it refused one. */
  fieldError: (field: string) => string | undefined;
  /** A follow-up box ticked: that change is saved at once, on its own. */
  onSaved: (detail: SessionDetail) => void;
}

/**
 * The routine's fixed agenda, one notes field per item; item 1 holds the open actions to follow
 * up. The notes are saved with the rest of the session's record by the one save below the form.
 */
export function AgendaFields({ detail, notes, onNotesChange, nameOf, fieldError, onSaved }: Props) {
  const { t } = useTranslation();
  const warning = usePersonnummerWarning();

  return (
    <ol className="agenda-items">
      {AGENDA_ITEMS.map((item) => (
        <li key={item}>
          <div className="stack">
            <div>
              <Title order={3} id={`agenda-${item}`}>
                {t(`session.agenda.item.${item}`)}
              </Title>
              <Text size="sm">{t(`session.agenda.hint.${item}`)}</Text>
            </div>
            {item === 'followUp' && <FollowUpList detail={detail} nameOf={nameOf} onSaved={onSaved} />}
            <Textarea
              label={<NotesLabel item={item} />}
              value={notes[item]}
              onChange={(e) => onNotesChange({ ...notes, [item]: e.currentTarget.value })}
              error={fieldError(`agenda.${item}`)}
              autosize
              minRows={2}
              maxLength={LIMITS.noteMax}
              {...warning(notes[item])}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** "Anteckningar" on screen; the item's name is added for screen readers, where labels are heard out of context. */
function NotesLabel({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  return (
    <>
      {t('session.agenda.notes')}
      <span className="visually-hidden">{t('session.agenda.notesFor', { item: t(`session.agenda.item.${item}`) })}</span>
    </>
  );
}

interface FollowUpProps {
  detail: SessionDetail;
  nameOf: (id: number) => string;
  onSaved: (detail: SessionDetail) => void;
}

/** Open actions from earlier sessions (and those closed in this one, so a slip can be undone). */
function FollowUpList({ detail, nameOf, onSaved }: FollowUpProps) {
  const { t } = useTranslation();
  const action = useApiAction();
  // The box shows the new state at once; a refusal puts it back.
  const [pending, setPending] = useState<ReadonlyMap<number, boolean>>(new Map());
  const { session, followUp } = detail;

  const setDone = async (agreed: AgreedAction, done: boolean) => {
    setPending((current) => new Map(current).set(agreed.id, done));
    const result = await action.run('actions.setStatus', {
      unitId: session.unitId,
      week: session.week,
      id: agreed.id,
      status: done ? 'done' : 'open',
    });
    if (result.ok) onSaved(result.value);
    setPending((current) => {
      const next = new Map(current);
      next.delete(agreed.id);
      return next;
    });
  };

  return (
    <div>
      {action.error && <ErrorAlert error={action.error} />}
      {followUp.length === 0 ? (
        <Text>{t('session.followUp.none')}</Text>
      ) : (
        <ul className="plain-list follow-up">
          {followUp.map((agreed) => (
            <li key={agreed.id} data-status={agreed.status}>
              <Checkbox
                checked={pending.get(agreed.id) ?? agreed.status === 'done'}
                onChange={(e) => void setDone(agreed, e.currentTarget.checked)}
                label={
                  <>
                    {t('session.followUp.done')}
                    <span className="visually-hidden">{t('session.followUp.doneFor', { what: agreed.what })}</span>
                  </>
                }
              />
              <div>
                <Text fw={600} className="follow-up-what">
                  {agreed.what}
                </Text>
                <Text size="sm">{followUpMeta(t, agreed, nameOf)}</Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function followUpMeta(t: TFunction, agreed: AgreedAction, nameOf: (id: number) => string): string {
  const week = parseWeekKey(agreed.agreedInWeek).isoWeek;
  const name = nameOf(agreed.responsibleId);
  return agreed.dueDate ? t('session.followUp.metaDue', { name, date: agreed.dueDate, week }) : t('session.followUp.meta', { name, week });
}
