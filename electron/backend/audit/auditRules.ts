import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { METHOD_NAMES, METHOD_POLICIES, type LoggedAction, type LoggedMethod, type MethodName } from '../../../shared/api/methods';
import type { AuditAction } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n/translate';
import {
  agreedAction,
  caseDiscussed,
  date,
  file,
  from,
  month,
  people,
  person,
  slotRule,
  subject,
  teamMeetingDate,
  teamMeetingPattern,
  to,
  unit,
  version,
  week,
  year,
} from './subject';

/** One line's worth: what was done, and to what (ids only). */
export interface AuditEvent<A extends AuditAction = AuditAction> {
  action: A;
  subject: string;
}

/** Null: this call changed nothing after all (an import of people already there). */
type Describe<M extends MethodName> = (input: ParsedInput<M>, output: MethodOutput<M>) => AuditEvent<LoggedAction<M>> | null;

/**
 * Not logged, and why (declared in the method's policy, shared/api/contract/*.methods.ts):
 * 'readOnly' methods change nothing at all; 'notLogged' ones write something that is not a
 * record (the remembered unit).
 */
export type Unlogged = 'readOnly' | 'notLogged';

export type AuditRules = { [M in MethodName]: Describe<M> | Unlogged };

/** A new row's id: SQLite hands out rowids above every existing one, so it is the largest. */
const newestId = (items: { id: number }[]) => Math.max(...items.map((item) => item.id));

const savedOrCreated = (id: number | null): 'created' | 'changed' => (id === null ? 'created' : 'changed');

const lastVersion = (versions: { version: number }[]) => versions.at(-1)?.version ?? 0;

const PRINTED = {
  billingForm: 'audit.subject.billingForm',
  agenda: 'audit.subject.agenda',
  minutes: 'audit.subject.minutes',
  yearOverview: 'audit.subject.yearOverview',
  roster: 'audit.subject.roster',
  followUpReport: 'audit.subject.followUpReport',
} as const;

/** What was printed names its period in its own words: a month, a week, a year, a day, or the day it starts. */
const PRINTED_PERIOD = {
  billingForm: month,
  agenda: week,
  minutes: week,
  yearOverview: year,
  roster: date,
  followUpReport: from,
} as const;

const event = <A extends AuditAction>(action: A, ...parts: string[]): AuditEvent<A> => ({ action, subject: subject(...parts) });

/**
 * The subject of each logged method's line. The type holds exactly the methods whose policy
 * logs them, and each line's action must be one its policy declares: a logged method without
 * a rule, or a rule for a method declared read-only, is a compile error.
 */
