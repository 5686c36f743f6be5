import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { BillingForm, BillingRow, BillingSummaryRow } from '../../shared/domain/types';
import { billingFormCsv, billingFormXlsx, billingSummaryCsv, billingSummaryXlsx, exportFileName } from '../../electron/backend/export/billingExport';
import { roleCounts } from './testBackend';

// The economist's files are read back by an independent reader (ExcelJS, not the writer
// used to make them) and the CSV by a parser written here, and checked against the form.

type Value = string | number | Date | null;

function session(row: Omit<BillingRow, 'participantMinutes'>): BillingRow {
  return { ...row, participantMinutes: row.billable * row.durationMinutes };
}

/** November 2026, Monday sessions, 249,75 kr per participant-hour. Amounts worked out by hand. */
const november: BillingForm = {
  unitId: 1,
  month: '2026-11',
  version: 1,
  status: 'sent',
  sentAt: '2026-12-02T09:15:00.000Z',
  producedOn: '2026-12-02',
  header: {
    municipality: 'Exempelby kommun',
    providerName: 'Omsorg i Norr AB',
    providerOrgNumber: '556677-8899',
    unitName: 'Hemtjänst Östra Åsen',
    costCentre: 'KS 4711; "hemtjänst"',
    managerName: 'Åsa Öberg',
    managerPhone: '070-123 45 67',
  },
  billableRoles: ['careStaff', 'unitManager', 'planner', 'rehabAssistant'],
  rate: { kind: 'perParticipantHour', amountOre: 24975 },
  rows: [
    // 5 x 60 = 300 min; 300 x 249,75 / 60 = 1248,75 kr. The OT chairs and is not billed.
    session({
      week: '2026-W45',
      date: '2026-11-02',
      startTime: '14:00',
      durationMinutes: 60,
      byRole: roleCounts({ careStaff: 4, unitManager: 1, occupationalTherapist: 1 }),
      billable: 5,
      amountOre: 124875,
    }),
    // 7 x 45 = 315 min; 1311,1875 kr -> 1311,19.
    session({
      week: '2026-W46',
      date: '2026-11-09',
      startTime: '14:00',
      durationMinutes: 45,
      byRole: roleCounts({ careStaff: 5, planner: 1, rehabAssistant: 1, physiotherapist: 1 }),
      billable: 7,
      amountOre: 131119,
    }),
    // Moved to Tuesday. 3 x 90 = 270 min; 1123,875 kr -> 1123,88.
    session({
      week: '2026-W48',
      date: '2026-11-24',
      startTime: '09:30',
      durationMinutes: 90,
      byRole: roleCounts({ careStaff: 3, nurse: 1 }),
      billable: 3,
      amountOre: 112388,
    }),
  ],
  unbilled: [
    { week: '2026-W47', date: '2026-11-16', reason: 'cancelled', detail: 'Sjukdom; "influensa" i gruppen' },
    { week: '2026-W49', date: '2026-11-30', reason: 'teamMeetingWeek', detail: null },
  ],
  totals: { sessions: 3, billableParticipants: 15, participantMinutes: 885, amountOre: 368382 },
  correction: null,
};

const withoutRate: BillingForm = {
  ...november,
  status: 'draft',
  sentAt: null,
  rate: null,
  rows: november.rows.map((row) => ({ ...row, amountOre: null })),
  totals: { ...november.totals, amountOre: null },
};

const correction: BillingForm = {
  ...november,
  version: 2,
  producedOn: '2026-12-10',
  correction: {
    reason: 'En deltagare saknades v. 46',
    previousVersion: 1,
    differences: [
      {
        kind: 'sessionChanged',
        week: '2026-W46',
        date: '2026-11-09',
        billableBefore: 6,
        billableAfter: 7,
        amountBeforeOre: 112388,
        amountAfterOre: 131119,
      },
    ],
  },
};

const summary: BillingSummaryRow[] = [
  {
    unitId: 1,
    unitName: 'Hemtjänst Östra Åsen',
    sessions: 3,
    billableParticipants: 15,
    participantMinutes: 885,
    amountOre: 368382,
    sent: true,
    routineStartsAfter: null,
  },
  {
    unitId: 2,
    unitName: 'Hemtjänst Norr',
    sessions: 4,
    billableParticipants: 20,
    participantMinutes: 1200,
    amountOre: null,
    sent: false,
    routineStartsAfter: null,
  },
  {
    unitId: 3,
    unitName: 'Nattpatrullen',
    sessions: 2,
    billableParticipants: 9,
    participantMinutes: 450,
    amountOre: 187313,
    sent: true,
    routineStartsAfter: null,
  },
];

