import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../app/announcer';
import { useApiForm } from '../forms/useApiForm';
import { FolderForm } from './FolderForm';

/** The copies saved to a folder the manager chooses: of all the data, or of a damaged file for IT. */
const COPIES = {
  backup: { method: 'backups.saveCopy', purpose: 'backupCopy', texts: 'backups', headingId: 'backup-copy-heading' },
  damaged: { method: 'recovery.saveDamagedCopy', purpose: 'damagedCopy', texts: 'recovery', headingId: 'recovery-copy-heading' },
} as const;

/** "Spara en kopia …": the same steps for both copies; only the API method and the words differ. */
export function SaveCopySection({ copy, className }: { copy: keyof typeof COPIES; className: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { method, purpose, texts, headingId } = COPIES[copy];
  const form = useApiForm(method);

  const saveCopy = async (folder: string) => {
    const saved = await form.submit({ folder });
    if (saved) announce(t(`${texts}.copy.done`, { path: saved.path }));
    return saved !== null;
  };

  return (
    <section aria-labelledby={headingId} className={className}>
      <Title order={2} id={headingId}>
        {t(`${texts}.copy.title`)}
      </Title>
      <Text mb="md">{t(`${texts}.copy.intro`)}</Text>
      <FolderForm
        purpose={purpose}
        labelledBy={headingId}
        pickLabel={t(`${texts}.copy.pick`)}
        submitLabel={t(`${texts}.copy.submit`)}
        fieldLabel={t('folder.field')}
        error={form.error}
        onFolder={saveCopy}
      />
    </section>
  );
}
