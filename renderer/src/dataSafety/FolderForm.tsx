import { Button, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostBridge } from '../../../shared/api/host';
import type { ApiError } from '../../../shared/api/result';
import { LIMITS } from '../../../shared/domain/limits';
import { ApiFormFrame } from '../forms/ApiFormFrame';

type Purpose = Parameters<HostBridge['pickFolder']>[0];

interface Props {
  purpose: Purpose;
  labelledBy: string;
  /** The desktop button that opens the system folder picker ("Spara en kopia som…"). */
  pickLabel: string;
  /** Browser mode: the button that sends the typed folder. */
  submitLabel: string;
  /** Browser mode: the text field's label. */
  fieldLabel: string;
  /** The API's answer to the last folder sent. */
  error: ApiError | null;
  /** True once the folder has been used: the typed path is cleared. */
  onFolder: (folder: string) => Promise<boolean>;
  /** More buttons beside the submit button. */
  actions?: ReactNode;
}

/**
 * Asks for a folder: the desktop has the system folder picker; browser mode has none, so the
 * path is typed (the server runs on this same computer, so a local path means the same there).
 */
export function FolderForm({ purpose, labelledBy, pickLabel, submitLabel, fieldLabel, error, onFolder, actions }: Props) {
  const { t } = useTranslation();
  const host = window.handledningHost;
  const [folder, setFolder] = useState('');
  const [pickError, setPickError] = useState<ApiError | null>(null);

  const pick = async () => {
    if (!host) return;
    setPickError(null);
    const picked = await host.pickFolder(purpose);
    if (!picked.ok) return setPickError(picked.error);
    if (picked.value.path !== null) await onFolder(picked.value.path);
  };

  if (host) {
    return (
      <ApiFormFrame
        error={pickError ?? error}
        fields={[]}
        onSubmit={() => void pick()}
        labelledBy={labelledBy}
        actions={
          <>
            <Button type="submit">{pickLabel}</Button>
            {actions}
          </>
        }
      >
        {null}
      </ApiFormFrame>
    );
  }

  return (
    <ApiFormFrame
      error={error}
      fields={['folder']}
      onSubmit={() => void onFolder(folder.trim()).then((done) => done && setFolder(''))}
      labelledBy={labelledBy}
      actions={
        <>
          <Button type="submit">{submitLabel}</Button>
          {actions}
        </>
      }
    >
      <TextInput
        label={fieldLabel}
        description={t('folder.hint')}
        value={folder}
        onChange={(event) => setFolder(event.currentTarget.value)}
        error={error?.fields?.['folder']}
        maxLength={LIMITS.pathMax}
        autoComplete="off"
        spellCheck={false}
      />
    </ApiFormFrame>
  );
}