const SUBJECT_RULES: { [M in LoggedMethod]: Describe<M> } = {
  'units.create': (_input, created) => event('created', unit(created.id)),
  'units.update': ({ id }) => event('changed', unit(id)),
  'units.setRoutineStart': ({ unitId, routineStart }) => event('changed', unit(unitId), from(routineStart)),

  'slotRules.add': ({ unitId, validFrom }, rule) => event('created', unit(unitId), slotRule(rule.id), from(validFrom)),

  'teamMeetings.addDate': ({ unitId }, added) => event('created', unit(unitId), teamMeetingDate(added.id), date(added.date)),
  'teamMeetings.removeDate': ({ unitId, id }) => event('deleted', unit(unitId), teamMeetingDate(id)),
  'teamMeetings.addPattern': ({ unitId, validFrom }, added) => event('created', unit(unitId), teamMeetingPattern(added.id), from(validFrom)),
  'teamMeetings.removePattern': ({ unitId, id }) => event('deleted', unit(unitId), teamMeetingPattern(id)),
  'teamMeetings.skipOccurrence': ({ unitId, id, date: on }) => event('changed', unit(unitId), teamMeetingPattern(id), date(on)),
  'teamMeetings.restoreOccurrence': ({ unitId, id, date: on }) => event('changed', unit(unitId), teamMeetingPattern(id), date(on)),

  'sessions.move': ({ unitId, week: w }) => event('changed', unit(unitId), week(w)),
  'sessions.cancel': ({ unitId, week: w }) => event('changed', unit(unitId), week(w)),
  'sessions.undoCancel': ({ unitId, week: w }) => event('changed', unit(unitId), week(w)),
  'sessions.undoMove': ({ unitId, week: w }) => event('changed', unit(unitId), week(w)),

  'staff.add': ({ unitId }, added) => event('created', unit(unitId), person(added.id)),
  'staff.addExisting': ({ unitId, personId }) => event('created', unit(unitId), person(personId)),
  'staff.update': ({ personId }) => event('changed', person(personId)),
  'staff.deactivate': ({ unitId, personId }) => event('changed', unit(unitId), person(personId)),
  'staff.reactivate': ({ unitId, personId }) => event('changed', unit(unitId), person(personId)),
  'staff.setActivePeriod': ({ unitId, personId }) => event('changed', unit(unitId), person(personId)),
  'staff.import': ({ unitId }, { added }) => (added.length === 0 ? null : event('created', unit(unitId), people(added.map((member) => member.id)))),

  'sessions.recordHeld': ({ unitId, week: w }) => event('changed', unit(unitId), week(w)),
  'sessions.saveAgenda': ({ unitId, week: w }) => event('changed', unit(unitId), week(w), translate('audit.subject.agenda')),
  'sessions.saveRecord': ({ unitId, week: w }) => event('changed', unit(unitId), week(w)),
  'cases.save': ({ unitId, week: w, id }, detail) => event(savedOrCreated(id), unit(unitId), week(w), caseDiscussed(id ?? newestId(detail.cases))),
  'cases.remove': ({ unitId, week: w, id }) => event('deleted', unit(unitId), week(w), caseDiscussed(id)),
  'actions.save': ({ unitId, week: w, id }, detail) => event(savedOrCreated(id), unit(unitId), week(w), agreedAction(id ?? newestId(detail.actions))),
  'actions.setStatus': ({ unitId, week: w, id }) => event('changed', unit(unitId), week(w), agreedAction(id)),

  'settings.save': () => event('changed', translate('audit.subject.appSettings')),
  'billing.settings.save': ({ unitId }) => event('changed', unit(unitId), translate('audit.subject.billingSettings')),
  'billing.markSent': ({ unitId, month: m }, status) => event('markedSent', unit(unitId), month(m), version(lastVersion(status.versions))),
  // The version being corrected: the one sent last, which the next markSent will supersede.
  'billing.reopen': ({ unitId, month: m }, status) => event('corrected', unit(unitId), month(m), version(lastVersion(status.versions))),
  'billing.exportXlsx': ({ unitId, month: m }) => event('exported', unit(unitId), month(m), translate('audit.subject.billingForm')),
  'billing.exportCsv': ({ unitId, month: m }) => event('exported', unit(unitId), month(m), translate('audit.subject.billingForm')),
  'billing.exportSummaryXlsx': ({ month: m }) =>
    event('exported', translate('audit.subject.allUnits'), month(m), translate('audit.subject.billingForm')),
  'billing.exportSummaryCsv': ({ month: m }) =>
    event('exported', translate('audit.subject.allUnits'), month(m), translate('audit.subject.billingForm')),

  'backups.create': (_input, backup) => event('backedUp', file(backup.fileName)),
  'backups.saveCopy': (_input, copy) => event('backedUp', file(copy.path)),
  'backups.setFolder': () => event('changed', translate('audit.subject.backupFolder')),
  'backups.restore': ({ fileName }) => event('restored', file(fileName)),
  'backups.undoRestore': () => event('restored', translate('audit.subject.undoRestore')),
  'recovery.restoreNewest': () => event('restored', translate('audit.subject.newestBackup')),
  // In recovery mode there is no database to log into; on a sound database it is a verified copy.
  'recovery.saveDamagedCopy': (_input, copy) => event('backedUp', file(copy.path)),

  'calendar.sessions': ({ unitId, from: first, to: last }) =>
    event('exported', unit(unitId), from(first), to(last), translate('audit.subject.calendar')),
  'calendar.teamMeetings': ({ unitId, from: first, to: last }) =>
    event('exported', unit(unitId), from(first), to(last), translate('audit.subject.teamMeetingCalendar')),
  'calendar.session': ({ unitId, week: w }) => event('exported', unit(unitId), week(w), translate('audit.subject.calendar')),

  'audit.export': () => event('exported', translate('audit.subject.log')),
  'audit.recordPrinted': ({ what, unitId, period }) =>
    event('printed', unitId === null ? translate('audit.subject.allUnits') : unit(unitId), PRINTED_PERIOD[what](period), translate(PRINTED[what])),
};

/** Every method, classified as its policy declares: its subject rule, or why it is not logged. */
export const AUDIT_RULES = Object.fromEntries(
  METHOD_NAMES.map((name) => {
    const { audit } = METHOD_POLICIES[name];
    return [name, audit === 'readOnly' || audit === 'notLogged' ? audit : SUBJECT_RULES[name as LoggedMethod]];
  }),
) as AuditRules;

/** The line a successful call leaves in the log, or null for a call that is not logged. */
export function auditEvent<M extends MethodName>(method: M, input: ParsedInput<M>, output: MethodOutput<M>): AuditEvent | null {
  const rule = AUDIT_RULES[method];
  return typeof rule === 'function' ? rule(input, output) : null;
}

export const LOGGED_METHODS: readonly MethodName[] = METHOD_NAMES.filter((name) => typeof AUDIT_RULES[name] === 'function');
