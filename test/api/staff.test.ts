import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { fieldMessage } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import type { RosterImportRow, StaffMember } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { dumpDatabase } from '../store/testDatabase';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

// The roster through the API, as the Personal view drives it: today is Friday 1 May 2026.
const TODAY = '2026-05-01';

let test: TestBackend;
let norr: number;
let soder: number;
beforeEach(async () => {
  test = await startTestBackend(TODAY);
  norr = (await test.call('units.create', NORR)).id;
  soder = (await test.call('units.create', { ...NORR, name: 'Hemtjänst Söder' })).id;
});
afterEach(() => test.close());

type AddInput = MethodInput<'staff.add'>;
const add = (unitId: number, name: string, fields: Partial<AddInput> = {}) =>
  test.call('staff.add', { unitId, name, role: 'careStaff', employment: 'regular', activeFrom: '2026-01-01', ...fields });
const names = (members: StaffMember[]) => members.map((m) => m.name);
const roster = async (unitId: number, includeInactive = false) => names(await test.call('staff.list', { unitId, includeInactive }));

/** A call that must be refused with this code and message next to this field, writing nothing. */
async function expectRefused(method: string, input: unknown, code: string, field: string, message: string) {
  const before = dumpDatabase(test.db);
  const result = await test.send(method, input);
  expect(result).toEqual({ ok: false, error: { code, message, fields: { [field]: message } } });
  expect(dumpDatabase(test.db)).toBe(before);
}

describe('keeping the roster', () => {
  it('adds people with role and employment and lists them in Swedish order', async () => {
    const asa = await add(norr, 'Åsa Öberg', { role: 'nurse' });
    const bo = await add(norr, '  Bo Ek ', { employment: 'substitute', activeFrom: '2026-05-04' });

    expect(asa).toEqual({
      id: asa.id,
      name: 'Åsa Öberg',
      role: 'nurse',
      employment: 'regular',
      email: '',
      unitId: norr,
      activeFrom: '2026-01-01',
      activeTo: null,
    });
    expect(bo).toMatchObject({ name: 'Bo Ek', employment: 'substitute', activeFrom: '2026-05-04' });
    expect(await test.call('staff.list', { unitId: norr, includeInactive: false })).toEqual([bo, asa]);
    expect(await roster(soder)).toEqual([]);
  });

  it('a person serving two units is entered once and listed with both', async () => {
    const eva = await add(norr, 'Eva Falk', { role: 'physiotherapist' });
    const inSoder = await test.call('staff.addExisting', { unitId: soder, personId: eva.id, activeFrom: '2026-03-01' });

    expect(inSoder).toEqual({ ...eva, unitId: soder, activeFrom: '2026-03-01' });
    expect(await test.call('people.list', {})).toEqual([
      { id: eva.id, name: 'Eva Falk', role: 'physiotherapist', employment: 'regular', email: '', unitIds: [norr, soder] },
    ]);
    expect(await roster(soder)).toEqual(['Eva Falk']);
  });

  it('a correction to a person shows in every unit they serve, and survives a restart', async () => {
    const eva = await add(norr, 'Eva Falk', { role: 'physiotherapist' });
    await test.call('staff.addExisting', { unitId: soder, personId: eva.id, activeFrom: '2026-03-01' });

    const updated = await test.call('staff.update', { personId: eva.id, name: 'Eva Lind', role: 'occupationalTherapist', employment: 'substitute' });
    await test.restart();

    expect(updated).toEqual({ id: eva.id, name: 'Eva Lind', role: 'occupationalTherapist', employment: 'substitute', email: '' });
    for (const unitId of [norr, soder]) {
      expect(await test.call('staff.list', { unitId, includeInactive: false })).toEqual([expect.objectContaining({ ...updated, unitId })]);
    }
  });

  it('a leaver is hidden after their last day but kept, in the unit’s history and among people', async () => {
    const bo = await add(norr, 'Bo Ek');
    const eva = await add(norr, 'Eva Falk', { role: 'physiotherapist' });
    await test.call('staff.addExisting', { unitId: soder, personId: bo.id, activeFrom: '2026-01-01' });

    const left = await test.call('staff.deactivate', { unitId: norr, personId: bo.id, activeTo: '2026-04-30' });
    const leaving = await test.call('staff.deactivate', { unitId: norr, personId: eva.id, activeTo: TODAY });

    expect(left).toEqual({ ...bo, activeTo: '2026-04-30' });
    expect(leaving.activeTo).toBe(TODAY);
    // Eva's last day is today: she is still on the roster, Bo is not.
    expect(await roster(norr)).toEqual(['Eva Falk']);
    expect(await test.call('staff.list', { unitId: norr, includeInactive: true })).toEqual([left, leaving]);
    expect(await roster(soder)).toEqual(['Bo Ek']);
    expect((await test.call('people.list', {})).map((p) => [p.name, p.unitIds])).toEqual([
      ['Bo Ek', [soder]],
      ['Eva Falk', [norr]],
    ]);
  });

  it('a leaver can be reactivated, with the same membership', async () => {
    const bo = await add(norr, 'Bo Ek');
    await test.call('staff.deactivate', { unitId: norr, personId: bo.id, activeTo: '2026-03-31' });

    expect(await test.call('staff.reactivate', { unitId: norr, personId: bo.id })).toEqual(bo);
    expect(await roster(norr)).toEqual(['Bo Ek']);
  });

  it('adding a former member again reopens their membership and keeps their first day', async () => {
    const bo = await add(norr, 'Bo Ek');
    await test.call('staff.deactivate', { unitId: norr, personId: bo.id, activeTo: '2026-03-31' });

    const back = await test.call('staff.addExisting', { unitId: norr, personId: bo.id, activeFrom: '2026-05-04' });

    expect(back).toEqual({ ...bo, activeFrom: '2026-01-01', activeTo: null });
    expect(await test.call('staff.list', { unitId: norr, includeInactive: true })).toEqual([back]);
  });

  it('two people may share a name in different units, or after one has left', async () => {
    const first = await add(norr, 'Anna Berg');
    const other = await add(soder, 'Anna Berg');
    await test.call('staff.deactivate', { unitId: norr, personId: first.id, activeTo: '2026-04-30' });
    const successor = await add(norr, 'anna berg');

    expect(new Set([first.id, other.id, successor.id]).size).toBe(3);
    const unitsOf = Object.fromEntries((await test.call('people.list', {})).map((p) => [p.id, p.unitIds]));
    expect(unitsOf).toEqual({ [first.id]: [], [other.id]: [soder], [successor.id]: [norr] });
  });
});

