import './dataSafety.css';
import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { DatabaseHealth } from '../../../shared/domain/types';
import { api } from '../api/client';
import { Announcement, useAnnounce } from '../app/announcer';
import { ViewHeading } from '../app/ViewHeading';
import { ErrorAlert } from '../forms/ErrorAlert';
import { contentsText, dateTime } from './backupText';
import { SaveCopySection } from './SaveCopySection';

/**
 * Shown instead of the whole app when the start-up check finds the database file damaged:
 * in plain words what happened, where the file is (for IT), and the two ways on. Nothing here
 * deletes or overwrites the damaged file.
 */
export function RecoveryView({ health }: { health: DatabaseHealth }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [restoreError, setRestoreError] = useState<ApiError | null>(null);
  const restoring = useRef(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const newest = health.newestBackup;

  useEffect(() => {
    if (restoreError) errorRef.current?.focus();
  }, [restoreError]);

  const openNewest = async () => {
    if (restoring.current) return;
    restoring.current = true;
    announce('');
    setRestoreError(null);
    const result = await api.call('recovery.restoreNewest', {});
    restoring.current = false;
    if (!result.ok) return setRestoreError(result.error);
    announce(t('recovery.newest.opening'));
    // The app starts over on the opened backup, as after any other start.
    window.location.reload();
  };

  return (
    <>
      <header className="app-header">
        <div className="recovery-header app-header-inner">
          <Text component="span" className="app-name">
            {t('app.name')}
          </Text>
          <Announcement />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="recovery">
        <Stack gap="xl">
          <div className="stack">
            <ViewHeading>{t('recovery.title')}</ViewHeading>
            <Text size="lg">{t('recovery.intro')}</Text>
            {health.problem && (
              <Text>
                <strong>{t('recovery.problemLabel')}</strong> {health.problem}
              </Text>
            )}
            <div>
              <Text>{t('recovery.fileLabel')}</Text>
              <Code block className="folder-path">
                {health.file}
              </Code>
            </div>
          </div>

          <section aria-labelledby="recovery-newest-heading" className="panel stack recovery-option">
            <Title order={2} id="recovery-newest-heading">
              {t('recovery.newest.title')}
            </Title>
            {newest ? (
              <>
                <Text fw={600}>
                  {t('recovery.newest.from', {
                    date: dateTime(newest.createdAt),
                    contents: contentsText(t, newest.contents),
                  })}
                </Text>
                <Text>{t('recovery.newest.explain', { date: dateTime(newest.createdAt) })}</Text>
                {restoreError && (
                  <div ref={errorRef} tabIndex={-1}>
                    <ErrorAlert error={restoreError} title={t('recovery.newest.failedTitle')} />
                  </div>
                )}
                <div>
                  <Button onClick={() => void openNewest()}>{t('recovery.newest.submit')}</Button>
                </div>
              </>
            ) : (
              <Text>{t('recovery.newest.none')}</Text>
            )}
          </section>

          <SaveCopySection copy="damaged" className="panel recovery-option" />
        </Stack>
      </main>
    </>
  );
}
