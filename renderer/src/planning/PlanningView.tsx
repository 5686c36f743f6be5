import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWeekKey, weekKeyOf } from '../../../shared/domain/calendar';
import { monthOf } from '../../../shared/domain/billing';
import { defaultPlanWindow } from '../../../shared/domain/plan';
import { monthName } from '../../../shared/format/dates';
import type { IsoDate, IsoWeekKey, PlannedSession, Unit } from '../../../shared/domain/types';
import { useApiQuery } from '../api/useApiQuery';
import { useAnnounce } from '../app/announcer';
import { hrefOf, yearOverviewHref } from '../app/route';
import { ViewHeading } from '../app/ViewHeading';
import { BillingReminders } from '../billing/BillingReminders';
import { CalendarExport } from '../calendar/CalendarExport';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { PlanTable } from './PlanTable';
import type { WeekRange } from '../app/address';
import { planWindowOf, useOpenPrefetch } from './openPrefetch';
import { periodFor, periodOf, rangeOf, shiftPeriod, windowOf, type PlanPeriod } from './planWindow';
import type { RowAction, RowHandlers } from './rowActions';
import { CancelDialog, MoveDialog } from './SessionDialogs';

interface Props {
  unit: Unit;
  today: IsoDate;
  /** The range the address holds; null is the default window around today. */
  range: WeekRange | null;
  /** A new range (null: back to the default) for the address. */
  onRangeChange: (range: WeekRange | null) => void;
}

type Dialog = { kind: 'move' | 'cancel'; session: PlannedSession } | null;
/** Where the focus goes once the row has been redrawn: the first of these buttons that exists. */
type FocusTarget = { week: IsoWeekKey; actions: RowAction[] } | null;

