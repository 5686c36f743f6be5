import './about.css';
import { Code, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { ErrorAlert } from '../forms/ErrorAlert';

/** Read from the backend each time the dialog opens: the backup folder may just have been changed. */
function AboutFacts() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  if (info.error) return <ErrorAlert error={info.error} />;
  if (!info.data) return <Text>{t('app.loading')}</Text>;
  return (
    <dl className="about-facts">
      <dt>{t('about.version')}</dt>
      <dd>{info.data.version}</dd>
      <dt>{t('about.dataFile')}</dt>
      <dd>
        <Code className="about-path">{info.data.dataFile}</Code>
      </dd>
      <dt>{t('about.backupFolder')}</dt>
      <dd>
        <Code className="about-path">{info.data.backupFolder}</Code>
      </dd>
    </dl>
  );
}

/** "Om Handledning": the version, the database file and the backup folder. Read-only. */
export function AboutDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} id="about-dialog" title={t('about.title')} closeButtonProps={{ 'aria-label': t('action.close') }}>
      <Text mb="md">{t('about.intro')}</Text>
      <AboutFacts />
    </Modal>
  );
}
