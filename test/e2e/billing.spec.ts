import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { printToPdf } from './pdf';
import { addUnit, download, importRoster, openView, row, setUpNorr } from './steps';

// The backend's today is Wednesday 2026-12-02 (week 49), so all of November is past. The
// weekly slot (Monday 13:00, 60 min) runs from Monday 2026-11-02: November holds five
// sessions, weeks 45–49 (week 49's Monday is 2026-11-30). Week 45 is held by three billable
// people, week 46 is moved to Wednesday and held by five, week 47 is a team-meeting week,
// week 48 is cancelled, and week 49 runs 90 minutes with seven billable people, a guest among them.
test.use({ today: '2026-12-02' });

const ROSTER = [
  'Anna Andersson;undersköterska',
  'Bertil Berg;undersköterska',
  'Cecilia Ceder;undersköterska',
  'David Dahl;vårdbiträde',
  'Emma Ek;undersköterska',
  'Ingrid Isaksson;arbetsterapeut',
  'Johan Jansson;fysioterapeut',
  'Karin Kvist;sjuksköterska',
  'Lena Lind;enhetschef',
  'Petra Palm;planerare',
];

/** The Monday slot from 2026-11-02, as every test here has it. */
const MONDAYS = { weekday: 'måndag', validFrom: '2026-11-02' };

interface Held {
  chair: string;
  people: string[];
  guest?: string;
  minutes?: string;
}

/** Opens a week's session from Planering and saves it as held. */
async function recordHeld(page: Page, isoWeek: number, date: string, held: Held): Promise<void> {
  await page.getByRole('link', { name: `Öppna tillfället vecka ${isoWeek}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Handledning vecka ${isoWeek}` })).toBeVisible();
  if (held.minutes) await page.getByLabel('Längd i minuter').fill(held.minutes);
  await page.getByRole('group', { name: 'Ordförande' }).getByRole('checkbox', { name: held.chair }).check();
  const people = page.getByRole('group', { name: `Personal den ${date}` });
  for (const name of held.people) await people.getByRole('checkbox', { name }).check();
  if (held.guest) {
    await page.getByLabel('Gästens namn').fill(held.guest);
    await page.getByRole('button', { name: 'Lägg till gäst' }).click();
  }
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await expect(row(page, `2026-W${isoWeek}`)).toContainText('Genomförd');
}

async function openBilling(page: Page): Promise<void> {
  await openView(page, 'Debiteringsunderlag');
  await expect(sheet(page)).toBeVisible();
}

/** Week 45's session, opened from Planering: Cecilia Ceder is ticked too and it is saved again. */
async function addCeciliaToWeek45(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Öppna tillfället vecka 45' }).click();
  await page.getByRole('group', { name: 'Personal den 2026-11-02' }).getByRole('checkbox', { name: 'Cecilia Ceder' }).check();
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
}

/** The form on screen: the same component the printer gets. */
const sheet = (page: Page) => page.getByRole('region', { name: 'Underlaget' });

/** Amounts keep their thousands apart with a no-break space; the assertions read plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** The form printed to PDF: one A4 page; its text with plain spaces. */
async function printedPdf(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const { text, pages } = await printToPdf(page, testInfo, name);
  expect(pages).toBe(1);
  return plain(text);
}

/** One session row of the printed table: date, week, time, length, the four billable roles, billable, hours, amount. */
const sessionRow = (cells: (string | number)[]) => new RegExp(`^\\s*${cells.join('\\s+')}\\s*$`, 'm');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

