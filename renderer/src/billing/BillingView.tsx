import './billing.css';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { addMonths } from '../../../shared/domain/billing';
import { monthName } from '../../../shared/format/dates';
import type { BillingForm, BillingMonthStatus, BillingSummaryRow, IsoDate, Unit, YearMonth } from '../../../shared/domain/types';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useAnnounce } from '../app/announcer';
import { hrefOf } from '../app/route';
import { ViewHeading } from '../app/ViewHeading';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PrintArea } from '../print/PrintArea';
import { MarkSentDialog, ReopenDialog } from './BillingDialogs';
import { BillingFormDocument } from './BillingFormDocument';
import { BillingSummaryTable } from './BillingSummaryTable';
import { MonthStatusLine } from './MonthStatusLine';
import { downloadFile } from './download';
import { usePrintActions } from '../print/usePrintActions';
import { openingMonth } from './openingMonth';
import { missingDetails } from './missingDetails';

interface Props {
  unit: Unit;
  today: IsoDate;
  /** The month the address holds; null opens on the month that needs the manager (see openingMonth). */
  month: YearMonth | null;
  /** Another month, for the address. */
  onMonthChange: (month: YearMonth) => void;
}

interface MonthData {
  status: BillingMonthStatus;
  form: BillingForm;
  summary: BillingSummaryRow[];
}

type Dialog = 'markSent' | 'reopen' | null;
type ExportMethod = 'billing.exportXlsx' | 'billing.exportCsv' | 'billing.exportSummaryXlsx' | 'billing.exportSummaryCsv';

/** Header fields from the billing settings: until filled in, the form prints "Ej angivet". */
/**
 * The monthly billing form (debiteringsunderlag) of the selected unit: the month and its
 * state, the form exactly as it prints, sending and correcting it, its versions, the exports,
 * and the month across all units.
 */
