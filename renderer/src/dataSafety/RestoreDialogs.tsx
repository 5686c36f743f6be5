import { Button, List, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupOverview } from '../../../shared/domain/types';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { useApiForm } from '../forms/useApiForm';
import { contentsText, dateTime, kindLabel } from './backupText';

interface RestoreProps {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (overview: BackupOverview) => void;
}

// Focus goes into the dialog (Mantine's focus trap, the button marked data-autofocus); the
// dialog's text is its description, so a screen reader reads what the backup holds first.

/** Shows what the backup holds and that the restore can be undone, then restores it. */
export function RestoreDialog({ backup, onClose, onRestored }: RestoreProps) {
  const { t } = useTranslation();
  const form = useApiForm('backups.restore');
  const date = dateTime(backup.createdAt);

  const restore = async () => {
    const overview = await form.submit({ fileName: backup.fileName });
    if (overview) onRestored(overview);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      id="restore-dialog"
      title={t('backups.restore.title', { date })}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <Text>{t('backups.restore.holds')}</Text>
      <List mb="md" className="backup-holds">
        <List.Item>{contentsText(t, backup.contents)}</List.Item>
        <List.Item>{t('backups.restore.kind', { kind: kindLabel(t, backup.kind) })}</List.Item>
      </List>
      <Text mb="sm">{t('backups.restore.explain', { date })}</Text>
      <Text mb="md" fw={600}>
        {t('backups.restore.safe')}
      </Text>
      <ApiFormFrame
        error={form.error}
        fields={[]}
        onSubmit={() => void restore()}
        labelledBy="restore-dialog-title"
        actions={
          <>
            <Button type="submit" data-autofocus>
              {t('backups.restore.submit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
          </>
        }
      >
        {null}
      </ApiFormFrame>
    </Modal>
  );
}

interface ReplacedProps {
  title: string;
  message: string;
}

/**
 * After a restore or its undo every view holds old data: once the user has read what happened,
 * the app starts over on the new data (the tab keeps its token, the address keeps this view).
 */
export function DataReplacedDialog({ title, message }: ReplacedProps) {
  const { t } = useTranslation();
  const startOver = () => window.location.reload();
  return (
    <Modal opened onClose={startOver} id="data-replaced-dialog" title={title} closeButtonProps={{ 'aria-label': t('action.close') }}>
      <Text mb="md">{message}</Text>
      <Button onClick={startOver} data-autofocus>
        {t('backups.restore.continue')}
      </Button>
    </Modal>
  );
}
