import { Alert, Button, Text } from '@mantine/core';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { DatabaseHealth, Unit } from '../../../shared/domain/types';
import { api } from '../api/client';
import { PlanningView } from '../planning/PlanningView';
import { FirstRunGuide, type GuideStep } from '../setup/FirstRunGuide';
import { NewUnitView } from '../units/NewUnitView';
import { useAnnounce } from './announcer';
import { addressOf, isUnitView, parseAddress, type Address } from './address';
import {
  AuditLogView,
  BackupsView,
  BillingView,
  RecoveryView,
  SessionView,
  StaffView,
  StatisticsView,
  UnitSettingsView,
  ViewLoading,
  YearOverviewView,
} from './lazyViews';
import { askBeforeLeaving } from './leaveGuard';
import { goTo, navigate, useRoute } from './route';
import { Shell } from './Shell';

type AppInfo = MethodOutput<'app.info'>;

/** The guide runs until its last step, even after step 2 has given the unit a slot. */
type Guide = { startStep: GuideStep; run: number } | null;

let guideRuns = 0;
const newGuide = (startStep: GuideStep): Guide => ({ startStep, run: ++guideRuns });

export function App() {
  const { t } = useTranslation();
  const { address, hash } = useRoute();
  const { view: route, week } = address;
  const announce = useAnnounce();
  const [damaged, setDamaged] = useState<DatabaseHealth | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [guide, setGuide] = useState<Guide>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [readOnly, setReadOnly] = useState<DatabaseHealth | null>(null);
  const [shellError, setShellError] = useState<ApiError | null>(null);

  // A confirmation ("Sparat") belongs to the view where it happened: every way to another view,
  // unit, week or month (the menu, a link in the view, Back) clears it, so it never lingers where
  // it means nothing. Another range or year of the same view is browsing, and keeps it.
  const shown = `${route} ${address.unitId} ${week} ${address.month}`;
  useEffect(() => announce(''), [announce, shown]);

  /** Shows a unit: its plan, or the guide from step 2 while it has no weekly slot yet. */
  const openUnit = useCallback(async (id: number, restartGuide: boolean): Promise<ApiError | null> => {
    const rules = await api.call('slotRules.list', { unitId: id });
    if (!rules.ok) return rules.error;
    setUnitId(id);
    const hasSlot = rules.value.length > 0;
    setGuide((current) => (hasSlot ? null : current && !restartGuide ? current : newGuide(2)));
    return null;
  }, []);

  const start = useCallback(async () => {
    // The start-up check comes first: with a damaged database only the recovery screen can work.
    const health = await api.call('health.get', {});
    if (!health.ok) return setStartError(health.error);
    if (health.value.state === 'damaged') return setDamaged(health.value);
    // Nothing could be saved: say so before the manager types anything.
    if (health.value.state === 'readOnly') return setReadOnly(health.value);
    const [appInfo, list] = await Promise.all([api.call('app.info', {}), api.call('units.list', {})]);
    if (!appInfo.ok) return setStartError(appInfo.error);
    if (!list.ok) return setStartError(list.error);
    setUnits(list.value);
    // The address names the unit when it can (a reload, a bookmark); else the one used last.
    const named = list.value.find((u) => u.id === parseAddress(window.location.hash).unitId);
    const last = named ?? list.value.find((u) => u.id === appInfo.value.lastUnitId) ?? list.value[0];
    if (last) {
      const selected = last.id === appInfo.value.lastUnitId ? null : await api.call('units.select', { id: last.id });
      if (selected && !selected.ok) return setStartError(selected.error);
      const error = await openUnit(last.id, true);
      if (error) return setStartError(error);
    } else {
      setGuide(newGuide(1));
    }
    setInfo(appInfo.value);
  }, [openUnit]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- every setState in start() runs after an await, not in the effect body (a known false positive: react/react#34905)
    void start();
  }, [start]);

  /** Starts again from a clean slate: the last attempt's error goes away while this one runs. */
  const retryStart = () => {
    setStartError(null);
    setReadOnly(null);
    void start();
  };

  const unit = units.find((u) => u.id === unitId) ?? null;

  /** Shows another unit, remembered by the backend for an address without one and the next start. */
  const showUnit = useCallback(
    async (id: number) => {
      const selected = await api.call('units.select', { id });
      const error = selected.ok ? await openUnit(id, true) : selected.error;
      // A confirmation or error belonged to the unit shown before.
      announce('');
      setShellError(error);
    },
    [announce, openUnit],
  );

  /**
   * The unit switcher: a unit's view goes to the same view of the new unit (a week or month of
   * the old unit means little there, a year means the same); the views of every unit stay as they are.
   */
  const selectUnit = async (id: number) => {
    if (isUnitView(route)) return goTo(addressOf(route === 'session' ? 'planning' : route, id, { year: address.year }));
    // A change of address asks the leave guard in the router; this one keeps the address, so it asks here.
    if (await askBeforeLeaving()) await showUnit(id);
  };

  // The address leads: a known unit in it is shown; an address with no unit, an unknown one, or
  // an old or unreadable form is put right in place to the unit shown, without a word.
  useEffect(() => {
    // A newer address is on its way (its hashchange comes next): putting this one right would undo it.
    if (!info || unitId === null || hash !== window.location.hash) return;
    const named = units.some((u) => u.id === address.unitId) ? address.unitId : null;
    if (named !== null && named !== unitId) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- every setState in showUnit() runs after an await (react/react#34905, as start() above)
      void showUnit(named);
      return;
    }
    goTo({ ...address, unitId }, 'replace');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the parsed address is new each render; its text (hash) is what changes
  }, [hash, info, units, unitId, showUnit]);

  /** Another range, month or year of the view shown: a step of its own in the history. */
  const goWithin = (extra: Partial<Pick<Address, 'range' | 'month' | 'year'>>) => goTo(addressOf(route, unitId, extra));

  /** A unit just created (guide step 1 or "Ny enhet"): it has no slot yet, so the guide goes on. */
  const addUnit = async (created: Unit, restartGuide: boolean) => {
    setUnits((current) => [...current, created].sort((a, b) => a.name.localeCompare(b.name, 'sv')));
    setUnitId(created.id);
    setGuide((current) => (current && !restartGuide ? current : newGuide(2)));
    const selected = await api.call('units.select', { id: created.id });
    setShellError(selected.ok ? null : selected.error);
  };

  const replaceUnit = (saved: Unit) => setUnits((current) => current.map((u) => (u.id === saved.id ? saved : u)));

  if (damaged) {
    return (
      <Suspense fallback={<BootLoading />}>
        <RecoveryView health={damaged} />
      </Suspense>
    );
  }
  if (startError || readOnly) {
    return (
      <main className="boot">
        <Alert color="red" title={t(readOnly ? 'app.readOnly' : 'app.startFailed')}>
          {readOnly ? readOnly.problem : startError?.message}
        </Alert>
        <Button mt="md" onClick={retryStart}>
          {t('action.retry')}
        </Button>
      </main>
    );
  }
  if (!info) return <BootLoading />;

  const firstRun = units.length === 0;
  // Säkerhetskopior stays reachable without a unit: a restore may have gone back to before the first one.
  const inGuide = guide !== null && route !== 'newUnit' && route !== 'backups';

  const view = (() => {
    if (inGuide) {
      return (
        <FirstRunGuide
          key={guide.run}
          today={info.today}
          unit={unit}
          startStep={guide.startStep}
          onUnitCreated={(created) => addUnit(created, false)}
          onDone={() => {
            setGuide(null);
            navigate('planning');
          }}
        />
      );
    }
    if (route === 'newUnit') {
      return (
        <NewUnitView
          onCreated={(created) => {
            void addUnit(created, true);
            navigate('planning');
          }}
          onCancel={() => navigate('planning')}
        />
      );
    }
    if (route === 'backups') return <BackupsView />;
    if (!unit) return null;
    if (route === 'settings') {
      return <UnitSettingsView key={unit.id} unit={unit} today={info.today} onUnitSaved={replaceUnit} />;
    }
    if (route === 'staff') return <StaffView key={unit.id} unit={unit} today={info.today} />;
    if (route === 'auditLog') return <AuditLogView />;
    if (route === 'billing') {
      return <BillingView key={unit.id} unit={unit} today={info.today} month={address.month} onMonthChange={(month) => goWithin({ month })} />;
    }
    if (route === 'yearOverview') {
      return <YearOverviewView key={unit.id} unit={unit} today={info.today} year={address.year} onYearChange={(year) => goWithin({ year })} />;
    }
    if (route === 'statistics') {
      return (
        <StatisticsView
          key={address.allUnits ? 'all' : unit.id}
          unit={unit}
          today={info.today}
          allUnits={address.allUnits}
          period={address.period}
          onChange={(change) => goTo(addressOf('statistics', unitId, change))}
        />
      );
    }
    if (route === 'session' && week) {
      return <SessionView key={`${unit.id}-${week}`} unit={unit} week={week} today={info.today} />;
    }
    return <PlanningView key={unit.id} unit={unit} today={info.today} range={address.range} onRangeChange={(range) => goWithin({ range })} />;
  })();

  return (
    <Shell
      units={firstRun ? [] : units}
      unitId={unitId}
      onSelectUnit={(id) => void selectUnit(id)}
      showNav={!inGuide}
      showNewUnit={!firstRun}
      route={route}
      error={shellError}
    >
      <Suspense fallback={<ViewLoading />}>{view}</Suspense>
    </Shell>
  );
}

/** Before the shell is up: the start-up checks, or the recovery screen's chunk on its way. */
function BootLoading() {
  const { t } = useTranslation();
  return (
    <main className="boot" aria-busy="true">
      <Text>{t('app.loading')}</Text>
    </main>
  );
}
