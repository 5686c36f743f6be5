import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreedAction, SessionDetail, StaffMember } from '../../../shared/domain/types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { ActionForm } from './ActionForm';

interface Props {
  detail: SessionDetail;
  members: StaffMember[];
  nameOf: (id: number) => string;
  onSaved: (detail: SessionDetail) => void;
}

type FocusTarget = { kind: 'action'; id: number } | { kind: 'form' } | null;

/** The actions agreed in this session: who does what, by when; open ones are followed up next time. */
export function ActionsSection({ detail, members, nameOf, onSaved }: Props) {
  const { t } = useTranslation();
  const status = useApiAction();
  const [editing, setEditing] = useState<AgreedAction | null>(null);
  const [formRun, setFormRun] = useState(0);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const { session, actions } = detail;

  useEffect(() => {
    if (!focusTarget) return;
    const section = sectionRef.current;
    const target =
      focusTarget.kind === 'action'
        ? section?.querySelector<HTMLElement>(`tr[data-action-id="${focusTarget.id}"] [data-action="edit"]`)
        : section?.querySelector<HTMLElement>('form input');
    target?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusTarget(null);
  }, [focusTarget]);

  const saved = (next: SessionDetail) => {
    onSaved(next);
    setFocusTarget(editing ? { kind: 'action', id: editing.id } : { kind: 'form' });
    setEditing(null);
    setFormRun((run) => run + 1);
  };

  const setDone = async (agreed: AgreedAction, done: boolean) => {
    const result = await status.run('actions.setStatus', {
      unitId: session.unitId,
      week: session.week,
      id: agreed.id,
      status: done ? 'done' : 'open',
    });
    if (result.ok) onSaved(result.value);
  };

  return (
    <section ref={sectionRef} aria-labelledby="actions-heading" className="panel">
      <Title order={2} id="actions-heading">
        {t('session.actions.title')}
      </Title>
      <Text mb="sm">{t('session.actions.intro')}</Text>
      {status.error && <ErrorAlert error={status.error} />}
      {actions.length === 0 ? (
        <Text>{t('session.actions.none')}</Text>
      ) : (
        <div className="table-scroll">
          <Table captionSide="top" withTableBorder className="data-table">
            <Table.Caption>{t('session.actions.caption', { week: session.isoWeek })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('session.actions.col.what')}</Table.Th>
                <Table.Th scope="col">{t('session.actions.col.who')}</Table.Th>
                <Table.Th scope="col">{t('session.actions.col.due')}</Table.Th>
                <Table.Th scope="col">{t('session.actions.col.status')}</Table.Th>
                <Table.Th scope="col">{t('session.actions.col.manage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {actions.map((agreed) => (
                <Table.Tr key={agreed.id} data-action-id={agreed.id} data-status={agreed.status}>
                  <Table.Th scope="row" className="pre-line">
                    {agreed.what}
                  </Table.Th>
                  <Table.Td>{nameOf(agreed.responsibleId)}</Table.Td>
                  <Table.Td>{agreed.dueDate ?? t('session.action.noDue')}</Table.Td>
                  <Table.Td>{t(`session.actionStatus.${agreed.status}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        data-action="edit"
                        aria-label={t('session.action.editLabel', { what: agreed.what })}
                        onClick={() => {
                          setEditing(agreed);
                          setFocusTarget({ kind: 'form' });
                        }}
                      >
                        {t('session.action.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t(agreed.status === 'open' ? 'session.action.markDoneLabel' : 'session.action.reopenLabel', {
                          what: agreed.what,
                        })}
                        onClick={() => void setDone(agreed, agreed.status === 'open')}
                      >
                        {t(agreed.status === 'open' ? 'session.action.markDone' : 'session.action.reopen')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}

      <Title order={3} id="action-form-heading" mt="lg">
        {editing ? t('session.action.editTitle') : t('session.actions.add')}
      </Title>
      <ActionForm
        key={editing ? `edit-${editing.id}` : `new-${formRun}`}
        detail={detail}
        editing={editing}
        members={members}
        nameOf={nameOf}
        labelledBy="action-form-heading"
        onSaved={saved}
        onCancel={() => {
          if (editing) setFocusTarget({ kind: 'action', id: editing.id });
          setEditing(null);
        }}
      />
    </section>
  );
}
