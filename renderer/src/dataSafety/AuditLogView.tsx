import './dataSafety.css';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { AuditLine } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useAnnounce } from '../app/announcer';
import { ViewHeading } from '../app/ViewHeading';
import { downloadFile } from '../billing/download';
import { ErrorAlert } from '../forms/ErrorAlert';
import { AuditTable } from './AuditTable';

/** Entries fetched per page; "Visa äldre" fetches the next page. */
const PAGE = 50;

interface Log {
  entries: AuditLine[];
  /** The last page came back full, so older entries may remain. */
  hasOlder: boolean;
}

/** Logg: the append-only audit log, newest first, paged back; exportable as CSV. */
export function AuditLogView() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [log, setLog] = useState<Log | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  /** The first entry of a page just added: the focus goes to its row. */
  const [focusEntry, setFocusEntry] = useState<number | null>(null);
  const tableArea = useRef<HTMLDivElement>(null);

  const fetchPage = useCallback(async (beforeId: number | null): Promise<AuditLine[] | null> => {
    const result = await api.call('audit.list', { limit: PAGE, beforeId });
    if (!result.ok) {
      setLoadError(result.error);
      return null;
    }
    setLoadError(null);
    return result.value;
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- every setState in the loader runs after an await, not in the effect body (a known false positive: react/react#34905)
    void fetchPage(null).then((page) => page && setLog({ entries: page, hasOlder: page.length === PAGE }));
  }, [fetchPage]);

  useEffect(() => {
    if (focusEntry === null) return;
    tableArea.current?.querySelector<HTMLElement>(`tr[data-entry="${focusEntry}"] [data-row-focus]`)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusEntry(null);
  }, [focusEntry]);

  const showOlder = async () => {
    if (!log) return;
    announce('');
    const oldest = log.entries[log.entries.length - 1];
    const page = await fetchPage(oldest?.id ?? null);
    if (!page) return;
    const entries = [...log.entries, ...page];
    setLog({ entries, hasOlder: page.length === PAGE });
    announce(t('auditLog.shown', { count: entries.length }));
    // With nothing older the button goes away: the focus stays in the table, on its last row.
    setFocusEntry(page[0]?.id ?? oldest?.id ?? null);
  };

  const exportLog = async () => {
    announce('');
    setExportError(null);
    const result = await api.call('audit.export', {});
    if (!result.ok) return setExportError(result.error);
    downloadFile(result.value);
    announce(t('auditLog.exported', { fileName: result.value.fileName }));
  };

  return (
    <Stack gap="md">
      <div className="narrow">
        <ViewHeading>{t('auditLog.title')}</ViewHeading>
        <Text mt="sm">{t('auditLog.intro')}</Text>
      </div>

      <Group gap="sm">
        <Button variant="default" onClick={() => void exportLog()}>
          {t('auditLog.export')}
        </Button>
      </Group>
      {exportError && <ErrorAlert error={exportError} />}
      {loadError && <ErrorAlert error={loadError} title={t('load.errorTitle')} />}

      <div ref={tableArea} className="table-scroll">
        {log === null && !loadError && <Text>{t('app.loading')}</Text>}
        {log && log.entries.length === 0 && <Text>{t('auditLog.empty')}</Text>}
        {log && log.entries.length > 0 && <AuditTable entries={log.entries} caption={t('auditLog.caption')} />}
      </div>

      {log && log.entries.length > 0 && (
        <Group gap="sm">
          {log.hasOlder ? (
            <Button variant="default" onClick={() => void showOlder()}>
              {t('auditLog.more')}
            </Button>
          ) : (
            <Text>{t('auditLog.allShown')}</Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
