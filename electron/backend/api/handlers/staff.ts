import type { MethodsOf } from '../../../../shared/api/methods';
import { DomainError } from '../../../../shared/domain/errors';
import { checkActivePeriod, checkNewActivePeriod } from '../../../../shared/domain/activePeriod';
import { isOnRoster, notActiveOn, personNameKey } from '../../../../shared/domain/roster';
import { classifyRosterLines, parseRosterText, type ClassifiedRosterLine } from '../../../../shared/domain/rosterImport';
import type { IsoDate, Person, RosterImportRow, StaffMember } from '../../../../shared/domain/types';
import { translate } from '../../../../shared/i18n/translate';
import { sessionOfWeek } from '../../services/plan';
import { newMemberStart, requireUnit, sentMonths } from '../../services/units';
import type { Store } from '../../store/store';
import type { BackendContext, HandlerGroup } from '../types';

function requirePerson(store: Store, id: number): Person {
  const person = store.people.get(id);
  if (!person) throw new DomainError('NOT_FOUND', 'error.staff.personNotFound', {}, 'personId');
  return person;
}

function requireMembership(store: Store, unitId: number, personId: number): StaffMember {
  const person = requirePerson(store, personId);
  const member = store.staff.get(unitId, personId);
  if (!member) throw new DomainError('NOT_FOUND', 'error.staff.notInUnit', { name: person.name }, 'personId');
  return member;
}

/**
 * Two people of one name on the same roster could not be told apart when attendance is
 * ticked off. The store allows namesakes (in different units, or after one has left).
 */
function refuseNamesakeInUnit(store: Store, unitId: number, name: string, today: IsoDate, field: string, personId?: number): void {
  if (store.staff.namesakesInUnit(unitId, name, today, personId).length > 0) {
    throw new DomainError('CONFLICT', 'error.staff.nameTakenInUnit', { name }, field);
  }
}

/**
 * Puts a person already entered on the unit's roster. A former member gets their membership
 * back (one row per person and unit), keeping the earlier start so their history still fits.
 */
function join(store: Store, unitId: number, personId: number, activeFrom: IsoDate): StaffMember {
  if (store.staff.get(unitId, personId)) return store.staff.setActiveTo(unitId, personId, null);
  checkNewActivePeriod(activeFrom, sentMonths(store, unitId));
  return store.staff.insert(unitId, personId, activeFrom);
}

/** What importing the text would do, against the roster as it is now. */
function classifyImport(store: Store, unitId: number, text: string, today: IsoDate): ClassifiedRosterLine[] {
  const onRoster = store.staff.list(unitId, today, false);
  return classifyRosterLines(parseRosterText(text), {
    unitNameKeys: new Set(onRoster.map((member) => personNameKey(member.name))),
    others: store.people.list(today).filter((person) => !person.unitIds.includes(unitId)),
  });
}

function toRow({ line, raw, name, role, outcome, message }: ClassifiedRosterLine): RosterImportRow {
  return { line, raw, name, role, outcome, message: message && translate(message.key, message.params) };
}

