import type { MethodsOf } from '../../../../shared/api/methods';
import { dateInWeek } from '../../../../shared/domain/calendar';
import { translate } from '../../../../shared/i18n/translate';
import { safeName } from '../../export/fileName';
import { renderCalendar } from '../../export/ics';
import { sessionCalendar, sessionsCalendar, teamMeetingsCalendar } from '../../services/calendar';
import { requireUnit } from '../../services/units';
import type { BackendContext, HandlerGroup } from '../types';

const icsFile = (name: string, text: string) => ({ fileName: `${safeName(name)}.ics`, base64: Buffer.from(text, 'utf8').toString('base64') });

export function calendarHandlers({ store, today, now }: BackendContext): HandlerGroup<MethodsOf<'calendar'>> {
  return {
    'calendar.sessions': ({ unitId, from, to, inviteStaff }) => {
      const unit = requireUnit(store, unitId);
      return icsFile(
        translate('calendar.fileName.sessions', { unit: unit.name, from, to }),
        renderCalendar(sessionsCalendar(store, unit, from, to, today(), inviteStaff, now())),
      );
    },
    'calendar.teamMeetings': ({ unitId, from, to }) => {
      const unit = requireUnit(store, unitId);
      return icsFile(
        translate('calendar.fileName.teamMeetings', { unit: unit.name, from, to }),
        renderCalendar(teamMeetingsCalendar(store, unit, from, to, now())),
      );
    },
    'calendar.session': ({ unitId, week, inviteStaff }) => {
      const unit = requireUnit(store, unitId);
      const content = sessionCalendar(store, unit, week, today(), inviteStaff, now());
      const date = content.singles?.[0]?.start.date ?? dateInWeek(week, 1);
      return icsFile(translate('calendar.fileName.session', { unit: unit.name, date }), renderCalendar(content));
    },
  };
}
