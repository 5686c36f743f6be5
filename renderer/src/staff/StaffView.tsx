import './staff.css';
import { Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, PersonWithUnits, StaffMember, Unit } from '../../../shared/domain/types';
import { useApiQuery } from '../api/useApiQuery';
import { useAnnounce } from '../app/announcer';
import { ViewHeading } from '../app/ViewHeading';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { ActivePeriodDialog } from './ActivePeriodDialog';
import { AddMemberForm } from './AddMemberForm';
import { DeactivateMemberDialog, EditMemberDialog } from './MemberDialogs';
import { RosterImport } from './RosterImport';
import { RosterPrintPanel } from './RosterPrintPanel';
import { RosterTable, type MemberAction, type MemberHandlers } from './RosterTable';

interface Props {
  unit: Unit;
  today: IsoDate;
}

interface Roster {
  members: StaffMember[];
  /** Everyone entered in any unit, to offer an existing person instead of a second entry. */
  people: PersonWithUnits[];
  units: Unit[];
}

type Dialog = { kind: 'edit' | 'period' | 'deactivate'; member: StaffMember } | null;
/** Where the focus goes once the roster has been redrawn: a row's first existing button, else the heading. */
type FocusTarget = { personId: number | null; actions: MemberAction[] } | null;

const byName = (a: StaffMember, b: StaffMember) => a.name.localeCompare(b.name, 'sv');

/** The unit's staff roster (personal): add, edit, deactivate, import. */
export function StaffView({ unit, today }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [showEnded, setShowEnded] = useState(false);
  // The list shown before stays while the one with (or without) ended members is on its way.
  const memberList = useApiQuery('staff.list', { unitId: unit.id, includeInactive: showEnded }, { keepPreviousData: true });
  // The printed roster: those on the list today unless the manager asks for the leavers too.
  const [printLeavers, setPrintLeavers] = useState(false);
  const printList = useApiQuery('staff.list', { unitId: unit.id, includeInactive: printLeavers }, { keepPreviousData: true });
  const people = useApiQuery('people.list', {});
  const units = useApiQuery('units.list', {});
  const newMemberStart = useApiQuery('staff.newMemberStart', { unitId: unit.id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const action = useApiAction();
  const rosterArea = useRef<HTMLDivElement>(null);
  const rosterHeading = useRef<HTMLHeadingElement>(null);

  const roster = useMemo<Roster | null>(
    () =>
      memberList.data && people.data && units.data ? { members: [...memberList.data].sort(byName), people: people.data, units: units.data } : null,
    [memberList.data, people.data, units.data],
  );
  const loadError = memberList.error ?? printList.error ?? people.error ?? units.error ?? newMemberStart.error;
  // After a change anyone may be new, moved or renamed: every list is read again.
  const load = async () => {
    await Promise.all([memberList.reload(), printList.reload(), people.reload(), units.reload()]);
  };
  const printMembers = useMemo(() => (printList.data ? [...printList.data].sort(byName) : null), [printList.data]);

  useEffect(() => {
    if (!focusTarget || !roster) return;
    const row = focusTarget.personId === null ? null : rosterArea.current?.querySelector(`tr[data-person="${focusTarget.personId}"]`);
    const button = focusTarget.actions.map((name) => row?.querySelector<HTMLElement>(`[data-action="${name}"]`)).find((element) => element);
    (button ?? rosterHeading.current)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusTarget(null);
  }, [focusTarget, roster]);

  const handlers: MemberHandlers = {
    edit: (member) => setDialog({ kind: 'edit', member }),
    period: (member) => setDialog({ kind: 'period', member }),
    deactivate: (member) => setDialog({ kind: 'deactivate', member }),
    reactivate: (member) =>
      void (async () => {
        const result = await action.run('staff.reactivate', { unitId: unit.id, personId: member.id });
        if (!result.ok) return;
        announce(t('staff.reactivated', { name: member.name }));
        await load();
        setFocusTarget({ personId: member.id, actions: ['deactivate', 'edit'] });
      })(),
  };

  const closeDialog = (focusNext: MemberAction[]) => {
    if (dialog) setFocusTarget({ personId: dialog.member.id, actions: focusNext });
    setDialog(null);
  };
  const dialogSaved = async (focusNext: MemberAction[]) => {
    await load();
    closeDialog(focusNext);
  };

  const members = roster?.members ?? [];

  return (
    <Stack gap="xl">
      <div>
        <ViewHeading>{t('staff.title')}</ViewHeading>
        <Text size="lg">{unit.name}</Text>
      </div>

      {loadError && <ErrorAlert error={loadError} title={t('load.errorTitle')} />}

      <section aria-labelledby="roster-heading" className="panel stack staff-panel">
        <Title order={2} id="roster-heading" ref={rosterHeading} tabIndex={-1} className="view-heading">
          {t('staff.roster.title')}
        </Title>
        <Switch
          label={t('staff.roster.showInactive')}
          checked={showEnded}
          onChange={(event) => {
            action.clearError();
            setShowEnded(event.currentTarget.checked);
          }}
        />
        {action.error && <ErrorAlert error={action.error} />}
        <div ref={rosterArea} className="table-scroll">
          {roster === null && !loadError && <Text>{t('app.loading')}</Text>}
          {roster && members.length === 0 && <Text>{t(showEnded ? 'staff.roster.emptyAll' : 'staff.roster.empty')}</Text>}
          {members.length > 0 && (
            <RosterTable
              members={members}
              caption={t(showEnded ? 'staff.roster.captionAll' : 'staff.roster.caption', { unit: unit.name })}
              showEnded={showEnded}
              today={today}
              handlers={handlers}
            />
          )}
        </div>
      </section>

      <RosterPrintPanel unit={unit} today={today} withLeavers={printLeavers} onScopeChange={setPrintLeavers} members={printMembers} />

      {roster && newMemberStart.data && (
        <>
          <section aria-labelledby="add-member-heading" className="panel">
            <Title order={2} id="add-member-heading">
              {t('staff.add.title')}
            </Title>
            <Text mb="md">{t('staff.add.intro')}</Text>
            <AddMemberForm
              unit={unit}
              units={roster.units}
              people={roster.people}
              defaultActiveFrom={newMemberStart.data}
              labelledBy="add-member-heading"
              onAdded={() => void load()}
            />
          </section>

          <section aria-labelledby="import-heading" className="panel stack staff-panel">
            <Title order={2} id="import-heading">
              {t('staff.import.title')}
            </Title>
            <Text>{t('staff.import.intro')}</Text>
            <Text fw={700}>{t('staff.import.privacy')}</Text>
            <RosterImport
              unit={unit}
              defaultActiveFrom={newMemberStart.data}
              labelledBy="import-heading"
              onImported={() =>
                void (async () => {
                  await load();
                  setFocusTarget({ personId: null, actions: [] });
                })()
              }
            />
          </section>
        </>
      )}

      {dialog?.kind === 'edit' && (
        <EditMemberDialog member={dialog.member} onClose={() => closeDialog(['edit'])} onSaved={() => void dialogSaved(['edit'])} />
      )}
      {dialog?.kind === 'period' && (
        <ActivePeriodDialog member={dialog.member} unit={unit} onClose={() => closeDialog(['period'])} onSaved={() => void dialogSaved(['period'])} />
      )}
      {dialog?.kind === 'deactivate' && (
        <DeactivateMemberDialog
          member={dialog.member}
          unit={unit}
          today={today}
          onClose={() => closeDialog(['deactivate'])}
          onSaved={() => void dialogSaved(['reactivate'])}
        />
      )}
    </Stack>
  );
}
