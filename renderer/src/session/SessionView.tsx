import './session.css';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthOf } from '../../../shared/domain/billing';
import { parseWeekKey } from '../../../shared/domain/calendar';
import { displayStatus } from '../../../shared/domain/plan';
import type { AgendaNotes, IsoDate, IsoWeekKey, Unit } from '../../../shared/domain/types';
import { useApiQuery } from '../api/useApiQuery';
import { useOpenPrefetch } from '../planning/openPrefetch';
import { CorrectFormLink } from '../billing/CorrectFormLink';
import { LeaveDialog } from '../app/LeaveDialog';
import { planHrefOf } from '../app/route';
import { ViewHeading } from '../app/ViewHeading';
import { AddToCalendarButton } from '../calendar/AddToCalendarButton';
import { ErrorAlert } from '../forms/ErrorAlert';
import { weekdayName } from '../../../shared/format/dates';
import { timeRange } from '../format';
import { AgendaPrint } from '../print/AgendaPrint';
import { MinutesPrint } from '../print/MinutesPrint';
import { PrintArea } from '../print/PrintArea';
import { ActionsSection } from './ActionsSection';
import { CasesSection } from './CasesSection';
import { membersOn, nameLookup } from './participants';
import { SessionRecordForm } from './SessionRecordForm';
import { UnsavedParts, useSessionLeaveGuard } from './unsavedParts';
import { useNextFrame } from './useNextFrame';

interface Props {
  unit: Unit;
  week: IsoWeekKey;
  today: IsoDate;
}

type PrintKind = 'agenda' | 'minutes';

