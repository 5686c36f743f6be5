import { Title } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';

// The first screen (the plan, or the first-run guide) is all the manager waits for at start.
// Every other view, with its forms, tables, print documents and file readers, is a chunk of
// its own, loaded the first time the view is opened (issue 11: at most 200 KiB gzipped for the
// first view). test/build/bundleBudget.test.ts keeps these out of the entry chunk.

export const SessionView = lazy(() => import('../session/SessionView').then((m) => ({ default: m.SessionView })));
export const StaffView = lazy(() => import('../staff/StaffView').then((m) => ({ default: m.StaffView })));
export const YearOverviewView = lazy(() => import('../overview/YearOverviewView').then((m) => ({ default: m.YearOverviewView })));
export const BillingView = lazy(() => import('../billing/BillingView').then((m) => ({ default: m.BillingView })));
export const StatisticsView = lazy(() => import('../statistics/StatisticsView').then((m) => ({ default: m.StatisticsView })));
export const UnitSettingsView = lazy(() => import('../units/UnitSettingsView').then((m) => ({ default: m.UnitSettingsView })));
export const BackupsView = lazy(() => import('../dataSafety/BackupsView').then((m) => ({ default: m.BackupsView })));
export const AuditLogView = lazy(() => import('../dataSafety/AuditLogView').then((m) => ({ default: m.AuditLogView })));
export const RecoveryView = lazy(() => import('../dataSafety/RecoveryView').then((m) => ({ default: m.RecoveryView })));

/**
 * Shown while a view's chunk loads (a moment from local disk): busy, so screen readers wait,
 * and the page's one heading meanwhile (the view's own takes the focus when it arrives).
 */
export function ViewLoading() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <Title order={1} className="view-heading">
        {t('app.loading')}
      </Title>
    </div>
  );
}
