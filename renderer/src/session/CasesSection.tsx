import { Button, Group, List, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDiscussed, SessionDetail, StaffMember } from '../../../shared/domain/types';
import { useAnnounce } from '../app/announcer';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { CaseForm } from './CaseForm';
import { dutyLines } from './caseText';

interface Props {
  detail: SessionDetail;
  members: StaffMember[];
  nameOf: (id: number) => string;
  onSaved: (detail: SessionDetail) => void;
}

/** Where the focus goes after a change: a case's Ändra button, the form's first field, or the heading. */
type FocusTarget = { kind: 'case'; id: number } | { kind: 'form' } | { kind: 'heading' } | null;

export function CasesSection({ detail, members, nameOf, onSaved }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const action = useApiAction();
  const [editing, setEditing] = useState<CaseDiscussed | null>(null);
  // A new key gives an empty form after each case added.
  const [formRun, setFormRun] = useState(0);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const section = sectionRef.current;
    const target =
      focusTarget.kind === 'case'
        ? section?.querySelector<HTMLElement>(`[data-case="${focusTarget.id}"] [data-action="edit"]`)
        : focusTarget.kind === 'form'
          ? section?.querySelector<HTMLElement>('form input')
          : section?.querySelector<HTMLElement>('#cases-heading');
    target?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusTarget(null);
  }, [focusTarget]);

  const saved = (next: SessionDetail) => {
    onSaved(next);
    if (editing) {
      setFocusTarget({ kind: 'case', id: editing.id });
      setEditing(null);
    } else {
      setFocusTarget({ kind: 'form' });
    }
    setFormRun((run) => run + 1);
  };

  const remove = async (discussed: CaseDiscussed) => {
    const result = await action.run('cases.remove', {
      unitId: detail.session.unitId,
      week: detail.session.week,
      id: discussed.id,
    });
    if (!result.ok) return;
    onSaved(result.value);
    announce(t('session.case.removed', { reference: discussed.reference }));
    if (editing?.id === discussed.id) setEditing(null);
    setFocusTarget({ kind: 'heading' });
  };

  return (
    <section ref={sectionRef} aria-labelledby="cases-heading" className="panel">
      <Title order={2} id="cases-heading" tabIndex={-1} className="section-heading">
        {t('session.cases.title')}
      </Title>
      <Text mb="sm">{t('session.cases.intro')}</Text>
      {action.error && <ErrorAlert error={action.error} />}
      {detail.cases.length === 0 ? (
        <Text>{t('session.cases.none')}</Text>
      ) : (
        <ul className="plain-list case-list">
          {detail.cases.map((discussed) => (
            <li key={discussed.id} data-case={discussed.id} className="case-card">
              <CaseSummary discussed={discussed} nameOf={nameOf} />
              <Group gap="xs" mt="xs">
                <Button
                  size="xs"
                  variant="default"
                  data-action="edit"
                  aria-label={t('session.case.editLabel', { reference: discussed.reference })}
                  onClick={() => {
                    setEditing(discussed);
                    setFocusTarget({ kind: 'form' });
                  }}
                >
                  {t('session.case.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('session.case.removeLabel', { reference: discussed.reference })}
                  onClick={() => void remove(discussed)}
                >
                  {t('session.case.remove')}
                </Button>
              </Group>
            </li>
          ))}
        </ul>
      )}

      <Title order={3} id="case-form-heading" mt="lg">
        {editing ? t('session.case.editTitle', { reference: editing.reference }) : t('session.cases.add')}
      </Title>
      <CaseForm
        key={editing ? `edit-${editing.id}` : `new-${formRun}`}
        detail={detail}
        editing={editing}
        members={members}
        nameOf={nameOf}
        labelledBy="case-form-heading"
        onSaved={saved}
        onCancel={() => {
          if (editing) setFocusTarget({ kind: 'case', id: editing.id });
          setEditing(null);
        }}
      />
    </section>
  );
}

function CaseSummary({ discussed, nameOf }: { discussed: CaseDiscussed; nameOf: (id: number) => string }) {
  const { t } = useTranslation();
  return (
    <div className="stack-tight">
      <Title order={3} className="case-reference">
        {discussed.reference}
        <Text component="span" fw={400} ml="sm">
          {t(`session.caseKind.${discussed.kind}`)}
        </Text>
      </Title>
      {discussed.goal && (
        <Text>
          <strong>{t('session.case.goal')}:</strong> {discussed.goal}
        </Text>
      )}
      {discussed.subGoals.length > 0 && (
        <div>
          <Text fw={700}>{t('session.case.subGoals')}:</Text>
          <List size="sm">
            {discussed.subGoals.map((goal, index) => (
              <List.Item key={index}>{goal}</List.Item>
            ))}
          </List>
        </div>
      )}
      {discussed.notes && <Text className="pre-line">{discussed.notes}</Text>}
      <Text fw={700}>{t('session.case.documentation')}:</Text>
      <List size="sm">
        {dutyLines(t, discussed, nameOf).map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </div>
  );
}