test('a November recorded through the UI prints as an A4 billing form, is sent, locked, corrected and exported', async ({
  page,
  server,
}, testInfo) => {
  // A whole month of the routine, through the UI: longer than the default 30 seconds.
  test.setTimeout(120_000);
  await setUpNorr(page, server.url, { ...MONDAYS, startTime: '13:00', minutes: '60' });
  await importRoster(page, ROSTER, '2026-11-01');

  // Week 46 moves to Wednesday, week 47 is a team-meeting week, week 48 is cancelled.
  await page.getByRole('button', { name: 'Flytta tillfället vecka 46', exact: true }).click();
  const move = page.getByRole('dialog', { name: 'Flytta tillfället vecka 46' });
  await move.getByLabel('Ny dag').selectOption('2026-11-11');
  await move.getByRole('button', { name: 'Flytta tillfället', exact: true }).click();
  // A move into the past is still to be recorded: the row says so, and where it moved from.
  await expect(row(page, '2026-W46')).toContainText('Ej registrerad(flyttad från måndag 2026-11-09)');
  await page.getByRole('button', { name: 'Markera som teamträffsvecka, vecka 47' }).click();
  await expect(row(page, '2026-W47')).toContainText('Teamträffsvecka');
  await page.getByRole('button', { name: 'Ställ in tillfället vecka 48', exact: true }).click();
  const cancel = page.getByRole('dialog', { name: 'Ställ in tillfället vecka 48' });
  await cancel.getByLabel('Orsak').fill('Arbetsterapeuten på utbildning');
  await cancel.getByRole('button', { name: 'Ställ in tillfället' }).click();
  await expect(row(page, '2026-W48')).toContainText('Inställd');

  // Week 45: two care staff and the manager are billable; the OT in the chair is not.
  await recordHeld(page, 45, '2026-11-02', { chair: 'Ingrid Isaksson', people: ['Anna Andersson', 'Bertil Berg', 'Lena Lind'] });
  // Week 46: four care staff and the planner; the PT and the nurse are not billable.
  await recordHeld(page, 46, '2026-11-11', {
    chair: 'Johan Jansson',
    people: ['Anna Andersson', 'Bertil Berg', 'Cecilia Ceder', 'David Dahl', 'Petra Palm', 'Karin Kvist'],
  });

  // The billing settings: a refused org.nr and amount are explained next to their fields.
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click();
  const settings = page.getByRole('form', { name: 'Uppgifter på underlaget för Hemtjänst Norr' });
  await expect(settings.getByRole('checkbox', { name: 'Omvårdnadspersonal' })).toBeChecked();
  await expect(settings.getByRole('checkbox', { name: 'Planerare/kontaktperson' })).toBeChecked();
  await expect(settings.getByRole('checkbox', { name: 'Arbetsterapeut' })).not.toBeChecked();
  await expect(settings.getByRole('radio', { name: 'Ingen (underlaget visar inga belopp)' })).toBeChecked();
  await settings.getByLabel('Beställare (kommun)').fill('Exempelby kommun');
  await settings.getByLabel('Utförarens organisationsnummer').fill('2120001234');
  await settings.getByLabel('Kostnadsställe/referens').fill('KS 4711');
  await settings.getByLabel('Enhetschefens telefon').fill('0123-456 78');
  await settings.getByRole('radio', { name: 'Kronor per deltagartimme' }).check();
  await settings.getByLabel('Belopp i kronor').fill('333,505');
  await settings.getByRole('button', { name: 'Spara debiteringsuppgifterna' }).click();
  await expect(settings.getByText('Ange organisationsnumret som NNNNNN-NNNN, till exempel 212000-1234.')).toBeVisible();
  await expect(settings.getByText('Ange ett belopp större än 0 kr och högst 100 000 kr.')).toBeVisible();
  await expect(settings.getByLabel('Utförarens organisationsnummer')).toBeFocused();
  await screenshot(page, testInfo, 'billing-01-settings-refused');
  await expectNoAxeViolations(page);
  await settings.getByLabel('Utförarens organisationsnummer').fill('212000-1234');
  await settings.getByLabel('Belopp i kronor').fill('333,50');
  await settings.getByRole('button', { name: 'Spara debiteringsuppgifterna' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await expect(page.getByLabel('Sista dag att skicka underlaget (dag i följande månad)')).toHaveValue('4');

  // Planering reminds of November; its link opens November's form.
  await page.getByRole('link', { name: 'Planering', exact: true }).click();
  const reminders = page.getByRole('region', { name: 'Debiteringsunderlag att skicka' });
  await expect(reminders).toHaveText(
    /Debiteringsunderlaget för november 2026 \(Hemtjänst Norr\) är inte skickat\. 1 vecka ej registrerad\. Sista dag 2026-12-04 – 2 dagar kvar\./,
  );
  await screenshot(page, testInfo, 'billing-02-reminder');
  await expectNoAxeViolations(page);
  await reminders.getByRole('link', { name: 'Öppna underlaget för november 2026, Hemtjänst Norr' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('november 2026');
  await expect(page.getByRole('main')).toContainText('Ej skickad');
  await expect(page.getByRole('main')).toContainText('Ska skickas senast 2026-12-04, om 2 dagar');

  // Week 49 has not been recorded yet: the form says so, and sending warns about it first.
  await expect(sheet(page).locator('tr[data-week="2026-W49"]')).toContainText('Ej registrerad');
  await page.getByRole('button', { name: 'Markera som skickad' }).click();
  const confirm = page.getByRole('dialog', { name: 'Markera underlaget som skickat' });
  await expect(confirm).toContainText('Vecka 49, måndag 2026-11-30');
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await screenshot(page, testInfo, 'billing-03-not-recorded-warning');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Markera som skickad' })).toBeFocused();

  // Week 49: 90 minutes, five care staff, the manager and a guest from the staffing centre.
  await page.getByRole('link', { name: 'Planering', exact: true }).click();
  await recordHeld(page, 49, '2026-11-30', {
    chair: 'Ingrid Isaksson',
    people: ['Anna Andersson', 'Bertil Berg', 'Cecilia Ceder', 'David Dahl', 'Emma Ek', 'Lena Lind'],
    guest: 'Sara Vikström',
    minutes: '90',
  });

  // Without a handed-over month the view opens last month, since its form is unsent.
  await openBilling(page);
  await expect(page.getByRole('main')).toContainText('november 2026');
  await expect(sheet(page).getByRole('heading', { name: 'Debiteringsunderlag – handledning i hemtjänsten' })).toBeVisible();
  await screenshot(page, testInfo, 'billing-04-form');
  await expectNoAxeViolations(page);

  // "Skriv ut" opens the browser's print dialog (stubbed here); the PDF is what it would print.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.getByText('Välj ”Spara som PDF” som skrivare i utskriftsdialogen.', { exact: false })).toBeVisible();

  const v1 = await printedPdf(page, testInfo, 'billing-november-v1');
  expect(v1).toContain('Debiteringsunderlag – handledning i hemtjänsten');
  expect(v1).toMatch(/Beställare:\s+Exempelby kommun/);
  expect(v1).toMatch(/Utförare:\s+Kommunens hemtjänst, org\.nr 212000-1234/);
  expect(v1).toMatch(/Enhet:\s+Hemtjänst Norr/);
  expect(v1).toMatch(/Kostnadsställe\/referens:\s+KS 4711/);
  expect(v1).toMatch(/Månad:\s+november 2026/);
  expect(v1).toMatch(/Period:\s+2026-11-01 – 2026-11-30/);
  expect(v1).toMatch(/Enhetschef:\s+Anna Berg, tel\. 0123-456 78/);
  // Omvårdnadspersonal, Enhetschef, Planerare/kontaktperson, Rehabassistent; billable; hours; amount.
  expect(v1).toMatch(sessionRow(['2026-11-02', 45, '13:00–14:00', '60 min', 2, 1, 0, 0, 3, '3,00', '1 000,50 kr']));
  expect(v1).toMatch(sessionRow(['2026-11-11', 46, '13:00–14:00', '60 min', 4, 0, 1, 0, 5, '5,00', '1 667,50 kr']));
  expect(v1).toMatch(sessionRow(['2026-11-30', 49, '13:00–14:30', '90 min', 6, 1, 0, 0, 7, '10,50', '3 501,75 kr']));
  expect(v1).toContain('Veckor utan debiterad handledning');
  expect(v1).toMatch(/^\s*47\s+2026-11-16\s+Teamträff\s*$/m);
  expect(v1).toMatch(/^\s*48\s+2026-11-23\s+Inställd: Arbetsterapeuten på utbildning\s*$/m);
  expect(v1).toMatch(/Genomförda tillfällen\s+Debiterbara deltagare\s+Deltagartimmar\s+Belopp\s*\n\s*3\s+15\s+18,50\s+6 169,75 kr/);
  expect(oneLine(v1)).toContain('Debiterbara yrkesroller: Omvårdnadspersonal, Enhetschef, Planerare/kontaktperson, Rehabassistent.');
  expect(v1).toContain('Ersättning: 333,50 kr per deltagartimme.');
  expect(v1).toMatch(/Enhetschef\s+Attestant/);
  expect(v1).toMatch(/Handledning \S+ · Underlag version 1 · framställt 2026-12-02/);
  // Counts only: no names, no notes.
  for (const name of ['Anna Andersson', 'Ingrid Isaksson', 'Sara Vikström', 'Rättelse']) expect(v1).not.toContain(name);

  // Sent: the month is locked.
  await page.getByRole('button', { name: 'Markera som skickad' }).click();
  const send = page.getByRole('dialog', { name: 'Markera underlaget som skickat' });
  await expect(send).toContainText('Underlaget för november 2026, Hemtjänst Norr, markeras som skickat (version 1).');
  await expect(send.getByText('Tillfällen som inte är registrerade')).toHaveCount(0);
  await send.getByRole('button', { name: 'Markera som skickad' }).click();
  await expect(page.getByRole('status')).toHaveText('Underlaget för november 2026 är markerat som skickat.');
  await expect(page.getByRole('main')).toContainText('Skickad 2026-12-02 (version 1)');
  await expect(page.getByRole('button', { name: 'Rätta underlaget' })).toBeFocused();
  await expect(page.getByText('Version 1, skickad 2026-12-02')).toBeVisible();
  await screenshot(page, testInfo, 'billing-05-sent');
  await expectNoAxeViolations(page);

  // A sent month's attendance cannot be changed: the session view says why before anything
  // is ticked, and its boxes and save are disabled.
  await page.getByRole('link', { name: 'Planering', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Debiteringsunderlag att skicka' })).toHaveCount(0);
  await expect(row(page, '2026-W45')).toContainText('Låst');
  await page.getByRole('link', { name: 'Öppna tillfället vecka 45' }).click();
  await expect(page.getByText('Månaden är skickad som debiteringsunderlag och låst. Rätta underlaget för att ändra.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Personal den 2026-11-02' }).getByRole('checkbox', { name: 'Cecilia Ceder' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Spara tillfället' })).toBeDisabled();
  await screenshot(page, testInfo, 'billing-06-locked');
  await expectNoAxeViolations(page);

  // A correction: the reason is required; then the month opens again. With November sent,
  // the view opens on December; the month before is one button away.
  await openBilling(page);
  await expect(page.getByRole('main')).toContainText('december 2026');
  await page.getByRole('button', { name: 'Föregående månad' }).click();
  await expect(page.getByRole('main')).toContainText('Skickad 2026-12-02 (version 1)');
  await page.getByRole('button', { name: 'Rätta underlaget' }).click();
  const reopen = page.getByRole('dialog', { name: 'Rätta underlaget för november 2026' });
  await expect(reopen.getByLabel('Orsak till rättelsen')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reopen.getByText('Ange varför underlaget rättas.')).toBeVisible();
  await screenshot(page, testInfo, 'billing-07-reason-required');
  await expectNoAxeViolations(page);
  await reopen.getByLabel('Orsak till rättelsen').fill('Cecilia Ceder deltog vecka 45 men saknades');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Underlaget för november 2026 är öppnat för rättelse.');
  await expect(page.getByRole('main')).toContainText('Öppnad för rättelse');
  await expect(page.getByRole('button', { name: 'Markera som skickad' })).toBeFocused();

  await page.getByRole('link', { name: 'Planering', exact: true }).click();
  await addCeciliaToWeek45(page);
  await expect(page.getByRole('status')).toHaveText('Sparat');

  // Version 2 is marked Rättelse and lists what changed.
  await openBilling(page);
  await expect(page.getByRole('main')).toContainText('Öppnad för rättelse');
  await expect(sheet(page)).toContainText('Rättelse');
  await page.getByRole('button', { name: 'Markera som skickad' }).click();
  await page.getByRole('dialog', { name: 'Markera underlaget som skickat' }).getByRole('button', { name: 'Markera som skickad' }).click();
  await expect(page.getByRole('main')).toContainText('Skickad 2026-12-02 (version 2)');
  await expect(page.getByText('Version 2, skickad 2026-12-02. Rättelse: Cecilia Ceder deltog vecka 45 men saknades')).toBeVisible();
  await screenshot(page, testInfo, 'billing-08-correction-sent');
  await expectNoAxeViolations(page);

  const v2 = oneLine(await printedPdf(page, testInfo, 'billing-november-v2'));
  expect(v2).toContain('Rättelse Ersätter version 1. Orsak: Cecilia Ceder deltog vecka 45 men saknades');
  expect(v2).toContain('Ändringar mot version 1');
  expect(v2).toContain(
    'Ändrat: tillfället 2026-11-02 (vecka 45) har 4 debiterbara deltagare i stället för 3. Belopp: 1 334,00 kr i stället för 1 000,50 kr.',
  );
  expect(v2).toContain('Underlag version 2');

  // Version 1 stays as it was sent, and can be printed again.
  await page.getByRole('button', { name: 'Visa version 1' }).click();
  await expect(page.getByText('Här visas version 1 precis som den skickades 2026-12-02.', { exact: false })).toBeVisible();
  await expect(sheet(page)).not.toContainText('Rättelse');
  await expect(sheet(page).locator('tr[data-week="2026-W45"]')).toContainText('1 000,50 kr');
  await screenshot(page, testInfo, 'billing-09-version-1');
  await expectNoAxeViolations(page);
  const reprint = await printedPdf(page, testInfo, 'billing-november-v1-reprint');
  expect(reprint).toMatch(sessionRow(['2026-11-02', 45, '13:00–14:00', '60 min', 2, 1, 0, 0, 3, '3,00', '1 000,50 kr']));
  expect(reprint).toContain('Underlag version 1');
  await page.getByRole('button', { name: 'Visa aktuellt underlag' }).click();
  await expect(sheet(page)).toContainText('Rättelse');

  // The exports: an .xlsx and a CSV (UTF-8 with BOM) for the unit, and both for all units.
  const xlsx = await download(page, 'Exportera Excel (.xlsx)');
  expect(xlsx.name).toBe('Debiteringsunderlag Hemtjänst Norr 2026-11 v2.xlsx');
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByRole('status')).toHaveText('Filen Debiteringsunderlag Hemtjänst Norr 2026-11 v2.xlsx är skapad.');
  const csv = await download(page, 'Exportera CSV');
  expect(csv.name).toBe('Debiteringsunderlag Hemtjänst Norr 2026-11 v2.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8')).toContain('Hemtjänst Norr');

  const summary = page.getByRole('table', { name: 'Alla enheter, november 2026' });
  const summaryCells = await summary
    .getByRole('row', { name: /Hemtjänst Norr/ })
    .locator('th, td')
    .allTextContents();
  expect(summaryCells.map(plain)).toEqual(['Hemtjänst Norr', '3', '16', '19,50', '6 503,25 kr', 'Ja']);
  const summaryCsv = await download(page, 'Exportera sammanställningen (CSV)');
  expect(summaryCsv.name).toBe('Debiteringsunderlag sammanställning 2026-11.csv');
  expect([...summaryCsv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(summaryCsv.bytes.toString('utf8')).toContain('Hemtjänst Norr');
  const summaryXlsx = await download(page, 'Exportera sammanställningen (.xlsx)');
  expect(summaryXlsx.name).toBe('Debiteringsunderlag sammanställning 2026-11.xlsx');
  await screenshot(page, testInfo, 'billing-10-exported');
  await expectNoAxeViolations(page);
});

test("Planering reminds of every unit's unsent months, and each reminder opens that unit's form", async ({ page, server }, testInfo) => {
  // Hemtjänst Norr meets on Mondays from 2026-11-02; Hemtjänst Syd on Tuesdays from 2026-10-06.
  await setUpNorr(page, server.url, MONDAYS);
  await addUnit(page, 'Hemtjänst Syd', 'Bo Ek', { weekday: 'tisdag', validFrom: '2026-10-06' });

  const reminders = page.getByRole('region', { name: 'Debiteringsunderlag att skicka' });
  await expect(reminders.getByRole('listitem')).toHaveText([
    'Debiteringsunderlaget för november 2026 (Hemtjänst Norr) är inte skickat. 5 veckor ej registrerade. Sista dag 2026-12-04 – 2 dagar kvar. Öppna underlaget',
    'Debiteringsunderlaget för oktober 2026 (Hemtjänst Syd) är inte skickat. 4 veckor ej registrerade. Sista dag 2026-11-04 – försenat 28 dagar. Öppna underlaget',
    'Debiteringsunderlaget för november 2026 (Hemtjänst Syd) är inte skickat. 4 veckor ej registrerade. Sista dag 2026-12-04 – 2 dagar kvar. Öppna underlaget',
  ]);
  await screenshot(page, testInfo, 'reminders-01-two-units');
  await expectNoAxeViolations(page);

  // Syd's October: nothing recorded, no billing settings yet, no rate.
  await reminders.getByRole('link', { name: 'Öppna underlaget för oktober 2026, Hemtjänst Syd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('oktober 2026');
  await expect(page.getByRole('main')).toContainText('Ska skickas senast 2026-11-04, försenad 28 dagar');
  await expect(page.getByRole('note')).toHaveText(
    'Uppgifter saknas på underlaget: Beställare, Utförarens organisationsnummer, Kostnadsställe/referens, Enhetschefens telefon. Fyll i dem under Inställningar',
  );
  await expect(sheet(page)).toContainText('Inga genomförda tillfällen under månaden.');
  await expect(sheet(page).getByRole('columnheader', { name: 'Belopp' })).toHaveCount(0);
  await expect(sheet(page)).toContainText('Ingen handledning är registrerad som genomförd i månaden.');
  await expect(sheet(page)).not.toContainText('varje vecka med handledning i månaden är debiterad');
  for (const week of ['2026-W41', '2026-W42', '2026-W43', '2026-W44']) {
    await expect(sheet(page).locator(`tr[data-week="${week}"]`)).toContainText('Ej registrerad');
  }
  await screenshot(page, testInfo, 'reminders-02-syd-october');
  await expectNoAxeViolations(page);

  // Syd's September, before its first session, says that nothing was planned.
  await page.getByRole('button', { name: 'Föregående månad' }).click();
  await expect(page.getByRole('main')).toContainText('september 2026');
  await expect(sheet(page)).toContainText('Enheten har ingen planerad handledning i månaden.');
  await expect(sheet(page)).not.toContainText('varje vecka med handledning i månaden är debiterad');
  // Its routine started in October: September is not overdue, in the status or the summary.
  await expect(page.getByRole('main')).toContainText('Rutinen hade inte startat – den startade 2026-10-06. Inget att skicka för månaden.');
  await expect(page.getByRole('main')).not.toContainText('Ej skickad');
  await expect(page.getByRole('main')).not.toContainText('försenad');
  await expect(page.getByRole('table', { name: 'Alla enheter, september 2026' }).getByRole('row', { name: /Hemtjänst Syd/ })).toContainText(
    'Rutinen hade inte startat',
  );
  await screenshot(page, testInfo, 'reminders-02b-syd-september');
  await expectNoAxeViolations(page);

  // Norr's November: the app switches to Norr and opens its form.
  await page.getByRole('link', { name: 'Planering', exact: true }).click();
  await reminders.getByRole('link', { name: 'Öppna underlaget för november 2026, Hemtjänst Norr' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' })).toBeVisible();
  await expect(page.getByLabel('Välj enhet').locator('option:checked')).toHaveText('Hemtjänst Norr');
  await expect(page.getByRole('main')).toContainText('november 2026');
  await expect(sheet(page)).toContainText('Hemtjänst Norr');
  const summary = page.getByRole('table', { name: 'Alla enheter, november 2026' });
  await expect(summary.getByRole('row')).toHaveText([
    /^Enhet/,
    'Hemtjänst Norr000,00Ingen ersättning angivenNej',
    'Hemtjänst Syd000,00Ingen ersättning angivenNej',
  ]);
  await screenshot(page, testInfo, 'reminders-03-norr-november');
  await expectNoAxeViolations(page);
});

test('in the desktop app the form prints and saves as PDF through the host, and the deadline day is a setting', async ({
  page,
  server,
}, testInfo) => {
  // What the Electron preload exposes as window.handledningHost, recording what it is asked.
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, {
      hostCalls: calls,
      handledningHost: {
        print: () => {
          calls.push('print');
          return Promise.resolve({ ok: true, value: null });
        },
        savePdf: (fileName: string) => {
          calls.push(`savePdf ${fileName}`);
          return Promise.resolve({ ok: true, value: { path: `/home/anna/Dokument/${fileName}` } });
        },
      },
    });
  });
  await setUpNorr(page, server.url, MONDAYS);

  // The deadline moves from the 4th to the 10th of the following month, for every unit.
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click();
  const deadline = page.getByRole('form', { name: 'Sista dag att skicka, alla enheter' });
  await deadline.getByLabel('Sista dag att skicka underlaget (dag i följande månad)').fill('29');
  await deadline.getByRole('button', { name: 'Spara sista dagen' }).click();
  await expect(deadline.getByText('Ange en dag mellan 1 och 28.')).toBeVisible();
  await deadline.getByLabel('Sista dag att skicka underlaget (dag i följande månad)').fill('10');
  await deadline.getByRole('button', { name: 'Spara sista dagen' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');

  await openBilling(page);
  await expect(page.getByRole('main')).toContainText('Ska skickas senast 2026-12-10, om 8 dagar');
  await expect(page.getByText('Välj ”Spara som PDF” som skrivare', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  await page.getByRole('button', { name: 'Spara som PDF' }).click();
  await expect(page.getByRole('status')).toHaveText('PDF-filen är sparad: /home/anna/Dokument/Debiteringsunderlag Hemtjänst Norr 2026-11 v1.pdf');
  expect(await page.evaluate(() => (window as unknown as { hostCalls: string[] }).hostCalls)).toEqual([
    'print',
    'savePdf Debiteringsunderlag Hemtjänst Norr 2026-11 v1.pdf',
  ]);
  await screenshot(page, testInfo, 'desktop-01-pdf-saved');
  await expectNoAxeViolations(page);
});