async function readXlsx(bytes: Uint8Array): Promise<{ name: string; rows: Value[][]; cell: (r: number, c: number) => ExcelJS.Cell }> {
  const workbook = new ExcelJS.Workbook();
  // A fresh copy: ExcelJS takes the bytes as one whole ArrayBuffer.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const rows: Value[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values: Value[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const value = sheet.getRow(r).getCell(c).value;
      values.push(value === undefined ? null : (value as Value));
    }
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  }
  return { name: sheet.name, rows, cell: (r, c) => sheet.getRow(r + 1).getCell(c + 1) };
}

/** RFC 4180 with semicolons: quoted fields may hold ; " and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  return rows.map((cells) => (cells.length === 1 && cells[0] === '' ? [] : cells));
}

const rowStarting = (rows: Value[][], first: Value, from = 0) => rows.findIndex((row, index) => index >= from && row[0] === first);

const isoDay = (value: Value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

describe('the form as .xlsx', () => {
  it('writes text that starts like a formula as a text cell, never a formula', async () => {
    const { rows, cell } = await readXlsx(await billingFormXlsx({ ...november, header: { ...november.header, costCentre: '=1+1' } }));
    const at = rowStarting(rows, 'Kostnadsställe/referens');
    expect(cell(at, 1).type).toBe(ExcelJS.ValueType.String);
    expect(cell(at, 1).value).toBe('=1+1');
  });

  it('has one sheet "Underlag" with the header in Swedish (the month and its first and last day), å ä ö intact', async () => {
    const { name, rows } = await readXlsx(await billingFormXlsx(november));
    expect(name).toBe('Underlag');
    expect(rows).toContainEqual(['Beställare', 'Exempelby kommun']);
    expect(rows).toContainEqual(['Utförare', 'Omsorg i Norr AB']);
    expect(rows).toContainEqual(['Organisationsnummer', '556677-8899']);
    expect(rows).toContainEqual(['Enhet', 'Hemtjänst Östra Åsen']);
    expect(rows).toContainEqual(['Kostnadsställe/referens', 'KS 4711; "hemtjänst"']);
    expect(rows).toContainEqual(['Månad', 'november 2026']);
    expect(rows).toContainEqual(['Period', '2026-11-01 – 2026-11-30']);
    expect(rows).toContainEqual(['Enhetschef', 'Åsa Öberg']);
    expect(rows).toContainEqual(['Telefon', '070-123 45 67']);
    expect(rows).toContainEqual(['Debiterbara roller', 'Omvårdnadspersonal, Enhetschef, Planerare/kontaktperson, Rehabassistent']);
    expect(rows).toContainEqual(['Ersättning', '249,75 kr per deltagartimme']);
    expect(rows).toContainEqual(['Version', 1]);
    expect(rows).toContainEqual(['Status', 'Skickad 2026-12-02']);
  });

  it('lists every held session with real dates and numbers, one column per billable role', async () => {
    const { rows, cell } = await readXlsx(await billingFormXlsx(november));
    const head = rowStarting(rows, 'Datum');
    expect(rows[head]).toEqual([
      'Datum',
      'Vecka',
      'Tid',
      'Längd (min)',
      'Omvårdnadspersonal',
      'Enhetschef',
      'Planerare/kontaktperson',
      'Rehabassistent',
      'Debiterbara deltagare',
      'Deltagarminuter',
      'Deltagartimmar',
      'Belopp (kr)',
    ]);
    const sessions = rows.slice(head + 1, head + 4).map((row) => [isoDay(row[0]!), ...row.slice(1)]);
    expect(sessions).toEqual([
      ['2026-11-02', 'v. 45', '14:00', 60, 4, 1, 0, 0, 5, 300, 5, 1248.75],
      ['2026-11-09', 'v. 46', '14:00', 45, 5, 0, 1, 1, 7, 315, 5.25, 1311.19],
      ['2026-11-24', 'v. 48', '09:30', 90, 3, 0, 0, 0, 3, 270, 4.5, 1123.88],
    ]);
    expect(cell(head + 1, 0).value).toBeInstanceOf(Date);
    expect(cell(head + 1, 0).numFmt).toBe('yyyy-mm-dd');
    expect(cell(head + 1, 11).numFmt).toBe('#,##0.00');
    expect(cell(head + 1, 10).numFmt).toBe('0.00');
  });

  it('ends the session table with totals equal to the form totals', async () => {
    const { rows } = await readXlsx(await billingFormXlsx(november));
    const totals = rows[rowStarting(rows, 'Summa')]!;
    expect(totals).toEqual(['Summa', null, null, null, 12, 1, 1, 1, 15, 885, 14.75, 3683.82]);
    expect(Math.round((totals[11] as number) * 100)).toBe(november.totals.amountOre);
    expect(totals[8]).toBe(november.totals.billableParticipants);
    expect(totals[9]).toBe(november.totals.participantMinutes);
    expect(rows).toContainEqual(['Antal genomförda tillfällen', 3]);
  });

  it('lists the weeks not billed with the reason in Swedish', async () => {
    const { rows } = await readXlsx(await billingFormXlsx(november));
    const title = rowStarting(rows, 'Veckor utan debiterat tillfälle');
    expect(rows[title + 1]).toEqual(['Vecka', 'Datum', 'Orsak']);
    expect(rows.slice(title + 2, title + 4).map((row) => [row[0], isoDay(row[1]!), row[2]])).toEqual([
      ['v. 47', '2026-11-16', 'Inställd: Sjukdom; "influensa" i gruppen'],
      ['v. 49', '2026-11-30', 'Teamträff'],
    ]);
  });

  it('has no amount column and no rate line when the unit has no rate', async () => {
    const { rows } = await readXlsx(await billingFormXlsx(withoutRate));
    const head = rows[rowStarting(rows, 'Datum')]!;
    expect(head).not.toContain('Belopp (kr)');
    expect(head.at(-1)).toBe('Deltagartimmar');
    expect(rows.some((row) => row[0] === 'Ersättning')).toBe(false);
    expect(rows[rowStarting(rows, 'Summa')]).toEqual(['Summa', null, null, null, 12, 1, 1, 1, 15, 885, 14.75]);
    expect(rows).toContainEqual(['Status', 'Utkast, inte skickad']);
  });

  it('marks a correction "Rättelse" with its reason and the differences from the previous version', async () => {
    const { rows } = await readXlsx(await billingFormXlsx(correction));
    expect(rows).toContainEqual(['Version', 2, 'Rättelse av version 1']);
    expect(rows).toContainEqual(['Orsak till rättelse', 'En deltagare saknades v. 46']);
    const title = rowStarting(rows, 'Ändringar mot version 1');
    expect(rows[title + 1]).toEqual(['Vecka', 'Datum', 'Ändring', 'Debiterbara före', 'Debiterbara efter', 'Belopp före (kr)', 'Belopp efter (kr)']);
    const change = rows[title + 2]!;
    expect([change[0], isoDay(change[1]!), ...change.slice(2)]).toEqual(['v. 46', '2026-11-09', 'Tillfälle ändrat', 6, 7, 1123.88, 1311.19]);
  });
});

describe('the form as CSV', () => {
  const csv = billingFormCsv(november);

  it('is UTF-8 with a byte order mark, semicolons and CRLF line ends, as Swedish Excel expects', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect([...new TextEncoder().encode(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('parses back with å ä ö and quoted semicolons and quotes intact', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toContainEqual(['Enhet', 'Hemtjänst Östra Åsen']);
    expect(rows).toContainEqual(['Enhetschef', 'Åsa Öberg']);
    expect(rows).toContainEqual(['Kostnadsställe/referens', 'KS 4711; "hemtjänst"']);
    expect(rows).toContainEqual(['v. 47', '2026-11-16', 'Inställd: Sjukdom; "influensa" i gruppen']);
    expect(rows).toContainEqual(['v. 49', '2026-11-30', 'Teamträff']);
    expect(csv).toContain('"KS 4711; ""hemtjänst"""');
  });

  it('writes amounts and hours with a decimal comma and two decimals, no thousands separator', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toContainEqual(['2026-11-02', 'v. 45', '14:00', '60', '4', '1', '0', '0', '5', '300', '5,00', '1248,75']);
    expect(rows).toContainEqual(['2026-11-09', 'v. 46', '14:00', '45', '5', '0', '1', '1', '7', '315', '5,25', '1311,19']);
    expect(rows).toContainEqual(['Summa', '', '', '', '12', '1', '1', '1', '15', '885', '14,75', '3683,82']);
    expect(rows).toContainEqual(['Ersättning', '249,75 kr per deltagartimme']);
  });

  it('holds the same cells as the .xlsx', async () => {
    const trimmed = <T>(row: T[]) => {
      const copy = [...row];
      while (copy.length > 0 && (copy.at(-1) === '' || copy.at(-1) === null)) copy.pop();
      return copy;
    };
    const fromCsv = parseCsv(billingFormCsv(correction).slice(1)).map((row) =>
      trimmed(row).map((field) => (/^\d+(,\d{2})?$/.test(field) ? Number(field.replace(',', '.')) : field)),
    );
    const { rows } = await readXlsx(await billingFormXlsx(correction));
    const fromXlsx = rows.map((row) =>
      trimmed(row).map((value) => {
        if (value === null) return '';
        if (value instanceof Date) return isoDay(value);
        return typeof value === 'number' ? Math.round(value * 100) / 100 : value;
      }),
    );
    expect(fromCsv).toEqual(fromXlsx);
    expect(fromCsv.length).toBeGreaterThan(25);
  });

  it('keeps a text field that Excel would run as a formula as text', () => {
    const rows = parseCsv(billingFormCsv({ ...november, header: { ...november.header, managerPhone: '+46 70 123 45 67' } }).slice(1));
    expect(rows).toContainEqual(['Telefon', "'+46 70 123 45 67"]);
  });

  // Old data may hold such text (it came in before the fields refused it), and a spreadsheet
  // may fold full-width signs to =+-@ or drop invisible characters in front.
  it.each([
    ['a full-width equals sign', '\uff1dHYPERLINK("http://x")'],
    ['a full-width plus', '\uff0b46 70 123 45 67'],
    ['a full-width minus', '\uff0d1'],
    ['a full-width at', '\uff20SUM(A1)'],
    ['a small equals sign', '\ufe66 1+1'],
    ['a zero-width space before =', '\u200b=1+1'],
    ['a byte order mark and a soft hyphen before +', '\ufeff\u00ad+1'],
  ])('keeps text that starts like a formula in disguise as text: %s', (_case, municipality) => {
    const rows = parseCsv(billingFormCsv({ ...november, header: { ...november.header, municipality } }).slice(1));
    expect(rows).toContainEqual(['Beställare', `'${municipality}`]);
  });

  it('does not mark ordinary text that only contains =+-@', () => {
    const form = { ...november, header: { ...november.header, costCentre: 'KS 4711 = hemtjänst' } };
    expect(parseCsv(billingFormCsv(form).slice(1))).toContainEqual(['Kostnadsställe/referens', 'KS 4711 = hemtjänst']);
  });
});

describe('the month summary across units', () => {
  it('as .xlsx: one row per unit with real numbers, an empty amount when the unit has no rate, and totals', async () => {
    const { name, rows, cell } = await readXlsx(await billingSummaryXlsx('2026-11', summary));
    expect(name).toBe('Sammanställning');
    expect(rows).toContainEqual(['Månad', 'november 2026']);
    const head = rowStarting(rows, 'Enhet');
    expect(rows.slice(head, head + 5)).toEqual([
      ['Enhet', 'Tillfällen', 'Debiterbara deltagare', 'Deltagartimmar', 'Belopp (kr)', 'Skickad'],
      ['Hemtjänst Östra Åsen', 3, 15, 14.75, 3683.82, 'Ja'],
      ['Hemtjänst Norr', 4, 20, 20, null, 'Nej'],
      ['Nattpatrullen', 2, 9, 7.5, 1873.13, 'Ja'],
      ['Summa', 9, 44, 42.25, 5556.95],
    ]);
    expect(cell(head + 1, 4).numFmt).toBe('#,##0.00');
  });

  it('as CSV: the same rows with decimal commas and Ja/Nej', () => {
    const csv = billingSummaryCsv('2026-11', summary);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const head = rows.findIndex((row) => row[0] === 'Enhet');
    expect(rows.slice(head)).toEqual([
      ['Enhet', 'Tillfällen', 'Debiterbara deltagare', 'Deltagartimmar', 'Belopp (kr)', 'Skickad'],
      ['Hemtjänst Östra Åsen', '3', '15', '14,75', '3683,82', 'Ja'],
      ['Hemtjänst Norr', '4', '20', '20,00', '', 'Nej'],
      ['Nattpatrullen', '2', '9', '7,50', '1873,13', 'Ja'],
      ['Summa', '9', '44', '42,25', '5556,95', ''],
    ]);
  });

  it('leaves the total amount empty when no unit has a rate', () => {
    const rows = parseCsv(
      billingSummaryCsv(
        '2026-11',
        summary.map((unit) => ({ ...unit, amountOre: null })),
      ).slice(1),
    );
    expect(rows.at(-1)).toEqual(['Summa', '9', '44', '42,25', '', '']);
  });
});

describe('export file names', () => {
  it('name the unit, the month and the version', () => {
    expect(exportFileName('form', '2026-11', 'Hemtjänst Norr', 1, 'xlsx')).toBe('Debiteringsunderlag Hemtjänst Norr 2026-11 v1.xlsx');
    expect(exportFileName('form', '2026-11', 'Hemtjänst Östra Åsen', 2, 'csv')).toBe('Debiteringsunderlag Hemtjänst Östra Åsen 2026-11 v2.csv');
    expect(exportFileName('summary', '2026-11', undefined, undefined, 'xlsx')).toBe('Debiteringsunderlag sammanställning 2026-11.xlsx');
  });

  it('drop the characters Windows forbids in a file name', () => {
    expect(exportFileName('form', '2026-12', 'Norr/Söder: "A|B" <C>?*\\', 1, 'csv')).toBe('Debiteringsunderlag NorrSöder AB C 2026-12 v1.csv');
  });
});