describe('the roster refuses what would be wrong, and writes nothing', () => {
  it.each(['Anna Berg', ' anna  BERG ', 'ANNA BERG'])('a second %j on the same roster', async (name) => {
    await add(norr, 'Anna Berg');
    const message = translate('error.staff.nameTakenInUnit', { name: name.trim() });
    await expectRefused('staff.add', { unitId: norr, name, role: 'nurse', employment: 'regular', activeFrom: TODAY }, 'CONFLICT', 'name', message);
  });

  it('a rename to a name already on one of the person’s rosters', async () => {
    await add(soder, 'Anna Berg');
    const eva = await add(norr, 'Eva Falk', { role: 'physiotherapist' });
    await test.call('staff.addExisting', { unitId: soder, personId: eva.id, activeFrom: TODAY });
    const message = translate('error.staff.nameTakenInUnit', { name: 'Anna Berg' });
    await expectRefused(
      'staff.update',
      { personId: eva.id, name: 'anna berg', role: 'physiotherapist', employment: 'regular' },
      'CONFLICT',
      'name',
      message,
    );
  });

  it('adding someone already on the roster, or a namesake of someone on it', async () => {
    const eva = await add(norr, 'Eva Falk', { role: 'physiotherapist' });
    const otherEva = await add(soder, 'Eva Falk', { role: 'nurse' });
    await expectRefused(
      'staff.addExisting',
      { unitId: norr, personId: eva.id, activeFrom: TODAY },
      'CONFLICT',
      'personId',
      translate('error.staff.alreadyInUnit', { name: 'Eva Falk' }),
    );
    await expectRefused(
      'staff.addExisting',
      { unitId: norr, personId: otherEva.id, activeFrom: TODAY },
      'CONFLICT',
      'personId',
      translate('error.staff.nameTakenInUnit', { name: 'Eva Falk' }),
    );
  });

  it('a last day before the first day', async () => {
    const bo = await add(norr, 'Bo Ek', { activeFrom: '2026-03-02' });
    const message = translate('error.staff.endBeforeStart', { activeFrom: '2026-03-02' });
    await expectRefused('staff.deactivate', { unitId: norr, personId: bo.id, activeTo: '2026-03-01' }, 'VALIDATION', 'activeTo', message);
  });

  it('deactivating someone who already has a last day', async () => {
    const bo = await add(norr, 'Bo Ek');
    await test.call('staff.deactivate', { unitId: norr, personId: bo.id, activeTo: '2026-04-30' });
    const message = translate('error.staff.alreadyInactive', { name: 'Bo Ek', date: '2026-04-30' });
    await expectRefused('staff.deactivate', { unitId: norr, personId: bo.id, activeTo: '2026-05-31' }, 'CONFLICT', 'personId', message);
  });

  it('reactivating someone active, or someone whose name has been taken since', async () => {
    const bo = await add(norr, 'Bo Ek');
    await expectRefused(
      'staff.reactivate',
      { unitId: norr, personId: bo.id },
      'CONFLICT',
      'personId',
      translate('error.staff.alreadyActive', { name: 'Bo Ek' }),
    );
    await test.call('staff.deactivate', { unitId: norr, personId: bo.id, activeTo: '2026-04-30' });
    await add(norr, 'Bo Ek');
    await expectRefused(
      'staff.reactivate',
      { unitId: norr, personId: bo.id },
      'CONFLICT',
      'personId',
      translate('error.staff.nameTakenInUnit', { name: 'Bo Ek' }),
    );
  });

  it('a person who is not in the unit, or does not exist', async () => {
    const eva = await add(soder, 'Eva Falk');
    await expectRefused(
      'staff.deactivate',
      { unitId: norr, personId: eva.id, activeTo: TODAY },
      'NOT_FOUND',
      'personId',
      translate('error.staff.notInUnit', { name: 'Eva Falk' }),
    );
    await expectRefused(
      'staff.reactivate',
      { unitId: norr, personId: eva.id },
      'NOT_FOUND',
      'personId',
      translate('error.staff.notInUnit', { name: 'Eva Falk' }),
    );
    const notFound = translate('error.staff.personNotFound');
    await expectRefused('staff.addExisting', { unitId: norr, personId: 999, activeFrom: TODAY }, 'NOT_FOUND', 'personId', notFound);
    await expectRefused('staff.update', { personId: 999, name: 'X', role: 'other', employment: 'regular' }, 'NOT_FOUND', 'personId', notFound);
    await expectRefused('staff.deactivate', { unitId: norr, personId: 999, activeTo: TODAY }, 'NOT_FOUND', 'personId', notFound);
  });

  it.each([
    ['staff.list', { unitId: 999, includeInactive: false }],
    ['staff.add', { unitId: 999, name: 'Bo Ek', role: 'careStaff', employment: 'regular', activeFrom: TODAY }],
    ['staff.addExisting', { unitId: 999, personId: 1, activeFrom: TODAY }],
    ['staff.deactivate', { unitId: 999, personId: 1, activeTo: TODAY }],
    ['staff.reactivate', { unitId: 999, personId: 1 }],
    ['staff.importPreview', { unitId: 999, text: 'Bo Ek;usk' }],
    ['staff.import', { unitId: 999, text: 'Bo Ek;usk', activeFrom: TODAY }],
  ])('%s on a unit that does not exist', async (method, input) => {
    await expectRefused(method, input, 'NOT_FOUND', 'unitId', translate('error.unitNotFound'));
  });

  it('an empty name or an unknown role is a validation error next to its field', async () => {
    const input = { unitId: norr, name: '  ', role: 'doctor', employment: 'regular', activeFrom: TODAY };
    const before = dumpDatabase(test.db);
    expect(await test.send('staff.add', input)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: translate('error.validation'),
        fields: { name: translate('validation.personNameRequired'), role: translate('validation.role') },
      },
    });
    expect(dumpDatabase(test.db)).toBe(before);
  });
});

