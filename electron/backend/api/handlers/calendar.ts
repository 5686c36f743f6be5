import type { MethodsOf } from '../../../../shared/api/methods';
import { dateInWeek } from '../../../../shared/domain/calendar';
import { translate } from '../../../../shared/i18n/translate';
import type { CalendarContent } from '../../export/ics';
import { safeName } from '../../export/fileName';
import { sessionCalendar, sessionsCalendar, teamMeetingsCalendar } from '../../services/calendar';
import { requireUnit } from '../../services/units';
import type { BackendContext, HandlerGroup } from '../types';

/**
 * The .ics writer (ical-generator and its time-zone data) is loaded on the first calendar
 * export, never on the start path. The calendar is read inside the call's transaction; the
 * file is rendered after the commit (a handler answering with a promise, see createBackend).
 */
const icsFile = async (name: string, content: CalendarContent) => {
  const { renderCalendar } = await import('../../export/ics');
  return { fileName: `${safeName(name)}.ics`, base64: Buffer.from(renderCalendar(content), 'utf8').toString('base64') };
};

export function calendarHandlers({ store, today, now }: BackendContext): HandlerGroup<MethodsOf<'calendar'>> {
  return {
    'calendar.sessions': ({ unitId, from, to, inviteStaff }) => {
      const unit = requireUnit(store, unitId);
      return icsFile(
        translate('calendar.fileName.sessions', { unit: unit.name, from, to }),
        sessionsCalendar(store, unit, from, to, today(), inviteStaff, now()),
      );
    },
    'calendar.teamMeetings': ({ unitId, from, to }) => {
      const unit = requireUnit(store, unitId);
      return icsFile(translate('calendar.fileName.teamMeetings', { unit: unit.name, from, to }), teamMeetingsCalendar(store, unit, from, to, now()));
    },
    'calendar.session': ({ unitId, week, inviteStaff }) => {
      const unit = requireUnit(store, unitId);
      const content = sessionCalendar(store, unit, week, today(), inviteStaff, now());
      const date = content.singles?.[0]?.start.date ?? dateInWeek(week, 1);
      return icsFile(translate('calendar.fileName.session', { unit: unit.name, date }), content);
    },
  };
}
