import './dataSafety.css';
import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { BackupInfo, BackupOverview } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';
import { ViewHeading } from '../app/ViewHeading';
import { ErrorAlert } from '../forms/ErrorAlert';
import { useApiAction } from '../forms/useApiAction';
import { useApiForm } from '../forms/useApiForm';
import { BackupTable } from './BackupTable';
import { dateTime } from './backupText';
import { FolderForm } from './FolderForm';
import { DataReplacedDialog, RestoreDialog } from './RestoreDialogs';
import { SaveCopySection } from './SaveCopySection';

type Dialog = { kind: 'restore'; backup: BackupInfo } | { kind: 'replaced'; title: string; message: string } | null;

const newestFirst = (a: BackupInfo, b: BackupInfo) => b.createdAt.localeCompare(a.createdAt);

/** Säkerhetskopior: back up now, a copy elsewhere, the backup folder, and restoring (with undo). */
export function BackupsView() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const create = useApiAction();
  const undo = useApiAction();
  const reset = useApiAction();
  const folder = useApiForm('backups.setFolder');
  const creating = useRef(false);
  const listArea = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const folderHeading = useRef<HTMLHeadingElement>(null);
  /** The backup whose restore button gets the focus once the list has been read again. */
  const [focusBackup, setFocusBackup] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.call('backups.list', {});
    if (!result.ok) return setLoadError(result.error);
    setLoadError(null);
    setOverview(result.value);
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- every setState in the loader runs after an await, not in the effect body (a known false positive: react/react#34905)
    void load();
  }, [load]);

  useEffect(() => {
    if (focusBackup === null || !overview) return;
    const button = listArea.current?.querySelector<HTMLElement>(`tr[data-backup="${focusBackup}"] [data-action="restore"]`);
    (button ?? listHeading.current)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusBackup(null);
  }, [focusBackup, overview]);

  const backUpNow = async () => {
    if (creating.current) return;
    creating.current = true;
    const result = await create.run('backups.create', {});
    creating.current = false;
    if (!result.ok) return;
    await load();
    announce(t('backups.now.done'));
  };

  const changeFolder = async (chosen: string) => {
    reset.clearError();
    const changed = await folder.submit({ folder: chosen });
    if (!changed) return false;
    setOverview(changed);
    announce(t('backups.folder.changed', { folder: changed.folder }));
    return true;
  };

  const resetFolder = async () => {
    folder.clearError();
    const result = await reset.run('backups.setFolder', { folder: null });
    if (!result.ok) return;
    setOverview(result.value);
    announce(t('backups.folder.resetDone'));
    // The button goes away with the chosen folder; the section's heading keeps the focus nearby.
    folderHeading.current?.focus();
  };

  const undoRestore = async () => {
    const result = await undo.run('backups.undoRestore', {});
    if (!result.ok) return;
    setOverview(result.value);
    setDialog({ kind: 'replaced', title: t('backups.undo.doneTitle'), message: t('backups.undo.done') });
  };

  // The list is read again: a backup refused as damaged is no longer offered.
  const closeRestore = async () => {
    const backup = dialog?.kind === 'restore' ? dialog.backup : null;
    setDialog(null);
    await load();
    setFocusBackup(backup?.fileName ?? '');
  };

  const restored = (backup: BackupInfo, next: BackupOverview) => {
    setOverview(next);
    const date = dateTime(backup.createdAt);
    setDialog({ kind: 'replaced', title: t('backups.restore.doneTitle'), message: t('backups.restore.done', { date }) });
  };

  const backups = overview ? [...overview.backups].sort(newestFirst) : [];

  return (
    <Stack gap="xl">
      <div className="narrow">
        <ViewHeading>{t('backups.title')}</ViewHeading>
        <Text mt="sm">{t('backups.intro')}</Text>
        <Text mt="xs">{t('backups.introOwn')}</Text>
      </div>

      {loadError && <ErrorAlert error={loadError} title={t('load.errorTitle')} />}

      {overview?.undoRestore && (
        <section aria-labelledby="undo-heading" className="panel stack undo-restore">
          <Title order={2} id="undo-heading">
            {t('backups.undo.title')}
          </Title>
          <Text>{t('backups.undo.intro', { date: dateTime(overview.undoRestore.createdAt) })}</Text>
          {undo.error && <ErrorAlert error={undo.error} />}
          <div>
            <Button onClick={() => void undoRestore()}>{t('backups.undo.submit')}</Button>
          </div>
        </section>
      )}

      {overview && (
        <>
          <section aria-labelledby="backup-now-heading" className="panel stack">
            <Title order={2} id="backup-now-heading">
              {t('backups.now.title')}
            </Title>
            <Text>{t('backups.now.intro')}</Text>
            <div>
              <Button onClick={() => void backUpNow()}>{t('backups.now.submit')}</Button>
            </div>
            {create.error && <ErrorAlert error={create.error} />}
          </section>

          <section aria-labelledby="backup-list-heading" className="panel stack">
            <Title order={2} id="backup-list-heading" ref={listHeading} tabIndex={-1} className="view-heading">
              {t('backups.list.title')}
            </Title>
            <div ref={listArea} className="table-scroll">
              {backups.length === 0 ? (
                <Text>{t('backups.list.empty')}</Text>
              ) : (
                <BackupTable
                  backups={backups}
                  caption={t('backups.list.caption', { folder: overview.folder })}
                  onRestore={(backup) => {
                    create.clearError();
                    announce('');
                    setDialog({ kind: 'restore', backup });
                  }}
                />
              )}
            </div>
          </section>

          <SaveCopySection copy="backup" className="panel" />

          <section aria-labelledby="backup-folder-heading" className="panel">
            <Title order={2} id="backup-folder-heading" ref={folderHeading} tabIndex={-1} className="view-heading">
              {t('backups.folder.title')}
            </Title>
            <Text>{t('backups.folder.current')}</Text>
            <Code block className="folder-path" mb="xs">
              {overview.folder}
            </Code>
            <Text mb="md">{t(overview.isDefaultFolder ? 'backups.folder.isDefault' : 'backups.folder.isChosen')}</Text>
            <FolderForm
              purpose="backupFolder"
              labelledBy="backup-folder-heading"
              pickLabel={t('backups.folder.pick')}
              submitLabel={t('backups.folder.submit')}
              fieldLabel={t('backups.folder.field')}
              error={folder.error ?? reset.error}
              onFolder={changeFolder}
              actions={
                !overview.isDefaultFolder && (
                  <Button variant="default" onClick={() => void resetFolder()}>
                    {t('backups.folder.reset')}
                  </Button>
                )
              }
            />
          </section>
        </>
      )}

      {overview === null && !loadError && <Text>{t('app.loading')}</Text>}

      {dialog?.kind === 'restore' && (
        <RestoreDialog backup={dialog.backup} onClose={() => void closeRestore()} onRestored={(next) => restored(dialog.backup, next)} />
      )}
      {dialog?.kind === 'replaced' && <DataReplacedDialog title={dialog.title} message={dialog.message} />}
    </Stack>
  );
}
