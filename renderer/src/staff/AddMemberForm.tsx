import { Button, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, PersonWithUnits, StaffMember, Unit } from '../../../shared/domain/types';
import { useAnnounce } from '../app/announcer';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { DateField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';
import { roleLabel } from './labels';
import { PERSON_FIELDS, PersonFields, type PersonDraft } from './PersonFields';
import { similarPeople } from './similarPeople';

const FIELDS = [...PERSON_FIELDS, 'activeFrom'] as const;
const EMPTY: PersonDraft = { name: '', role: 'careStaff', employment: 'regular', email: '' };
const unitList = new Intl.ListFormat('sv', { style: 'long', type: 'conjunction' });

interface Props {
  unit: Unit;
  units: Unit[];
  people: PersonWithUnits[];
  /** The unit's routine start: where a new member's Aktiv från begins. */
  defaultActiveFrom: IsoDate;
  labelledBy: string;
  onAdded: (member: StaffMember) => void;
}

/**
 * One person at a time. While the name is typed, people already entered in other units
 * with a fitting name are offered, so an OT who serves three units is entered once.
 */
export function AddMemberForm({ unit, units, people, defaultActiveFrom, labelledBy, onAdded }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const addForm = useApiForm('staff.add');
  const existingForm = useApiForm('staff.addExisting');
  const [lastTried, setLastTried] = useState<'add' | 'existing'>('add');
  const [draft, setDraft] = useState<PersonDraft>(EMPTY);
  const [activeFrom, setActiveFrom] = useState(defaultActiveFrom);
  const nameRef = useRef<HTMLInputElement>(null);

  const matches = similarPeople(people, draft.name);
  const elsewhere = matches.filter((person) => !person.unitIds.includes(unit.id));
  const here = matches.filter((person) => person.unitIds.includes(unit.id));
  const unitNames = (person: PersonWithUnits) =>
    unitList.format(person.unitIds.filter((id) => id !== unit.id).map((id) => units.find((u) => u.id === id)?.name ?? String(id)));

  const added = (member: StaffMember, message: string) => {
    announce(message);
    setDraft((current) => ({ ...current, name: '', email: '' }));
    nameRef.current?.focus();
    onAdded(member);
  };

  const add = async () => {
    setLastTried('add');
    existingForm.clearError();
    const member = await addForm.submit({ unitId: unit.id, ...draft, name: draft.name.trim(), activeFrom: activeFrom.trim() });
    if (member) added(member, t('staff.add.done', { name: member.name }));
  };

  const addExisting = async (person: PersonWithUnits) => {
    setLastTried('existing');
    addForm.clearError();
    const member = await existingForm.submit({ unitId: unit.id, personId: person.id, activeFrom: activeFrom.trim() });
    if (member) added(member, t('staff.existing.done', { name: member.name, units: unitNames(person) }));
  };

  const form = lastTried === 'add' ? addForm : existingForm;

  const existing = (
    <div className="existing-matches" data-empty={elsewhere.length + here.length === 0}>
      <div aria-live="polite">{elsewhere.length > 0 && <Text fw={700}>{t('staff.existing.count', { count: elsewhere.length })}</Text>}</div>
      {elsewhere.length > 0 && (
        <ul className="plain-list">
          {elsewhere.map((person) => {
            const name = t('staff.existing.person', { name: person.name, role: roleLabel(t, person.role) });
            const where = unitNames(person);
            return (
              <li key={person.id} className="existing-match">
                <span>
                  <strong>{name}</strong> {t('staff.existing.in', { units: where })}
                </span>
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={t('staff.existing.addLabel', { name: person.name, role: roleLabel(t, person.role), units: where })}
                  onClick={() => void addExisting(person)}
                >
                  {t('staff.existing.add')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {here.map((person) => (
        <Text key={person.id}>{t('staff.existing.inThisUnit', { name: person.name })}</Text>
      ))}
    </div>
  );

  return (
    <ApiFormFrame
      error={form.error}
      fields={FIELDS}
      onSubmit={() => void add()}
      labelledBy={labelledBy}
      actions={<Button type="submit">{t('staff.add.submit')}</Button>}
    >
      <PersonFields draft={draft} onChange={setDraft} fieldError={addForm.fieldError} nameRef={nameRef} afterName={existing} />
      <DateField
        label={t('staff.field.activeFrom')}
        description={t('field.dateHint')}
        value={activeFrom}
        onChange={(e) => setActiveFrom(e.currentTarget.value)}
        error={form.fieldError('activeFrom')}
      />
    </ApiFormFrame>
  );
}