export function PlanningView({ unit, today, range: asked, onRangeChange }: Props) {
  const { t } = useTranslation();
  const [stepped, setStepped] = useState<PlanPeriod | null>(null);
  const period = periodFor(planWindowOf(asked, today), stepped);
  const shown = windowOf(period);
  // The table of the period before stays until the new period's answer is in.
  const {
    data: sessions,
    error: loadError,
    reload: load,
  } = useApiQuery('plan.get', { unitId: unit.id, from: shown.from, to: shown.to }, { keepPreviousData: true });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const action = useApiAction();
  const announce = useAnnounce();
  const tableArea = useRef<HTMLDivElement>(null);
  useOpenPrefetch(today);

  useEffect(() => {
    if (!focusTarget || !sessions) return;
    const row = tableArea.current?.querySelector(`tr[data-week="${focusTarget.week}"]`);
    const button = focusTarget.actions.map((name) => row?.querySelector<HTMLElement>(`[data-action="${name}"]`)).find((element) => element);
    (button ?? row?.querySelector<HTMLElement>('[data-row-focus]'))?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusTarget(null);
  }, [focusTarget, sessions]);

  const change = async (session: PlannedSession, run: () => Promise<{ ok: boolean }>, focusNext: RowAction[]) => {
    const result = await run();
    if (!result.ok) return;
    await load();
    setFocusTarget({ week: session.week, actions: focusNext });
  };

  const handlers: RowHandlers = {
    applySuggestion: (session) =>
      void change(
        session,
        () =>
          action.run('sessions.move', {
            unitId: unit.id,
            week: session.week,
            date: session.suggestedDate ?? session.date,
            startTime: session.startTime,
          }),
        ['undoMove', 'move'],
      ),
    move: (session) => setDialog({ kind: 'move', session }),
    cancel: (session) => setDialog({ kind: 'cancel', session }),
    undoMove: (session) => void change(session, () => action.run('sessions.undoMove', { unitId: unit.id, week: session.week }), ['move']),
    undoCancel: (session) =>
      void change(session, () => action.run('sessions.undoCancel', { unitId: unit.id, week: session.week }), ['cancel', 'undoMove']),
    markTeamMeeting: (session) =>
      void change(session, () => action.run('teamMeetings.addDate', { unitId: unit.id, date: session.date }), ['removeTeamMeeting']),
    removeTeamMeeting: (session, meetingId) =>
      void change(session, () => action.run('teamMeetings.removeDate', { unitId: unit.id, id: meetingId }), ['markTeamMeeting', 'move']),
    skipTeamMeeting: (session, patternId, date) =>
      void change(session, () => action.run('teamMeetings.skipOccurrence', { unitId: unit.id, id: patternId, date }), ['restoreTeamMeeting', 'move']),
    restoreTeamMeeting: (session, patternId, date) =>
      void change(session, () => action.run('teamMeetings.restoreOccurrence', { unitId: unit.id, id: patternId, date }), ['skipTeamMeeting']),
  };

  const closeDialog = (focusNext: RowAction[]) => {
    if (dialog) setFocusTarget({ week: dialog.session.week, actions: focusNext });
    setDialog(null);
  };
  const dialogSaved = async (focusNext: RowAction[]) => {
    await load();
    closeDialog(focusNext);
  };

  /** "Idag" leaves the range out of the address, so it means today's window on any later day too. */
  const go = (next: PlanPeriod, toDefault = false) => {
    action.clearError();
    announce('');
    setStepped(next);
    onRangeChange(toDefault ? null : rangeOf(windowOf(next)));
  };
  const range = t('date.range', { from: shown.from, to: shown.to });
  const shownYear = parseWeekKey(weekKeyOf(shown.from)).isoYear;

  return (
    <Stack gap="md">
      <div>
        <ViewHeading>{t('planning.title')}</ViewHeading>
        <Text size="lg">{t('planning.unitLine', { unit: unit.name, provider: unit.providerName })}</Text>
      </div>
      <BillingReminders today={today} />

      <section aria-labelledby="period-heading" className="period">
        <h2 id="period-heading" className="visually-hidden">
          {t('planning.period')}
        </h2>
        <Stack gap={4}>
          <p className="period-range" aria-live="polite">
            <strong>{range}</strong>
            <span className="period-months">{t('date.range', { from: monthName(monthOf(shown.from)), to: monthName(monthOf(shown.to)) })}</span>
          </p>
          {/* A few months at a time here; the whole year and the follow-up are where a manager looks next. */}
          <Group gap="md">
            <Anchor href={yearOverviewHref(unit.id, shownYear)} size="sm">
              {t('planning.link.yearOverview', { year: shownYear })}
            </Anchor>
            <Anchor href={hrefOf('statistics', unit.id)} size="sm">
              {t('planning.link.statistics')}
            </Anchor>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button variant="default" onClick={() => go(shiftPeriod(period, { years: -1 }))}>
            {t('planning.prevYear')}
          </Button>
          <Button variant="default" onClick={() => go(shiftPeriod(period, { months: -1 }))}>
            {t('planning.prevMonth')}
          </Button>
          <Button variant="default" onClick={() => go(periodOf(defaultPlanWindow(today)), true)}>
            {t('planning.today')}
          </Button>
          <Button variant="default" onClick={() => go(shiftPeriod(period, { months: 1 }))}>
            {t('planning.nextMonth')}
          </Button>
          <Button variant="default" onClick={() => go(shiftPeriod(period, { years: 1 }))}>
            {t('planning.nextYear')}
          </Button>
        </Group>
      </section>

      {action.error && <ErrorAlert error={action.error} />}
      {loadError && <ErrorAlert error={loadError} title={t('load.errorTitle')} />}

      <div ref={tableArea} className="table-scroll">
        {sessions === null && !loadError && <Text>{t('app.loading')}</Text>}
        {sessions && sessions.length === 0 && <Text>{t('planning.empty')}</Text>}
        {sessions && sessions.length > 0 && (
          <PlanTable
            sessions={sessions}
            caption={t('planning.caption', { from: shown.from, to: shown.to })}
            currentWeek={weekKeyOf(today)}
            today={today}
            handlers={handlers}
          />
        )}
      </div>

      <CalendarExport unit={unit} today={today} />

      {dialog?.kind === 'move' && (
        <MoveDialog session={dialog.session} onClose={() => closeDialog(['move'])} onSaved={() => void dialogSaved(['move', 'undoMove'])} />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelDialog session={dialog.session} onClose={() => closeDialog(['cancel'])} onSaved={() => void dialogSaved(['undoCancel'])} />
      )}
    </Stack>
  );
}
