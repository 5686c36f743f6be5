import './billing.css';
import { Button, Checkbox, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/limits';
import type { ApiError } from '../../../shared/api/result';
import {
  RATE_KINDS,
  STAFF_ROLES,
  type AppSettings,
  type BillingSettings,
  type RateKind,
  type StaffRole,
  type Unit,
} from '../../../shared/domain/types';
import { kronorText, parseKronor } from '../../../shared/format/numbers';
import { api } from '../api/client';
import { ApiFormFrame } from '../forms/ApiFormFrame';
import { ErrorAlert } from '../forms/ErrorAlert';
import { NumberField, wholeNumber } from '../forms/fields';
import { useApiForm } from '../forms/useApiForm';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';
import { roleOptions } from '../staff/labels';

/**
 * The "Debitering" section of Inställningar: what the unit's form says in its header, which
 * roles it bills and at what rate, and the installation-wide day the form is due.
 */
export function BillingSettingsForm({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<{ billing: BillingSettings; app: AppSettings } | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    const [billing, app] = await Promise.all([api.call('billing.settings.get', { unitId: unit.id }), api.call('settings.get', {})]);
    if (!billing.ok) return setLoadError(billing.error);
    if (!app.ok) return setLoadError(app.error);
    setLoadError(null);
    setSettings({ billing: billing.value, app: app.value });
  }, [unit.id]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- every setState in the loader runs after an await, not in the effect body (a known false positive: react/react#34905)
    void load();
  }, [load]);

  return (
    <section aria-labelledby="billing-settings-heading" className="panel">
      <Title order={2} id="billing-settings-heading">
        {t('billing.settings.title')}
      </Title>
      {loadError && <ErrorAlert error={loadError} title={t('load.errorTitle')} />}
      {settings && (
        <>
          <Title order={3} id="billing-unit-heading" mt="md" mb="sm">
            {t('billing.settings.unitHeading', { unit: unit.name })}
          </Title>
          <UnitBillingForm settings={settings.billing} labelledBy="billing-unit-heading" />
          <Title order={3} id="billing-deadline-heading" mt="xl" mb="sm">
            {t('billing.settings.deadlineHeading')}
          </Title>
          <DeadlineDayForm settings={settings.app} labelledBy="billing-deadline-heading" />
        </>
      )}
    </section>
  );
}

const UNIT_FIELDS = ['municipality', 'providerOrgNumber', 'costCentre', 'managerPhone', 'billableRoles', 'rate', 'rate.kind', 'rate.amountOre'];
type RateChoice = RateKind | 'none';

/** The API names a refused role "billableRoles" or "billableRoles.2": both belong under the boxes. */
const rolesMessage = (fields: Record<string, string> | undefined) =>
  Object.entries(fields ?? {}).find(([field]) => field === 'billableRoles' || field.startsWith('billableRoles.'))?.[1];

