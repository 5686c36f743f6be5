import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/methods';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { BILLING_SETTINGS, CASE_FIELDS, NORR, seedUnit, startTestBackend, type TestBackend, week18Held } from './testBackend';

// Every field that is printed on the billing form or leaves the app in a file refuses text
// that looks like a personnummer, however it is written; notes only warn (in the UI).

type Seed = Awaited<ReturnType<typeof seedUnit>>;

const SENT_MONTH = '2026-03';

/** The same number, as typed and as pasted from a web page, a PDF or a phone. */
const DISGUISES = [
  ['as typed', 'Brukare 19121212-1212 avled'],
  ['with a no-break space', 'Kim 19121212\u00a01212'],
  ['in full-width digits', 'Kim １９１２１２１２－１２１２'],
  ['with a zero-width space inside', 'Kim 1912\u200b1212-1212'],
  ['with dots in the date', 'Kim 19.12.12-1212'],
  ['without century, over 100', 'Kim 121212+1212'],
  ['a samordningsnummer', 'Kim 19121272-1212'],
] as const;

interface Field {
  label: string;
  method: MethodName;
  input: (seed: Seed, text: string) => unknown;
  path: string;
  key: Parameters<typeof translate>[0];
}

const FIELDS: Field[] = [
  {
    label: 'the cancel reason',
    method: 'sessions.cancel',
    input: ({ unit }, reason) => ({ unitId: unit.id, week: '2026-W21', reason }),
    path: 'reason',
    key: 'validation.personnummerRefused',
  },
  {
    label: 'the correction reason',
    method: 'billing.reopen',
    input: ({ unit }, reason) => ({ unitId: unit.id, month: SENT_MONTH, reason }),
    path: 'reason',
    key: 'validation.personnummerRefused',
  },
  {
    label: 'a guest name',
    method: 'sessions.recordHeld',
    input: (seed, name) => ({ ...week18Held(seed), guests: [{ name, role: 'careStaff' }] }),
    path: 'guests.0.name',
    key: 'validation.nameWithPersonnummer',
  },
  {
    label: 'a new staff member’s name',
    method: 'staff.add',
    input: ({ unit }, name) => ({ unitId: unit.id, name, role: 'careStaff', employment: 'regular', activeFrom: '2026-05-04' }),
    path: 'name',
    key: 'validation.nameWithPersonnummer',
  },
  {
    label: 'a corrected staff name',
    method: 'staff.update',
    input: ({ roster }, name) => ({ personId: roster.anna.id, name, role: 'careStaff', employment: 'regular' }),
    path: 'name',
    key: 'validation.nameWithPersonnummer',
  },
  {
    label: 'a new unit’s name',
    method: 'units.create',
    input: (_seed, name) => ({ ...NORR, name }),
    path: 'name',
    key: 'validation.nameWithPersonnummer',
  },
  {
    label: 'the unit name',
    method: 'units.update',
    input: ({ unit }, name) => ({ ...NORR, id: unit.id, name }),
    path: 'name',
    key: 'validation.nameWithPersonnummer',
  },
  {
    label: 'the provider',
    method: 'units.update',
    input: ({ unit }, providerName) => ({ ...NORR, id: unit.id, providerName }),
    path: 'providerName',
    key: 'validation.nameWithPersonnummer',
  },
  {
    label: 'the manager',
    method: 'units.update',
    input: ({ unit }, managerName) => ({ ...NORR, id: unit.id, managerName }),
    path: 'managerName',
    key: 'validation.nameWithPersonnummer',
  },
  {
    label: 'the unit’s place (in the calendar file)',
    method: 'units.update',
    input: ({ unit }, location) => ({ ...NORR, id: unit.id, location }),
    path: 'location',
    key: 'validation.personnummerRefused',
  },
  {
    label: 'the municipality',
    method: 'billing.settings.save',
    input: ({ unit }, municipality) => ({ unitId: unit.id, ...BILLING_SETTINGS, municipality }),
    path: 'municipality',
    key: 'validation.personnummerRefused',
  },
  {
    label: 'the cost centre',
    method: 'billing.settings.save',
    input: ({ unit }, costCentre) => ({ unitId: unit.id, ...BILLING_SETTINGS, costCentre }),
    path: 'costCentre',
    key: 'validation.personnummerRefused',
  },
  {
    label: 'the case reference',
    method: 'cases.save',
    input: ({ unit, records }, reference) => ({ unitId: unit.id, week: records.week, id: null, case: { ...CASE_FIELDS, reference } }),
    path: 'case.reference',
    key: 'validation.caseReferencePersonnummer',
  },
];

let test: TestBackend;
let seed: Seed;
beforeEach(async () => {
  test = await startTestBackend('2026-05-01');
  seed = await seedUnit(test);
  await test.call('billing.markSent', { unitId: seed.unit.id, month: SENT_MONTH });
});
afterEach(() => test.close());

