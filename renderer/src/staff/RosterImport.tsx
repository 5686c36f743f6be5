import { Button, FileButton, Group, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/api/contract';
import { validationError } from '../../../shared/api/errors';
import type { ApiError } from '../../../shared/api/result';
import { LIMITS } from '../../../shared/domain/limits';
import type { IsoDate, RosterImportRow, StaffMember, Unit } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { DateField } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';
import { ImportPreviewTable, previewSummary } from './ImportPreviewTable';
import { readRosterFile } from './readRosterFile';

interface Props {
  unit: Unit;
  /** The unit's routine start: where a new member's Aktiv från begins. */
  defaultActiveFrom: IsoDate;
  labelledBy: string;
  onImported: (added: StaffMember[]) => void;
}

type FileNote = { file: string; failed: boolean } | null;

/**
 * A list pasted from Excel or opened from a CSV file: first a preview of what each line
 * would do (nothing is saved), then the import of the good lines only.
 */
export function RosterImport({ unit, defaultActiveFrom, labelledBy, onImported }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const importForm = useApiForm('staff.import');
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<FileNote>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<RosterImportRow[] | null>(null);
  const [activeFrom, setActiveFrom] = useState(defaultActiveFrom);
  const [focusPreview, setFocusPreview] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resetFile = useRef<() => void>(null);

  useEffect(() => {
    if (!focusPreview) return;
    previewHeading.current?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusPreview(false);
  }, [focusPreview]);

  /** The preview belongs to the text it was made from: a changed text needs a new one. */
  const changeText = (next: string) => {
    setText(next);
    setPreview(null);
    importForm.clearError();
  };

  const runPreview = async (listText: string) => {
    announce('');
    setPreview(null);
    importForm.clearError();
    if (listText.trim() === '') {
      const message = t('validation.importText');
      return setPreviewError({ code: 'VALIDATION', message, fields: { text: message } });
    }
    const input = { unitId: unit.id, text: listText };
    const parsed = contract['staff.importPreview'].input.safeParse(input);
    if (!parsed.success) return setPreviewError(validationError(parsed.error));
    const result = await api.call('staff.importPreview', input);
    if (!result.ok) return setPreviewError(result.error);
    setPreviewError(null);
    setPreview(result.value);
    setFocusPreview(true);
  };

  const openFile = async (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    let content: string;
    try {
      content = await readRosterFile(file);
    } catch {
      setFileNote({ file: file.name, failed: true });
      return;
    }
    setFileNote({ file: file.name, failed: false });
    changeText(content);
    await runPreview(content);
  };

  const runImport = async () => {
    const result = await importForm.submit({ unitId: unit.id, text, activeFrom: activeFrom.trim() });
    if (!result) return;
    setText('');
    setPreview(null);
    setFileNote(null);
    announce(t('staff.import.done', { count: result.added.length, unit: unit.name }));
    onImported(result.added);
  };

  const importable = preview?.filter((row) => row.outcome === 'add' || row.outcome === 'link').length ?? 0;

  return (
    <>
      <ApiFormFrame
        error={previewError}
        fields={['text']}
        onSubmit={() => void runPreview(text)}
        labelledBy={labelledBy}
        actions={<Button type="submit">{t('staff.import.preview')}</Button>}
      >
        <Textarea
          label={t('staff.import.text')}
          description={t('staff.import.textHint')}
          value={text}
          onChange={(e) => changeText(e.currentTarget.value)}
          error={previewError?.fields?.text}
          maxLength={LIMITS.importTextMax}
          autosize
          minRows={5}
          maxRows={14}
          spellCheck={false}
          className="import-text"
        />
        <Group gap="sm">
          <FileButton onChange={(file) => void openFile(file)} accept=".csv,.txt" resetRef={resetFile}>
            {(props) => (
              <Button variant="default" {...props}>
                {t('staff.import.openFile')}
              </Button>
            )}
          </FileButton>
          {fileNote && (
            <Text c={fileNote.failed ? 'red.9' : undefined} fw={fileNote.failed ? 700 : undefined}>
              {t(fileNote.failed ? 'staff.import.fileFailed' : 'staff.import.fileRead', { file: fileNote.file })}
            </Text>
          )}
        </Group>
      </ApiFormFrame>

      {preview && (
        <section aria-labelledby="import-preview-heading" className="import-preview stack">
          <Title order={3} id="import-preview-heading" ref={previewHeading} tabIndex={-1} className="view-heading">
            {t('staff.import.previewTitle')}
          </Title>
          <Text fw={700}>{previewSummary(t, preview)}</Text>
          {preview.length > 0 && (
            <div className="table-scroll">
              <ImportPreviewTable rows={preview} />
            </div>
          )}
          {importable > 0 ? (
            <ApiFormFrame
              error={importForm.error}
              fields={['activeFrom']}
              onSubmit={() => void runImport()}
              labelledBy="import-preview-heading"
              actions={<Button type="submit">{t('staff.import.submit')}</Button>}
            >
              <DateField
                label={t('staff.field.activeFrom')}
                description={t('staff.import.activeFromHint')}
                value={activeFrom}
                onChange={(e) => setActiveFrom(e.currentTarget.value)}
                error={importForm.fieldError('activeFrom')}
              />
            </ApiFormFrame>
          ) : (
            <Text>{t('staff.import.nothingToImport')}</Text>
          )}
        </section>
      )}
    </>
  );
}
