import path from 'node:path';
import type { IsoDate, IsoWeekKey, YearMonth } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n/translate';

// The words of an audit line's subject, e.g. "enhet 3, vecka 2026-W48, ärende 4". Built only
// from ids, weeks, months, dates, versions and file names: never note text, a person's name,
// a case reference or a reason, whatever the call carried.

export const unit = (id: number) => translate('audit.subject.unit', { id });
export const week = (value: IsoWeekKey) => translate('audit.subject.week', { week: value });
export const month = (value: YearMonth) => translate('audit.subject.month', { month: value });
export const year = (value: string) => translate('audit.subject.year', { year: value });
export const version = (value: number) => translate('audit.subject.version', { version: value });
export const from = (date: IsoDate) => translate('audit.subject.from', { date });
export const to = (date: IsoDate) => translate('audit.subject.to', { date });
export const date = (value: IsoDate) => translate('audit.subject.date', { date: value });
export const slotRule = (id: number) => translate('audit.subject.slotRule', { id });
export const teamMeetingDate = (id: number) => translate('audit.subject.teamMeetingDate', { id });
export const teamMeetingPattern = (id: number) => translate('audit.subject.teamMeetingPattern', { id });
export const person = (id: number) => translate('audit.subject.person', { id });
export const people = (ids: number[]) => translate('audit.subject.people', { ids: ids.join(', ') });
export const caseDiscussed = (id: number) => translate('audit.subject.case', { id });
export const agreedAction = (id: number) => translate('audit.subject.action', { id });
/** Only the file's own name: a folder path may hold a user name (C:\Users\anna.berg\...). */
export const file = (filePath: string) => translate('audit.subject.file', { name: path.win32.basename(filePath) });

export const subject = (...parts: string[]) => parts.join(', ');