/** One week's session: its record (held, attendance, agenda) with one save, cases and actions; print. */
export function SessionView({ unit, week, today }: Props) {
  const { t } = useTranslation();
  const sessionQuery = useApiQuery('sessions.get', { unitId: unit.id, week });
  const staffQuery = useApiQuery('staff.list', { unitId: unit.id, includeInactive: true });
  const { data: detail, setData: setDetail } = sessionQuery;
  const staff = staffQuery.data;
  const loadError = sessionQuery.error ?? staffQuery.error;
  // The notes being typed are the user's until saved; until the first keystroke they are the saved agenda.
  const [typedNotes, setNotes] = useState<AgendaNotes | null>(null);
  const notes = typedNotes ?? detail?.agenda ?? null;
  // Which document the printer gets, and a counter that asks for the print dialog.
  const [printKind, setPrintKind] = useState<PrintKind | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  // The record, a case and an action being typed: leaving asks while any of them is unsaved.
  const { guard, report, unsaved } = useSessionLeaveGuard();
  useOpenPrefetch(today);

  const load = async () => {
    await Promise.all([sessionQuery.reload(), staffQuery.reload()]);
  };

  useEffect(() => {
    if (printRequest > 0) window.print();
  }, [printRequest]);

  // The week, its record and the save come first; cases, actions and the print documents, below the fold, follow.
  const belowFoldShown = useNextFrame(detail !== null && staff !== null);

  const nameOf = useMemo(() => nameLookup(staff ?? [], detail?.attendees ?? [], t('session.unknownPerson')), [staff, detail?.attendees, t]);

  const heading = t('session.title', { week: parseWeekKey(week).isoWeek });

  if (loadError) {
    return (
      <Stack gap="md">
        <ViewHeading>{heading}</ViewHeading>
        <ErrorAlert error={loadError} title={t('load.errorTitle')} />
        <Group>
          <Button onClick={() => void load()}>{t('action.retry')}</Button>
          <Anchor href={planHrefOf(unit.id)}>{t('session.backToPlanning')}</Anchor>
        </Group>
      </Stack>
    );
  }
  if (!detail || !staff || !notes) {
    return (
      <Stack gap="md" aria-busy="true">
        <ViewHeading>{heading}</ViewHeading>
        <Text>{t('app.loading')}</Text>
      </Stack>
    );
  }

  const { session, held } = detail;
  const members = membersOn(staff, session.date);
  const noSession = session.status === 'teamMeetingWeek' || session.status === 'cancelled';
  const status = displayStatus(session, today);
  // A locked month has its notice at the top; nothing in the form invites a change it refuses.
  const heldIntro = session.locked
    ? null
    : session.date > today
      ? t('session.notice.future', { date: session.date })
      : t(status === 'unrecorded' ? 'session.notice.unrecorded' : 'session.held.intro');
  const print = (kind: PrintKind) => {
    setPrintKind(kind);
    setPrintRequest((n) => n + 1);
  };
  // Ctrl+P prints what fits the moment: the minutes once held, else the agenda.
  const printed = printKind ?? (held ? 'minutes' : 'agenda');

  return (
    <Stack gap="xl">
      <div>
        <Anchor href={planHrefOf(unit.id)} className="back-link">
          {t('session.backToPlanning')}
        </Anchor>
        <ViewHeading>{heading}</ViewHeading>
        <Text size="lg">
          {t('session.when', {
            weekday: weekdayName(session.date),
            date: session.date,
            time: timeRange(t, held?.startTime ?? session.startTime, held?.durationMinutes ?? session.durationMinutes),
          })}
        </Text>
        <Group gap="sm" mt={4}>
          <Text>{t('session.unitLine', { unit: unit.name, provider: unit.providerName })}</Text>
          <span className="status-tag" data-status={status}>
            {t(`status.${status}`)}
          </span>
        </Group>
      </div>

      {session.locked && (
        <Alert color="gray" title={t('session.notice.lockedTitle')} className="lock-notice">
          <Text>{t('session.notice.locked')}</Text>
          <CorrectFormLink unitId={unit.id} month={monthOf(session.date)} />
        </Alert>
      )}

      {session.status === 'teamMeetingWeek' && (
        <Alert color="gray" title={t('status.teamMeetingWeek')}>
          {t('session.notice.teamMeetingWeek', { week: session.isoWeek })}
        </Alert>
      )}
      {session.status === 'cancelled' && (
        <Alert color="gray" title={t('status.cancelled')}>
          {t('session.notice.cancelled', { reason: session.cancelledReason ?? '' })} {t('session.notice.cancelledHint')}
        </Alert>
      )}

      {!noSession && (
        <UnsavedParts report={report} unsaved={unsaved}>
          <section aria-labelledby="print-heading" className="print-actions">
            <Title order={2} id="print-heading" className="visually-hidden">
              {t('session.print.title')}
            </Title>
            <Group gap="sm">
              <Button variant="default" onClick={() => print('agenda')}>
                {t('session.print.agenda')}
              </Button>
              {held ? (
                <Button variant="default" onClick={() => print('minutes')}>
                  {t('session.print.minutes')}
                </Button>
              ) : (
                <Text size="sm">{t('session.print.minutesHint')}</Text>
              )}
              {session.status !== 'holiday' && <AddToCalendarButton unitId={unit.id} week={week} />}
            </Group>
          </section>

          <SessionRecordForm
            detail={detail}
            staff={staff}
            notes={notes}
            onNotesChange={setNotes}
            nameOf={nameOf}
            onSaved={setDetail}
            heldIntro={
              held ? (
                <Text mb="sm" fw={600}>
                  {t('session.held.recorded', { date: held.date, count: detail.counts.total })}
                </Text>
              ) : (
                heldIntro && <Text mb="sm">{heldIntro}</Text>
              )
            }
          />

          {belowFoldShown && (
            <>
              <CasesSection detail={detail} members={members} nameOf={nameOf} onSaved={setDetail} />
              <ActionsSection detail={detail} members={members} nameOf={nameOf} onSaved={setDetail} />

              <PrintArea printed={{ what: printed === 'minutes' && held ? 'minutes' : 'agenda', unitId: unit.id, period: week }}>
                {printed === 'minutes' && held ? (
                  <MinutesPrint unit={unit} detail={detail} held={held} notes={notes} nameOf={nameOf} />
                ) : (
                  <AgendaPrint unit={unit} detail={detail} notes={notes} nameOf={nameOf} />
                )}
              </PrintArea>
            </>
          )}
          <LeaveDialog guard={guard} />
        </UnsavedParts>
      )}
    </Stack>
  );
}
