import './planning.css';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthOf } from '../../../shared/domain/billing';
import { displayStatus } from '../../../shared/domain/plan';
import type { IsoDate, IsoWeekKey, PlannedSession } from '../../../shared/domain/types';
import { monthName, weekdayName, weekLabel } from '../../../shared/format/dates';
import { CorrectFormLink } from '../billing/CorrectFormLink';
import { timeRange } from '../format';
import { useAnnounce } from '../app/announcer';
import { sessionHref } from '../app/route';
import { DataTable } from '../table/DataTable';
import { useLatest } from '../app/useLatest';
import { actionsFor, disabledReasonFor, opensSession, type RowAction, type RowHandlers } from './rowActions';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, PlannedSession>();

interface Props {
  sessions: PlannedSession[];
  caption: string;
  currentWeek: IsoWeekKey;
  today: IsoDate;
  handlers: RowHandlers;
}

/** The plan: one row per ISO week, its status in words (never by colour alone). */
export function PlanTable({ sessions, caption, currentWeek, today, handlers }: Props) {
  const { t } = useTranslation();
  const handlersRef = useLatest(handlers);

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('week', {
          header: t('planning.col.week'),
          cell: ({ row }) => (
            <>
              {weekLabel(row.original.week)}
              {row.original.week === currentWeek && <span className="current-week-tag">{t('planning.currentWeek')}</span>}
            </>
          ),
        }),
        column.accessor('date', { header: t('planning.col.date') }),
        column.display({
          id: 'weekday',
          header: t('planning.col.weekday'),
          cell: ({ row }) => weekdayName(row.original.date),
        }),
        column.display({
          id: 'time',
          header: t('planning.col.time'),
          cell: ({ row }) =>
            row.original.status === 'teamMeetingWeek' ? t('planning.noSession') : timeRange(t, row.original.startTime, row.original.durationMinutes),
        }),
        column.accessor('status', {
          header: t('planning.col.status'),
          cell: ({ row }) => <StatusCell session={row.original} today={today} handlers={handlersRef} />,
        }),
        column.display({
          id: 'actions',
          header: t('planning.col.actions'),
          cell: ({ row }) => <ActionsCell session={row.original} handlers={handlersRef} />,
        }),
      ]),
    [t, currentWeek, today, handlersRef],
  );

  const table = useTable({ features, columns, data: sessions, getRowId: (session) => session.week });

  return (
    <DataTable
      table={table}
      caption={caption}
      className="plan-table"
      rowHeader="week"
      focusableRowHeader
      rowAttributes={(session) => {
        const current = session.week === currentWeek;
        return {
          'data-week': session.week,
          'data-status': displayStatus(session, today),
          'data-locked': session.locked || undefined,
          'aria-current': current ? 'date' : undefined,
          className: current ? 'current-week' : undefined,
        };
      }}
    />
  );
}

type HandlersRef = { current: RowHandlers };

/** The id of the row's lock note, which names why its buttons are disabled. */
const lockNoteId = (session: PlannedSession) => `lock-note-${session.week}`;

function StatusCell({ session, today, handlers }: { session: PlannedSession; today: IsoDate; handlers: HandlersRef }) {
  const { t } = useTranslation();
  const week = session.isoWeek;
  const movedAway = session.date !== session.ruleDate;
  const status = displayStatus(session, today);
  return (
    <div className="status-cell">
      <Group gap={6}>
        <span className="status-tag" data-status={status}>
          {t(`status.${status}`)}
        </span>
        {session.locked && <span className="lock-tag">{t('planning.locked.tag')}</span>}
      </Group>
      {session.status === 'teamMeetingWeek' &&
        session.teamMeetings.map((meeting) => (
          <Text key={`${meeting.source}-${meeting.id}`} size="sm">
            {t('planning.detail.teamMeeting', { date: meeting.date })}
          </Text>
        ))}
      {session.status !== 'teamMeetingWeek' &&
        session.skippedTeamMeetings.map((skipped) => (
          <Text key={`skipped-${skipped.id}-${skipped.date}`} size="sm">
            {t('planning.detail.skippedTeamMeeting', { date: skipped.date })}
          </Text>
        ))}
      {session.status === 'held' && session.participantCount !== null && (
        <Text size="sm">{t('session.participantCount', { count: session.participantCount })}</Text>
      )}
      {session.status !== 'teamMeetingWeek' && session.holiday && <Text size="sm">{session.holiday.name}</Text>}
      {(session.status === 'moved' || (session.status === 'cancelled' && movedAway)) && (
        <Text size="sm">{t('planning.detail.movedFrom', { weekday: weekdayName(session.ruleDate), date: session.ruleDate })}</Text>
      )}
      {session.status === 'cancelled' && session.cancelledReason && (
        <Text size="sm">{t('planning.detail.reason', { reason: session.cancelledReason })}</Text>
      )}
      {session.status === 'holiday' && session.suggestedDate && (
        <>
          <Text size="sm">
            {t('planning.detail.suggestion', {
              weekday: weekdayName(session.suggestedDate),
              date: session.suggestedDate,
            })}
          </Text>
          <Button
            size="compact-sm"
            data-action="applySuggestion"
            aria-label={t('planning.action.applySuggestionLabel', { date: session.suggestedDate, week })}
            disabled={session.locked}
            aria-describedby={session.locked ? lockNoteId(session) : undefined}
            onClick={() => handlers.current.applySuggestion(session)}
          >
            {t('planning.action.applySuggestion')}
          </Button>
        </>
      )}
    </div>
  );
}