export function staffHandlers({ store, today }: BackendContext): HandlerGroup<MethodsOf<'roster'>> {
  return {
    'people.list': () => store.people.list(today()),
    'staff.list': ({ unitId, includeInactive }) => {
      requireUnit(store, unitId);
      return store.staff.list(unitId, today(), includeInactive);
    },
    'staff.add': ({ unitId, activeFrom, ...fields }) => {
      requireUnit(store, unitId);
      refuseNamesakeInUnit(store, unitId, fields.name, today(), 'name');
      checkNewActivePeriod(activeFrom, sentMonths(store, unitId));
      const person = store.people.insert(fields);
      return store.staff.insert(unitId, person.id, activeFrom);
    },
    'staff.addExisting': ({ unitId, personId, activeFrom }) => {
      requireUnit(store, unitId);
      const person = requirePerson(store, personId);
      const member = store.staff.get(unitId, personId);
      if (member && isOnRoster(member, today())) {
        throw new DomainError('CONFLICT', 'error.staff.alreadyInUnit', { name: person.name }, 'personId');
      }
      refuseNamesakeInUnit(store, unitId, person.name, today(), 'personId', personId);
      return join(store, unitId, personId, activeFrom);
    },
    'staff.update': ({ personId, email, ...fields }) => {
      const person = requirePerson(store, personId);
      const [namesake] = store.staff.namesakesOnRostersOf(personId, fields.name, today());
      if (namesake) throw new DomainError('CONFLICT', 'error.staff.nameTakenInUnit', { name: namesake.name }, 'name');
      return store.people.update({ id: personId, ...fields, email: email ?? person.email });
    },
    'staff.deactivate': ({ unitId, personId, activeTo }) => {
      requireUnit(store, unitId);
      const member = requireMembership(store, unitId, personId);
      if (member.activeTo !== null) {
        throw new DomainError('CONFLICT', 'error.staff.alreadyInactive', { name: member.name, date: member.activeTo }, 'personId');
      }
      if (activeTo < member.activeFrom) {
        throw new DomainError('VALIDATION', 'error.staff.endBeforeStart', { activeFrom: member.activeFrom }, 'activeTo');
      }
      // Avsluta sets Aktiv till: the same rules as editing it, or a last day before a session
      // the person attended (or inside a sent month) would make history untrue.
      const next = { activeFrom: member.activeFrom, activeTo };
      checkActivePeriod(member.name, member, next, store.heldSessions.attendedSpan(unitId, personId), sentMonths(store, unitId));
      return store.staff.setActiveTo(unitId, personId, activeTo);
    },
    'staff.reactivate': ({ unitId, personId }) => {
      requireUnit(store, unitId);
      const member = requireMembership(store, unitId, personId);
      if (member.activeTo === null) throw new DomainError('CONFLICT', 'error.staff.alreadyActive', { name: member.name }, 'personId');
      refuseNamesakeInUnit(store, unitId, member.name, today(), 'personId', personId);
      return store.staff.setActiveTo(unitId, personId, null);
    },
    'staff.setActivePeriod': ({ unitId, personId, activeFrom, activeTo }) => {
      requireUnit(store, unitId);
      const member = requireMembership(store, unitId, personId);
      const next = { activeFrom, activeTo };
      checkActivePeriod(member.name, member, next, store.heldSessions.attendedSpan(unitId, personId), sentMonths(store, unitId));
      if (!isOnRoster(member, today()) && isOnRoster(next, today())) refuseNamesakeInUnit(store, unitId, member.name, today(), 'activeTo', personId);
      return store.staff.setPeriod(unitId, personId, activeFrom, activeTo);
    },
    'staff.notActiveInWeek': ({ unitId, week }) => {
      requireUnit(store, unitId);
      return notActiveOn(store.staff.list(unitId, today(), true), sessionOfWeek(store, unitId, week).date);
    },
    'staff.newMemberStart': ({ unitId }) => {
      requireUnit(store, unitId);
      return newMemberStart(store, unitId, today());
    },
    'staff.importPreview': ({ unitId, text }) => {
      requireUnit(store, unitId);
      return classifyImport(store, unitId, text, today()).map(toRow);
    },
    'staff.import': ({ unitId, text, activeFrom }) => {
      requireUnit(store, unitId);
      const lines = classifyImport(store, unitId, text, today());
      if (lines.some(({ outcome }) => outcome === 'add')) checkNewActivePeriod(activeFrom, sentMonths(store, unitId));
      const added: StaffMember[] = [];
      for (const { outcome, name, role, employment, linkTo } of lines) {
        if (outcome === 'add' && role) {
          const person = store.people.insert({ name, role, employment });
          added.push(store.staff.insert(unitId, person.id, activeFrom));
        } else if (outcome === 'link' && linkTo) {
          added.push(join(store, unitId, linkTo.id, activeFrom));
        }
      }
      return { rows: lines.map(toRow), added };
    },
  };
}