function UnitBillingForm({ settings, labelledBy }: { settings: BillingSettings; labelledBy: string }) {
  const { t } = useTranslation();
  const form = useApiForm('billing.settings.save');
  const warning = usePersonnummerWarning();
  const [municipality, setMunicipality] = useState(settings.municipality);
  const [orgNumber, setOrgNumber] = useState(settings.providerOrgNumber);
  const [costCentre, setCostCentre] = useState(settings.costCentre);
  const [phone, setPhone] = useState(settings.managerPhone);
  const [roles, setRoles] = useState<StaffRole[]>(settings.billableRoles);
  const [rateKind, setRateKind] = useState<RateChoice>(settings.rate?.kind ?? 'none');
  const [amount, setAmount] = useState(settings.rate ? kronorText(settings.rate.amountOre) : '');

  const save = () =>
    form.submit({
      unitId: settings.unitId,
      municipality: municipality.trim(),
      providerOrgNumber: orgNumber.trim(),
      costCentre: costCentre.trim(),
      managerPhone: phone.trim(),
      billableRoles: STAFF_ROLES.filter((role) => roles.includes(role)),
      rate: rateKind === 'none' ? null : { kind: rateKind, amountOre: parseKronor(amount) },
    });

  return (
    <ApiFormFrame
      error={form.error}
      fields={[...UNIT_FIELDS, ...Object.keys(form.error?.fields ?? {}).filter((f) => f.startsWith('billableRoles.'))]}
      onSubmit={() => void save()}
      labelledBy={labelledBy}
      actions={<Button type="submit">{t('billing.settings.submit')}</Button>}
    >
      <TextInput
        label={t('billing.settings.municipality')}
        {...warning(municipality, { refused: true })}
        value={municipality}
        onChange={(e) => setMunicipality(e.currentTarget.value)}
        error={form.fieldError('municipality')}
        maxLength={LIMITS.nameMax}
      />
      <TextInput
        label={t('billing.settings.orgNumber')}
        description={t('billing.settings.orgNumberHint')}
        value={orgNumber}
        onChange={(e) => setOrgNumber(e.currentTarget.value)}
        error={form.fieldError('providerOrgNumber')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        label={t('billing.settings.costCentre')}
        {...warning(costCentre, { hint: t('billing.settings.costCentreHint'), refused: true })}
        value={costCentre}
        onChange={(e) => setCostCentre(e.currentTarget.value)}
        error={form.fieldError('costCentre')}
        maxLength={LIMITS.nameMax}
      />
      <TextInput
        label={t('billing.settings.managerPhone')}
        type="tel"
        {...warning(phone, { refused: true, phone: true })}
        value={phone}
        onChange={(e) => setPhone(e.currentTarget.value)}
        error={form.fieldError('managerPhone')}
        autoComplete="off"
      />
      <Checkbox.Group
        label={t('billing.settings.billableRoles')}
        description={t('billing.settings.billableRolesHint')}
        value={roles}
        onChange={(values) => setRoles(values)}
        error={rolesMessage(form.error?.fields)}
      >
        <div className="billing-role-grid">
          {roleOptions(t).map(({ value, label }) => (
            <Checkbox key={value} value={value} label={label} />
          ))}
        </div>
      </Checkbox.Group>
      <Radio.Group
        label={t('billing.settings.rate')}
        value={rateKind}
        onChange={(value) => setRateKind(value)}
        error={form.fieldError('rate.kind') ?? form.fieldError('rate')}
      >
        <Stack gap="xs" mt="xs">
          {(['none', ...RATE_KINDS] as const).map((kind) => (
            <Radio key={kind} value={kind} label={t(`billing.settings.rate.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {rateKind !== 'none' && (
        <TextInput
          label={t('billing.settings.amount')}
          description={t('billing.settings.amountHint')}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          error={form.fieldError('rate.amountOre')}
          inputMode="decimal"
          autoComplete="off"
          className="amount-field"
        />
      )}
    </ApiFormFrame>
  );
}

function DeadlineDayForm({ settings, labelledBy }: { settings: AppSettings; labelledBy: string }) {
  const { t } = useTranslation();
  const form = useApiForm('settings.save');
  const [day, setDay] = useState(String(settings.billingDeadlineDay));

  return (
    <ApiFormFrame
      error={form.error}
      fields={['billingDeadlineDay']}
      onSubmit={() => void form.submit({ billingDeadlineDay: wholeNumber(day) })}
      labelledBy={labelledBy}
      actions={<Button type="submit">{t('billing.settings.deadlineSubmit')}</Button>}
    >
      <NumberField
        label={t('billing.settings.deadlineDay')}
        description={t('billing.settings.deadlineDayHint')}
        value={day}
        onChange={(e) => setDay(e.currentTarget.value)}
        error={form.fieldError('billingDeadlineDay')}
        className="deadline-field"
      />
    </ApiFormFrame>
  );
}