/** Refused next to the field with its Swedish message, and nothing written (no audit line either). */
async function expectRefused(method: MethodName, input: unknown, path: string, message: string) {
  const before = dumpDatabase(test.db);
  const result = await test.send(method, input);
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: translate('error.validation') } });
  expect(!result.ok && result.error.fields?.[path]).toBe(message);
  expect(dumpDatabase(test.db)).toBe(before);
}

describe('a personnummer in a field that is printed or exported', () => {
  describe.each(FIELDS)('$label ($method)', ({ method, input, path, key }) => {
    it.each(DISGUISES)('is refused %s, and nothing is written', async (_case, text) => {
      await expectRefused(method, input(seed, text), path, translate(key));
    });
  });

  it.each([
    ['a personnummer with century', '19121212-1212'],
    ['a personnummer with a dash', '121212-1212'],
    ['a personnummer with a plus', '121212+1212'],
    ['ten digits that do not start with 0', '1212121212'],
  ])('the manager’s phone refuses %s', async (_case, managerPhone) => {
    await expectRefused(
      'billing.settings.save',
      { unitId: seed.unit.id, ...BILLING_SETTINGS, managerPhone },
      'managerPhone',
      translate('validation.phonePersonnummer'),
    );
  });

  it.each(['070-123 45 67', '0701234567', '0712121234', '08-123 456 78', '0123-456 78', '+46 70 123 45 67'])(
    'the manager’s phone takes the ordinary phone number %s',
    async (managerPhone) => {
      const saved = await test.call('billing.settings.save', { unitId: seed.unit.id, ...BILLING_SETTINGS, managerPhone });
      expect(saved.managerPhone).toBe(managerPhone);
    },
  );

  it('ordinary text with dates, times, phone numbers and cost centres is taken', async () => {
    const { unit } = seed;
    const reason = 'Handledaren sjuk 2026-05-21 1400, ring 070-123 45 67';
    const cancelled = await test.call('sessions.cancel', { unitId: unit.id, week: '2026-W21', reason });
    expect(cancelled.cancelledReason).toBe(reason);
    const saved = await test.call('billing.settings.save', { unitId: unit.id, ...BILLING_SETTINGS, costCentre: '1234-5678 v. 53' });
    expect(saved.costCentre).toBe('1234-5678 v. 53');
  });

  it('notes and goals still take it: they warn in the form, and are never printed on the billing form', async () => {
    const { unit, records } = seed;
    const detail = await test.call('cases.save', {
      unitId: unit.id,
      week: records.week,
      id: records.caseId,
      case: { ...CASE_FIELDS, reference: 'Ärende N1', notes: 'Brukare 19121212-1212', goal: 'Kim 121212-1212' },
    });
    expect(detail.cases[0]).toMatchObject({ notes: 'Brukare 19121212-1212', goal: 'Kim 121212-1212' });
  });
});

describe('text saved before the check', () => {
  it('is still shown everywhere it is read, so it can be found and corrected', async () => {
    const { unit, records, roster } = seed;
    const old = 'Kim 19121212\u00a01212';
    test.db.prepare('UPDATE units SET name = ?, provider_name = ?, manager_name = ? WHERE id = ?').run(old, old, old, unit.id);
    test.db.prepare('UPDATE people SET name = ? WHERE id = ?').run(old, roster.anna.id);
    test.db.prepare('UPDATE cases_discussed SET reference = ? WHERE id = ?').run('Ärende 811228-9874', records.caseId);
    test.db.prepare("UPDATE session_overrides SET cancelled_reason = ? WHERE week = '2026-W22'").run(old);
    await test.call('billing.settings.save', { unitId: unit.id, ...BILLING_SETTINGS });
    test.db
      .prepare('UPDATE billing_settings SET municipality = ?, cost_centre = ?, manager_phone = ? WHERE unit_id = ?')
      .run(old, old, '19121212-1212', unit.id);

    expect((await test.call('units.list', {})).find(({ id }) => id === unit.id)?.name).toBe(old);
    expect((await test.call('people.list', {})).find(({ id }) => id === roster.anna.id)?.name).toBe(old);
    expect((await test.call('sessions.get', { unitId: unit.id, week: records.week })).cases[0]?.reference).toBe('Ärende 811228-9874');
    const plan = await test.call('plan.get', { unitId: unit.id, from: '2026-05-25', to: '2026-05-31' });
    expect(plan[0]?.cancelledReason).toBe(old);
    expect(await test.call('billing.settings.get', { unitId: unit.id })).toMatchObject({
      municipality: old,
      costCentre: old,
      managerPhone: '19121212-1212',
    });
    expect((await test.call('billing.form', { unitId: unit.id, month: '2026-05' })).header.municipality).toBe(old);
  });
});
