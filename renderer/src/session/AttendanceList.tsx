import { Checkbox, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/domain/types';
import { roleLabel } from '../staff/labels';
import type { Participant } from './participants';

interface Props {
  participants: Participant[];
  checked: ReadonlySet<number>;
  onChange: (next: Set<number>) => void;
  date: IsoDate;
  error: string | undefined;
  /** The filter box, so the form can send the user there. */
  filterRef: RefObject<HTMLInputElement | null>;
}

const fold = (text: string) => text.toLocaleLowerCase('sv-SE').trim();

/** How well a participant matches the filter: 0 best; null when not at all. */
function rank(t: TFunction, participant: Participant, filter: string): number | null {
  const name = fold(participant.name);
  if (name.startsWith(filter)) return 0;
  if (name.split(/\s+/).some((word) => word.startsWith(filter))) return 1;
  if (name.includes(filter)) return 2;
  return fold(roleLabel(t, participant.role)).includes(filter) ? 3 : null;
}

/** The matches of the filter, best first, so Enter takes the one the user most likely meant. */
function filtered(t: TFunction, participants: Participant[], filter: string): Participant[] {
  const query = fold(filter);
  if (query === '') return participants;
  return participants
    .map((participant) => ({ participant, rank: rank(t, participant, query) }))
    .filter((entry): entry is { participant: Participant; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.participant);
}

/**
 * The attendance checklist, built for the keyboard: type a few letters of a name in
 * Filtrera and press Enter to tick the first match (the box empties for the next name);
 * with the box empty, Enter saves the form. A miss says "Ingen träff" and Enter leaves
 * everything as it was; Escape empties the box. Arrow keys move through the shown boxes
 * and Space ticks; typing a letter in the list goes back to the filter.
 */
export function AttendanceList({ participants, checked, onChange, date, error, filterRef }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [lastToggle, setLastToggle] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const shown = filtered(t, participants, filter);

  const boxes = () => [...(listRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];

  const toggle = (participant: Participant) => {
    const next = new Set(checked);
    const nowChecked = !next.has(participant.personId);
    if (nowChecked) next.add(participant.personId);
    else next.delete(participant.personId);
    onChange(next);
    setLastToggle(t(nowChecked ? 'session.attendance.checked' : 'session.attendance.unchecked', { name: participant.name }));
  };

  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && filter.trim() !== '') {
      // Enter with a filter picks a person; only an empty filter lets Enter save the form.
      event.preventDefault();
      const first = shown[0];
      if (!first) {
        // A typo must not swallow the next name: selected, it is replaced by what is typed next.
        event.currentTarget.select();
        return;
      }
      toggle(first);
      setFilter('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      boxes()[0]?.focus();
    } else if (event.key === 'Escape' && filter !== '') {
      // Escape here only empties the box; it must not also close whatever the form sits in.
      event.preventDefault();
      event.stopPropagation();
      setFilter('');
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = boxes();
    const index = list.indexOf(event.target as HTMLInputElement);
    if (index < 0) return;
    const focus = (element: HTMLElement | null | undefined) => {
      event.preventDefault();
      element?.focus();
    };
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') focus(list[index + 1] ?? list[index]);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') focus(index === 0 ? filterRef.current : list[index - 1]);
    else if (event.key === 'Home') focus(list[0]);
    else if (event.key === 'End') focus(list[list.length - 1]);
    else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      setFilter((current) => current + event.key);
      focus(filterRef.current);
    }
  };

  const status =
    filter.trim() === ''
      ? lastToggle
      : shown.length === 0
        ? t('session.attendance.noMatch', { filter: filter.trim() })
        : t('session.attendance.shown', { shown: shown.length, total: participants.length });

  if (participants.length === 0) return <p>{t('session.attendance.empty', { date })}</p>;

  return (
    <div className="attendance">
      <TextInput
        ref={filterRef}
        label={t('session.attendance.filter')}
        description={t('session.attendance.filterHint')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        onKeyDown={onFilterKey}
        error={error}
        autoComplete="off"
        spellCheck={false}
        className="attendance-filter"
      />
      <p className="attendance-status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      <Checkbox.Group
        label={t('session.attendance.list', { date })}
        value={[...checked].map(String)}
        onChange={(values) => onChange(new Set(values.map(Number)))}
      >
        <div ref={listRef} className="check-grid" onKeyDown={onListKey}>
          {shown.map((participant) => (
            <Checkbox
              key={participant.personId}
              value={String(participant.personId)}
              label={participant.name}
              description={
                participant.employment === 'substitute'
                  ? t('session.attendance.substitute', { role: roleLabel(t, participant.role) })
                  : roleLabel(t, participant.role)
              }
              className="check-item"
            />
          ))}
        </div>
      </Checkbox.Group>
    </div>
  );
}