describe('importing a list pasted from Excel or opened as CSV', () => {
  // Eva (FT) is in Söder; Anna is already on Norr's roster.
  async function setUpUnits() {
    const eva = await add(soder, 'Eva Falk', { role: 'physiotherapist' });
    const anna = await add(norr, 'Anna Berg');
    return { eva, anna };
  }

  const LIST = [
    'Namn;Yrkesroll;Anställning', //       1 header
    'Anna Berg;Undersköterska', //         2 already on the roster
    '"Holm, Cia";usk;vikarie', //          3 new
    'Eva Falk;FT', //                      4 in Söder: linked, not entered twice
    'Dan Ek;läkare', //                    5 unknown role
    ';usk', //                             6 no name
    '', //                                 7 blank
    'Gun Ås;usk;850101-1234', //           8 personnummer
    ' HOLM,  cia ;SSK', //                 9 the same name twice
    'Åke Öst;AT', //                       10 new
  ].join('\r\n');

  const outcomes = (rows: RosterImportRow[]) => rows.map((row) => [row.line, row.name, row.outcome]);

  it('the preview says what would happen to each line, with its line number, and writes nothing', async () => {
    await setUpUnits();
    const before = dumpDatabase(test.db);

    const rows = await test.call('staff.importPreview', { unitId: norr, text: `\uFEFF${LIST}` });

    expect(dumpDatabase(test.db)).toBe(before);
    expect(outcomes(rows)).toEqual([
      [2, 'Anna Berg', 'existing'],
      [3, 'Holm, Cia', 'add'],
      [4, 'Eva Falk', 'link'],
      [5, 'Dan Ek', 'error'],
      [6, '', 'error'],
      [8, 'Gun Ås', 'error'],
      [9, 'HOLM, cia', 'error'],
      [10, 'Åke Öst', 'add'],
    ]);
    expect(rows.map((row) => row.message)).toEqual([
      translate('roster.import.existing'),
      null,
      translate('roster.import.link'),
      translate('error.import.unknownRole', { role: 'läkare' }),
      translate('error.import.noName'),
      translate('error.import.personnummer'),
      translate('error.import.duplicateInList', { name: 'HOLM, cia', line: 3 }),
      null,
    ]);
    expect(rows[1]).toEqual({ line: 3, raw: '"Holm, Cia";usk;vikarie', name: 'Holm, Cia', role: 'careStaff', outcome: 'add', message: null });
  });

  it('the import adds only the good lines: new people, and a person from another unit without a second entry', async () => {
    const { eva, anna } = await setUpUnits();
    const preview = await test.call('staff.importPreview', { unitId: norr, text: LIST });

    const { rows, added } = await test.call('staff.import', { unitId: norr, text: LIST, activeFrom: '2026-05-04' });

    expect(rows).toEqual(preview);
    expect(added.map((m) => [m.name, m.role, m.employment, m.activeFrom])).toEqual([
      ['Holm, Cia', 'careStaff', 'substitute', '2026-05-04'],
      ['Eva Falk', 'physiotherapist', 'regular', '2026-05-04'],
      ['Åke Öst', 'occupationalTherapist', 'regular', '2026-05-04'],
    ]);
    expect(added[1]?.id).toBe(eva.id);
    expect(await roster(norr)).toEqual(['Anna Berg', 'Eva Falk', 'Holm, Cia', 'Åke Öst']);
    const people = await test.call('people.list', {});
    expect(people.map((p) => [p.name, p.unitIds])).toEqual([
      ['Anna Berg', [norr]],
      ['Eva Falk', [norr, soder]],
      ['Holm, Cia', [norr]],
      ['Åke Öst', [norr]],
    ]);
    expect(people.find((p) => p.id === anna.id)?.unitIds).toEqual([norr]);
  });

  it('importing the same list again adds no one', async () => {
    await setUpUnits();
    await test.call('staff.import', { unitId: norr, text: LIST, activeFrom: TODAY });
    const before = dumpDatabase(test.db);

    const again = await test.call('staff.import', { unitId: norr, text: LIST, activeFrom: TODAY });

    expect(again.added).toEqual([]);
    expect(again.rows.filter((row) => row.outcome !== 'error').map((row) => row.outcome)).toEqual(['existing', 'existing', 'existing', 'existing']);
    expect(dumpDatabase(test.db)).toBe(before);
  });

  it('a tab-separated paste from Excel imports the same way', async () => {
    const { added } = await test.call('staff.import', { unitId: norr, text: 'Namn\tRoll\nBerg, Anna\tusk\nBo Ek\tEnhetschef\n', activeFrom: TODAY });
    expect(added.map((m) => [m.name, m.role])).toEqual([
      ['Berg, Anna', 'careStaff'],
      ['Bo Ek', 'unitManager'],
    ]);
  });

  it(`more than ${LIMITS.importRowsMax} lines is refused on the text, and nothing is written`, async () => {
    const text = Array.from({ length: LIMITS.importRowsMax + 1 }, (_, i) => `Person ${i};usk`).join('\n');
    const message = fieldMessage('validation.importTooLong');
    await expectRefused('staff.importPreview', { unitId: norr, text }, 'VALIDATION', 'text', message);
    await expectRefused('staff.import', { unitId: norr, text, activeFrom: TODAY }, 'VALIDATION', 'text', message);
  });

  it('is one transaction: a failure on the last person leaves no one added', async () => {
    test.db.exec("CREATE TRIGGER full_disk AFTER INSERT ON people WHEN NEW.name = 'Åke Öst' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await setUpUnits();
    const before = dumpDatabase(test.db);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const result = await test.send('staff.import', { unitId: norr, text: LIST, activeFrom: TODAY });

    expect(result).toEqual({ ok: false, error: { code: 'STORAGE', message: translate('error.storage') } });
    expect(dumpDatabase(test.db)).toBe(before);
    logged.mockRestore();
  });
});