const ACTION_TEXT = {
  move: { text: 'planning.action.move', label: 'planning.action.moveLabel' },
  undoMove: { text: 'planning.action.undoMove', label: 'planning.action.undoMoveLabel' },
  cancel: { text: 'planning.action.cancel', label: 'planning.action.cancelLabel' },
  undoCancel: { text: 'planning.action.undoCancel', label: 'planning.action.undoCancelLabel' },
  markTeamMeeting: { text: 'planning.action.markTeamMeeting', label: 'planning.action.markTeamMeetingLabel' },
} as const satisfies Record<
  Exclude<RowAction, 'applySuggestion' | 'removeTeamMeeting' | 'skipTeamMeeting' | 'restoreTeamMeeting'>,
  { text: string; label: string }
>;

function ActionsCell({ session, handlers }: { session: PlannedSession; handlers: HandlersRef }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const week = session.isoWeek;
  const disabledReason = disabledReasonFor(session);
  const lockMonth = monthOf(session.date);
  // Disabled buttons cannot take the focus, so the reason is written out beside them too.
  const disabled = { disabled: disabledReason !== null, 'aria-describedby': disabledReason ? lockNoteId(session) : undefined };
  return (
    <Group gap={6}>
      {opensSession(session) && (
        <Anchor
          href={sessionHref(session.week, session.unitId)}
          size="sm"
          data-action="open"
          aria-label={t('session.openLabel', { week })}
          className="open-link"
          // A confirmation belongs to the view where it happened.
          onClick={() => announce('')}
        >
          {t('session.open')}
        </Anchor>
      )}
      {actionsFor(session).flatMap((action) => {
        if (action === 'removeTeamMeeting') {
          return session.teamMeetings
            .filter((meeting) => meeting.source === 'date')
            .map((meeting) => (
              <Button
                key={`remove-${meeting.id}`}
                size="compact-sm"
                variant="default"
                data-action={action}
                aria-label={t('planning.action.removeTeamMeetingLabel', { date: meeting.date, week })}
                {...disabled}
                onClick={() => handlers.current.removeTeamMeeting(session, meeting.id)}
              >
                {t('planning.action.removeTeamMeeting')}
              </Button>
            ));
        }
        if (action === 'skipTeamMeeting') {
          return session.teamMeetings
            .filter((meeting) => meeting.source === 'pattern')
            .map((meeting) => (
              <Button
                key={`skip-${meeting.id}-${meeting.date}`}
                size="compact-sm"
                variant="default"
                data-action={action}
                aria-label={t('planning.action.skipTeamMeetingLabel', { date: meeting.date, week })}
                {...disabled}
                onClick={() => handlers.current.skipTeamMeeting(session, meeting.id, meeting.date)}
              >
                {t('planning.action.skipTeamMeeting')}
              </Button>
            ));
        }
        if (action === 'restoreTeamMeeting') {
          return session.skippedTeamMeetings.map((skipped) => (
            <Button
              key={`restore-${skipped.id}-${skipped.date}`}
              size="compact-sm"
              variant="default"
              data-action={action}
              aria-label={t('planning.action.restoreTeamMeetingLabel', { date: skipped.date, week })}
              {...disabled}
              onClick={() => handlers.current.restoreTeamMeeting(session, skipped.id, skipped.date)}
            >
              {t('planning.action.restoreTeamMeeting')}
            </Button>
          ));
        }
        if (action === 'applySuggestion') return [];
        const text = ACTION_TEXT[action];
        return [
          <Button
            key={action}
            size="compact-sm"
            variant="default"
            data-action={action}
            aria-label={t(text.label, { week })}
            {...disabled}
            onClick={() => handlers.current[action](session)}
          >
            {t(text.text)}
          </Button>,
        ];
      })}
      {disabledReason && (
        <div className="lock-note">
          <Text size="sm" id={lockNoteId(session)}>
            {t(disabledReason, { month: monthName(lockMonth) })}
          </Text>
          <CorrectFormLink unitId={session.unitId} month={lockMonth} />
        </div>
      )}
    </Group>
  );
}
