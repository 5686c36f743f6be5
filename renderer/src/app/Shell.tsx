import { Anchor, Button, Group, NativeSelect, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SHOW_ABOUT_EVENT } from '../../../shared/api/host';
import type { ApiError } from '../../../shared/api/result';
import type { Unit } from '../../../shared/domain/types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { AboutDialog } from './AboutDialog';
import { Announcement } from './announcer';
import { hrefOf, navigate, type Route } from './route';

interface Props {
  units: Unit[];
  unitId: number | null;
  onSelectUnit: (id: number) => void;
  showNav: boolean;
  showNewUnit: boolean;
  route: Route;
  error: ApiError | null;
  children: ReactNode;
}

const NAV: {
  route: Exclude<Route, 'session'>;
  key: 'nav.planning' | 'nav.yearOverview' | 'nav.staff' | 'nav.billing' | 'nav.statistics' | 'nav.settings' | 'nav.backups' | 'nav.auditLog';
}[] = [
  { route: 'planning', key: 'nav.planning' },
  { route: 'yearOverview', key: 'nav.yearOverview' },
  { route: 'staff', key: 'nav.staff' },
  { route: 'billing', key: 'nav.billing' },
  { route: 'statistics', key: 'nav.statistics' },
  { route: 'settings', key: 'nav.settings' },
  { route: 'backups', key: 'nav.backups' },
  { route: 'auditLog', key: 'nav.auditLog' },
];

/** The session view belongs under Planering, where its row is. */
const navItemOf = (route: Route): Route => (route === 'session' ? 'planning' : route);

export function Shell({ units, unitId, onSelectUnit, showNav, showNewUnit, route, error, children }: Props) {
  const { t } = useTranslation();
  const [aboutOpen, setAboutOpen] = useState(false);
  // The desktop menu's "Om Handledning" opens the same dialog as the header's button.
  useEffect(() => {
    const open = () => setAboutOpen(true);
    window.addEventListener(SHOW_ABOUT_EVENT, open);
    return () => window.removeEventListener(SHOW_ABOUT_EVENT, open);
  }, []);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The fragment holds the view, so move the focus without touching it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Group justify="space-between" wrap="wrap" gap="md" className="app-header-inner">
          <Group gap="lg" wrap="nowrap" className="app-header-lead">
            <Text component="span" className="app-name">
              {t('app.name')}
            </Text>
            <Announcement />
          </Group>
          <Group gap="sm" align="flex-end" wrap="nowrap" className="app-header-tools">
            {units.length > 0 && (
              <NativeSelect
                label={t('header.unit')}
                data={units.map((u) => ({ value: String(u.id), label: u.name }))}
                value={unitId === null ? '' : String(unitId)}
                onChange={(event) => onSelectUnit(Number(event.currentTarget.value))}
                className="unit-switcher"
              />
            )}
            {showNewUnit && (
              <Button variant="default" onClick={() => navigate('newUnit')}>
                {t('header.newUnit')}
              </Button>
            )}
            <Button variant="subtle" onClick={() => setAboutOpen(true)}>
              {t('about.open')}
            </Button>
          </Group>
        </Group>
        {showNav && (
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.route}>
                  <Anchor href={hrefOf(item.route, unitId)} aria-current={navItemOf(route) === item.route ? 'page' : undefined}>
                    {t(item.key)}
                  </Anchor>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {error && <ErrorAlert error={error} />}
        {children}
      </main>
      <AboutDialog opened={aboutOpen} onClose={() => setAboutOpen(false)} />
    </>
  );
}