export function BillingView({ unit, today, month: chosenMonth, onMonthChange }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // Without a month in the address: last month while its form waits to be sent, else this month.
  const reminders = useApiQuery('billing.reminders', chosenMonth === null ? {} : null);
  const month = chosenMonth ?? (reminders.loading ? null : openingMonth(today, unit.id, reminders.data));
  const appVersion = useApiQuery('app.info', {}).data?.version ?? '';
  // Another month's form never shows while this one's is on its way.
  const ofUnitMonth = month === null ? null : { unitId: unit.id, month };
  const statusQuery = useApiQuery('billing.status', ofUnitMonth);
  const formQuery = useApiQuery('billing.form', ofUnitMonth);
  const summaryQuery = useApiQuery('billing.summary', month === null ? null : { month });
  const data = useMemo<MonthData | null>(
    () =>
      statusQuery.data && formQuery.data && summaryQuery.data ? { status: statusQuery.data, form: formQuery.data, summary: summaryQuery.data } : null,
    [statusQuery.data, formQuery.data, summaryQuery.data],
  );
  /** A sent version the user asked to see again; null shows the month as it stands. */
  const [shownVersion, setShownVersion] = useState<BillingForm | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [summaryError, setSummaryError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** The button to focus once the view has redrawn (data-action). */
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const actionArea = useRef<HTMLElement>(null);
  const printing = usePrintActions((path) => announce(t('billing.pdf.saved', { path })));

  // The reminders' error stays until the month itself has been read.
  const loadError = statusQuery.error ?? formQuery.error ?? summaryQuery.error ?? (data ? null : reminders.error);
  const load = async () => {
    await Promise.all([statusQuery.reload(), formQuery.reload(), summaryQuery.reload()]);
  };

  useEffect(() => {
    if (!focusTarget || !data) return;
    actionArea.current?.querySelector<HTMLElement>(`[data-action="${focusTarget}"]`)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is cleared once the DOM has the focus, so the same target can be asked for again
    setFocusTarget(null);
  }, [focusTarget, data]);

  // Another month (the buttons, or Back and Forward) starts clean: no old version, error or confirmation.
  const [seenMonth, setSeenMonth] = useState(month);
  if (seenMonth !== month) {
    setSeenMonth(month);
    setActionError(null);
    setSummaryError(null);
    setShownVersion(null);
  }
  const goToMonth = (next: YearMonth) => {
    announce('');
    onMonthChange(next);
  };

  // The button pressed gives way to "Visas nu", so the focus moves to the way back, and back again.
  const showVersion = async (version: number) => {
    if (month === null) return;
    announce('');
    setActionError(null);
    const result = await api.call('billing.version', { unitId: unit.id, month, version });
    if (!result.ok) return setActionError(result.error);
    setShownVersion(result.value);
    setFocusTarget('showCurrent');
  };
  const showCurrent = () => {
    if (shownVersion) setFocusTarget(`version-${shownVersion.version}`);
    setShownVersion(null);
  };

  const exportFile = async (method: ExportMethod) => {
    if (month === null) return;
    announce('');
    const ofSummary = method === 'billing.exportSummaryXlsx' || method === 'billing.exportSummaryCsv';
    const setError = ofSummary ? setSummaryError : setActionError;
    setError(null);
    const result = ofSummary ? await api.call(method, { month }) : await api.call(method, { unitId: unit.id, month });
    if (!result.ok) return setError(result.error);
    downloadFile(result.value);
    announce(t('billing.exported', { fileName: result.value.fileName }));
  };

  const closeDialog = (focusNext: string) => {
    setDialog(null);
    setFocusTarget(focusNext);
  };
  /** After sending or reopening: the month is read again, so the form shows its new version. */
  const monthChanged = async (message: string, focusNext: string) => {
    setDialog(null);
    setShownVersion(null);
    await load();
    announce(message);
    setFocusTarget(focusNext);
  };

  const form = shownVersion ?? data?.form ?? null;
  const label = month === null ? '' : monthName(month);
  // A month before the routine started has nothing to send: billing.markSent refuses it, so
  // the button says so before it is clicked.
  const notStartedOn = data?.status.routineStartsAfter ?? null;
  const pdfName = form ? t('billing.pdf.fileName', { unit: form.header.unitName, month: form.month, version: form.version }) : '';
  const missing = data && data.form.status === 'draft' ? missingDetails(data.form).map((key) => t(key)) : [];

  return (
    <Stack gap="xl">
      <div>
        <ViewHeading>{t('billing.title')}</ViewHeading>
        <Text size="lg">{t('billing.unitLine', { unit: unit.name, provider: unit.providerName })}</Text>
      </div>

      <section aria-labelledby="billing-month-heading" className="period">
        <h2 id="billing-month-heading" className="visually-hidden">
          {t('billing.month.heading')}
        </h2>
        <div className="period-range" aria-live="polite">
          <strong>{label}</strong>
          {data && <MonthStatusLine status={data.status} />}
        </div>
        {month !== null && (
          <Group gap="xs">
            <Button variant="default" onClick={() => goToMonth(addMonths(month, -1))}>
              {t('billing.month.prev')}
            </Button>
            <Button variant="default" onClick={() => goToMonth(addMonths(month, 1))}>
              {t('billing.month.next')}
            </Button>
          </Group>
        )}
      </section>

      {!data && !loadError && <Text aria-busy="true">{t('app.loading')}</Text>}

      {loadError && (
        <Stack gap="sm">
          <ErrorAlert error={loadError} title={t('load.errorTitle')} />
          <Group>
            <Button onClick={() => void load()}>{t('action.retry')}</Button>
          </Group>
        </Stack>
      )}

      {missing.length > 0 && (
        <p className="billing-warning" role="note">
          {t('billing.missing', { fields: missing.join(', ') })} <Anchor href={hrefOf('settings', unit.id)}>{t('billing.missing.link')}</Anchor>
        </p>
      )}

      {data && form && (
        <>
          <section aria-labelledby="billing-actions-heading" className="panel" ref={actionArea}>
            <Title order={2} id="billing-actions-heading" className="visually-hidden">
              {t('billing.actions.title')}
            </Title>
            <Stack gap="sm">
              <Group gap="sm">
                <Button variant="default" data-action="print" onClick={() => void printing.print()}>
                  {t('billing.print')}
                </Button>
                {printing.canSavePdf && (
                  <Button variant="default" data-action="savePdf" onClick={() => void printing.savePdf(pdfName)}>
                    {t('billing.savePdf')}
                  </Button>
                )}
                {data.status.state === 'sent' ? (
                  <Button variant="default" data-action="reopen" onClick={() => setDialog('reopen')}>
                    {t('billing.reopen')}
                  </Button>
                ) : (
                  <Button
                    data-action="markSent"
                    disabled={notStartedOn !== null}
                    aria-describedby={notStartedOn ? 'billing-not-started' : undefined}
                    onClick={() => setDialog('markSent')}
                  >
                    {t('billing.markSent')}
                  </Button>
                )}
                <Button variant="default" data-action="exportXlsx" onClick={() => void exportFile('billing.exportXlsx')}>
                  {t('billing.exportXlsx')}
                </Button>
                <Button variant="default" data-action="exportCsv" onClick={() => void exportFile('billing.exportCsv')}>
                  {t('billing.exportCsv')}
                </Button>
              </Group>
              {notStartedOn && (
                <Text size="sm" id="billing-not-started">
                  {t('billing.markSent.notStarted', { date: notStartedOn, month: label })}
                </Text>
              )}
              {!printing.canSavePdf && <Text size="sm">{t('billing.print.browserHint')}</Text>}
              {actionError && <ErrorAlert error={actionError} />}
              {printing.error && <ErrorAlert error={printing.error} />}
            </Stack>

            <Title order={3} mt="lg" mb="xs">
              {t('billing.versions.title')}
            </Title>
            {data.status.versions.length === 0 ? (
              <Text>{t('billing.versions.none')}</Text>
            ) : (
              <ul className="plain-list billing-version-list">
                {data.status.versions.map((info) => {
                  const shown = shownVersion?.version === info.version;
                  const params = {
                    version: info.version,
                    date: info.sentAt.slice(0, 10),
                    reason: info.correctionReason ?? '',
                  };
                  return (
                    <li key={info.version}>
                      <span>{t(info.correctionReason ? 'billing.versions.itemCorrection' : 'billing.versions.item', params)}</span>
                      {shown ? (
                        <span className="billing-shown-tag">{t('billing.versions.shownNow')}</span>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="default"
                          data-action={`version-${info.version}`}
                          aria-label={t('billing.versions.showLabel', { version: info.version })}
                          onClick={() => void showVersion(info.version)}
                        >
                          {t('billing.versions.show')}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {shownVersion && (
              <Group gap="sm" mt="sm">
                <Text fw={600}>
                  {t('billing.versions.showing', {
                    version: shownVersion.version,
                    date: shownVersion.sentAt?.slice(0, 10) ?? shownVersion.producedOn,
                  })}
                </Text>
                <Button size="compact-sm" data-action="showCurrent" onClick={showCurrent}>
                  {t('billing.versions.showCurrent')}
                </Button>
              </Group>
            )}
          </section>

          <div
            className="billing-sheet-scroll"
            role="region"
            aria-label={t('billing.sheet.label')}
            // The A4 sheet is wider than a narrow window: the region scrolls, so it takes the focus.
            tabIndex={0}
          >
            <div className="billing-sheet">
              <BillingFormDocument form={form} appVersion={appVersion} titleLevel={2} />
            </div>
          </div>

          <section aria-labelledby="billing-summary-heading" className="panel">
            <Title order={2} id="billing-summary-heading" mb="sm">
              {t('billing.summary.title')}
            </Title>
            <div className="table-scroll">
              <BillingSummaryTable rows={data.summary} caption={t('billing.summary.caption', { month: label })} />
            </div>
            {summaryError && <ErrorAlert error={summaryError} />}
            <Group gap="sm" mt="md">
              <Button variant="default" onClick={() => void exportFile('billing.exportSummaryXlsx')}>
                {t('billing.summary.exportXlsx')}
              </Button>
              <Button variant="default" onClick={() => void exportFile('billing.exportSummaryCsv')}>
                {t('billing.summary.exportCsv')}
              </Button>
            </Group>
          </section>

          <PrintArea printed={{ what: 'billingForm', unitId: unit.id, period: form.month }}>
            <BillingFormDocument form={form} appVersion={appVersion} titleLevel={1} />
          </PrintArea>

          {dialog === 'markSent' && (
            <MarkSentDialog
              unit={unit}
              form={data.form}
              onClose={() => closeDialog('markSent')}
              onDone={() => void monthChanged(t('billing.markSent.done', { month: label }), 'reopen')}
            />
          )}
          {dialog === 'reopen' && (
            <ReopenDialog
              unit={unit}
              form={data.form}
              onClose={() => closeDialog('reopen')}
              onDone={() => void monthChanged(t('billing.reopen.done', { month: label }), 'markSent')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
