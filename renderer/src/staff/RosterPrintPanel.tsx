import { Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IsoDate, StaffMember, Unit } from '../../../shared/domain/types';
import { useAnnounce } from '../app/announcer';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PrintArea } from '../print/PrintArea';
import { usePrintActions } from '../print/usePrintActions';
import { RosterPrint } from './RosterPrint';

type Scope = 'onRoster' | 'withLeavers';

interface Props {
  unit: Unit;
  today: IsoDate;
  /** Who is printed: those on the list today, or everyone who has been in the unit. */
  withLeavers: boolean;
  onScopeChange: (withLeavers: boolean) => void;
  /** The people to print, in Swedish name order; null while on their way. */
  members: StaffMember[] | null;
}

/** "Skriv ut personallistan": who goes on it, the print and PDF buttons, and the list as it prints. */
export function RosterPrintPanel({ unit, today, withLeavers, onScopeChange, members }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const printing = usePrintActions((path) => announce(t('overview.pdf.saved', { path })));
  return (
    <section aria-labelledby="roster-print-heading" className="panel stack staff-panel">
      <Title order={2} id="roster-print-heading">
        {t('roster.print.title')}
      </Title>
      <Text>{t('roster.print.intro')}</Text>
      <Radio.Group
        label={t('roster.print.who')}
        value={withLeavers ? 'withLeavers' : 'onRoster'}
        onChange={(scope) => onScopeChange(scope === 'withLeavers')}
      >
        <Stack gap="xs" mt="xs">
          {(['onRoster', 'withLeavers'] as const satisfies Scope[]).map((scope) => (
            <Radio key={scope} value={scope} label={t(`roster.print.${scope}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Group gap="sm">
        <Button variant="default" disabled={members === null} onClick={() => void printing.print()}>
          {t('roster.print.action')}
        </Button>
        {printing.canSavePdf && (
          <Button
            variant="default"
            disabled={members === null}
            onClick={() => void printing.savePdf(t('roster.pdf.fileName', { unit: unit.name, date: today }))}
          >
            {t('roster.print.savePdf')}
          </Button>
        )}
      </Group>
      {!printing.canSavePdf && <Text size="sm">{t('overview.print.browserHint')}</Text>}
      {printing.error && <ErrorAlert error={printing.error} />}
      {members && (
        <PrintArea printed={{ what: 'roster', unitId: unit.id, period: today }}>
          <RosterPrint unit={unit} today={today} withLeavers={withLeavers} members={members} />
        </PrintArea>
      )}
    </section>
  );
}
