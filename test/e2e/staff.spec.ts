import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { addUnit, callApi, openView, setUpNorrWithDefaults } from './steps';

// The backend's today is frozen at Monday 2026-04-20. A leaver stays on the roster up to
// and including their last day, so the leaver here leaves on Friday 2026-04-17.
test.use({ today: '2026-04-20' });

const member = (page: Page, name: string) =>
  page.locator('.roster-table tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: false }) });
const rosterRows = (page: Page) => page.locator('.roster-table tbody tr');
const addForm = (page: Page) => page.getByRole('form', { name: 'Lägg till person' });
const previewRow = (page: Page, line: number) => page.locator(`.import-preview-table tr[data-line="${line}"]`);

async function openStaff(page: Page, unit: string) {
  await openView(page, 'Personal');
  await expect(page.getByRole('main').getByText(unit, { exact: true })).toBeVisible();
}

async function addPerson(page: Page, person: { name: string; role: string; employment?: string; from?: string }) {
  const form = addForm(page);
  await form.getByLabel('Namn', { exact: true }).fill(person.name);
  await form.getByLabel('Yrkesroll').selectOption({ label: person.role });
  await form.getByLabel('Anställning').selectOption({ label: person.employment ?? 'Ordinarie' });
  if (person.from) await form.getByLabel('Aktiv från').fill(person.from);
  await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`${person.name} har lagts till.`);
}

test('the manager adds staff by hand, corrects one and lets one go, who is hidden but kept', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await openStaff(page, 'Hemtjänst Norr');
  await expect(page.getByText('Ingen personal ännu.', { exact: false })).toBeVisible();
  await screenshot(page, testInfo, 'staff-01-empty');
  await expectNoAxeViolations(page);

  // Nobody is asked for a personnummer; an empty name is refused next to the field.
  await expect(page.getByLabel(/personnummer/i)).toHaveCount(0);
  await addForm(page).getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(addForm(page).getByLabel('Namn', { exact: true })).toBeFocused();
  await expect(addForm(page).getByText('Ange personens namn.').first()).toBeVisible();
  // Aktiv från starts from the day the routine started (the guide's default, the 1st of the month).
  await expect(addForm(page).getByLabel('Aktiv från')).toHaveValue('2026-04-01');
  await screenshot(page, testInfo, 'staff-01b-name-missing');
  await expectNoAxeViolations(page);

  await addPerson(page, { name: 'Anna Berg', role: 'Omvårdnadspersonal', from: '2026-04-01' });
  // Ready for the next name at once.
  await expect(addForm(page).getByLabel('Namn', { exact: true })).toBeFocused();
  await expect(addForm(page).getByLabel('Namn', { exact: true })).toHaveValue('');
  await addPerson(page, { name: 'Eva Lund', role: 'Arbetsterapeut' });
  await addPerson(page, { name: 'Karin Ek', role: 'Fysioterapeut', employment: 'Vikarie' });

  const roster = page.getByRole('table', { name: 'Aktiv personal i Hemtjänst Norr' });
  await expect(roster.locator('tbody tr')).toHaveCount(3);
  const names = await roster.getByRole('rowheader').allTextContents();
  expect(names).toEqual(['Anna Berg', 'Eva Lund', 'Karin Ek']);
  await expect(member(page, 'Anna Berg')).toContainText('Omvårdnadspersonal');
  await expect(member(page, 'Anna Berg')).toContainText('2026-04-01');
  await expect(member(page, 'Karin Ek')).toContainText('Fysioterapeut');
  await expect(member(page, 'Karin Ek')).toContainText('Vikarie');
  await screenshot(page, testInfo, 'staff-02-roster');
  await expectNoAxeViolations(page);

  // Correct Karin Ek's employment: the dialog says a role change does not rewrite history.
  await page.getByRole('button', { name: 'Ändra Karin Ek' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra Karin Ek' });
  await expect(edit.getByLabel('Namn', { exact: true })).toBeFocused();
  await expect(edit).toContainText('En ändrad yrkesroll ändrar inte tidigare tillfällen');
  await edit.getByLabel('Anställning').selectOption({ label: 'Ordinarie' });
  await screenshot(page, testInfo, 'staff-03-edit');
  await expectNoAxeViolations(page);
  await edit.getByRole('button', { name: 'Spara ändringen' }).click();
  await expect(edit).toHaveCount(0);
  await expect(member(page, 'Karin Ek')).toContainText('Ordinarie');
  await expect(page.getByRole('button', { name: 'Ändra Karin Ek' })).toBeFocused();

  // Anna Berg leaves: her last day defaults to today, and a last day before her first is refused.
  await page.getByRole('button', { name: 'Avsluta Anna Berg i enheten' }).click();
  const leave = page.getByRole('dialog', { name: 'Avsluta Anna Berg i enheten' });
  await expect(leave.getByLabel('Sista dag')).toHaveValue('2026-04-20');
  await expect(leave.getByLabel('Sista dag')).toBeFocused();
  await leave.getByLabel('Sista dag').fill('2026-03-31');
  await leave.getByRole('button', { name: 'Avsluta i enheten' }).click();
  await expect(leave.getByText('Sista dagen kan inte vara före första dagen').first()).toBeVisible();
  await expect(leave.getByLabel('Sista dag')).toBeFocused();
  await leave.getByLabel('Sista dag').fill('2026-04-17');
  await screenshot(page, testInfo, 'staff-04-deactivate');
  await expectNoAxeViolations(page);
  await leave.getByRole('button', { name: 'Avsluta i enheten' }).click();
  await expect(leave).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Anna Berg är avslutad i enheten. Sista dag: 2026-04-17.');
  await expect(rosterRows(page)).toHaveCount(2);
  await expect(member(page, 'Anna Berg')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Personallista' })).toBeFocused();

  // The leaver is kept: shown with her last day when asked for.
  await page.getByLabel('Visa även avslutade').check();
  await expect(page.getByRole('table', { name: 'Personal i Hemtjänst Norr, även avslutade' })).toBeVisible();
  await expect(rosterRows(page)).toHaveCount(3);
  await expect(member(page, 'Anna Berg')).toContainText('Avslutad');
  await expect(member(page, 'Anna Berg')).toContainText('2026-04-17');
  await expect(member(page, 'Eva Lund')).toContainText('Tills vidare');
  await screenshot(page, testInfo, 'staff-05-with-leavers');
  await expectNoAxeViolations(page);

  // And she can come back.
  await page.getByRole('button', { name: 'Återaktivera Anna Berg' }).click();
  await expect(page.getByRole('status')).toHaveText('Anna Berg är aktiv i enheten igen.');
  await expect(page.getByRole('button', { name: 'Avsluta Anna Berg i enheten' })).toBeFocused();
  await page.getByLabel('Visa även avslutade').uncheck();
  await expect(rosterRows(page)).toHaveCount(3);
});

test('a list pasted from Excel or opened as a CSV file is previewed, and only its good rows imported', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await openStaff(page, 'Hemtjänst Norr');

  const pasted = [
    'Namn\tYrkesroll\tAnställning',
    'Sara Öberg\tundersköterska\tordinarie',
    'Johan Åkesson\tusk\tvikarie',
    'Per Lind\tsjukgymnst',
    'Lena Ström\tundersköterska\t850101-1234',
    'Olof Ek 8501011234\tundersköterska',
    'Maria Holm\tSSK',
  ].join('\n');
  await page.getByLabel('Klistra in från Excel').fill(pasted);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();

  const preview = page.getByRole('table', { name: 'Så här läses listan, rad för rad' });
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning' })).toBeFocused();
  await expect(page.getByText('3 läggs till, 3 rader har fel och hoppas över.')).toBeVisible();
  await expect(preview.locator('tbody tr')).toHaveCount(6);
  await expect(previewRow(page, 2)).toContainText('Läggs till');
  await expect(previewRow(page, 3)).toContainText('Omvårdnadspersonal');
  await expect(previewRow(page, 4)).toHaveAttribute('data-outcome', 'error');
  await expect(previewRow(page, 4)).toContainText('Fel: Okänd yrkesroll ”sjukgymnst”');
  await expect(previewRow(page, 5)).toHaveAttribute('data-outcome', 'error');
  await expect(previewRow(page, 5)).toContainText('Fel: Raden ser ut att innehålla ett personnummer');
  // A personnummer typed into the name is refused too, and not shown back.
  await expect(previewRow(page, 6)).toContainText('Fel: Raden ser ut att innehålla ett personnummer');
  await expect(previewRow(page, 6)).toContainText('Olof Ek');
  await expect(preview).not.toContainText('850101');
  await expect(previewRow(page, 7)).toContainText('Sjuksköterska');
  // Nothing is saved by the preview.
  await expect(page.getByText('Ingen personal ännu.', { exact: false })).toBeVisible();
  await screenshot(page, testInfo, 'staff-06-paste-preview');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('3 personer har importerats till Hemtjänst Norr.');
  await expect(page.getByRole('heading', { level: 2, name: 'Personallista' })).toBeFocused();
  expect(await rosterRows(page).getByRole('rowheader').allTextContents()).toEqual(['Johan Åkesson', 'Maria Holm', 'Sara Öberg']);
  await expect(member(page, 'Johan Åkesson')).toContainText('Vikarie');
  await expect(page.getByLabel('Klistra in från Excel')).toHaveValue('');
  await expect(preview).toHaveCount(0);
  await screenshot(page, testInfo, 'staff-07-imported');
  await expectNoAxeViolations(page);

  // Excel on Windows saves CSV with semicolons in Windows-1252: å, ä and ö must survive.
  const csv = ['Namn;Yrkesroll', 'Åsa Ängström;arbetsterapeut', 'Göran Öst;sjuksköterska', 'Sara Öberg;undersköterska', 'Olle Berg;kock', ''].join(
    '\r\n',
  );
  const windows1252 = Buffer.from(csv, 'latin1'); // the same bytes as Windows-1252 for these letters
  expect(windows1252.includes(Buffer.from('Å', 'utf8'))).toBe(false);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna CSV-fil' }).click();
  await (await chooser).setFiles({ name: 'personal.csv', mimeType: 'text/csv', buffer: windows1252 });

  await expect(page.getByLabel('Klistra in från Excel')).toHaveValue(/Åsa Ängström;arbetsterapeut/);
  await expect(page.getByText('Listan från personal.csv står i rutan ovan.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning' })).toBeFocused();
  await expect(page.getByText('2 läggs till, 1 finns redan och hoppas över, 1 rad har fel och hoppas över.')).toBeVisible();
  await expect(previewRow(page, 2)).toContainText('Åsa Ängström');
  await expect(previewRow(page, 2)).toContainText('Arbetsterapeut');
  await expect(previewRow(page, 3)).toContainText('Göran Öst');
  await expect(previewRow(page, 4)).toContainText('Finns redan, hoppas över');
  await expect(previewRow(page, 5)).toContainText('Fel: Okänd yrkesroll ”kock”');
  await screenshot(page, testInfo, 'staff-08-csv-preview');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('2 personer har importerats till Hemtjänst Norr.');
  await expect(rosterRows(page)).toHaveCount(5);
  await expect(member(page, 'Åsa Ängström')).toContainText('Arbetsterapeut');
  await expect(member(page, 'Göran Öst')).toContainText('Sjuksköterska');
  await expect(member(page, 'Olle Berg')).toHaveCount(0);
  await screenshot(page, testInfo, 'staff-09-csv-imported');
  await expectNoAxeViolations(page);
});

test('a nurse serving two units is entered once and added to the second unit as an existing person', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await openStaff(page, 'Hemtjänst Norr');
  await addPerson(page, { name: 'Eva Lund', role: 'Sjuksköterska' });

  await addUnit(page, 'Hemtjänst Söder', 'Anna Berg', { weekday: 'måndag' });
  await openStaff(page, 'Hemtjänst Söder');
  await addForm(page).getByLabel('Namn', { exact: true }).fill('eva l');
  const offer = page.getByRole('button', {
    name: 'Lägg till befintlig: Eva Lund, Sjuksköterska, finns i Hemtjänst Norr',
  });
  await expect(offer).toBeVisible();
  await expect(addForm(page)).toContainText('Finns redan i Hemtjänst Norr:');
  await expect(addForm(page)).toContainText('1 person med liknande namn finns redan i en annan enhet.');
  await screenshot(page, testInfo, 'staff-10-existing-offered');
  await expectNoAxeViolations(page);

  // From the keyboard: the offer is the next stop after the name.
  await page.keyboard.press('Tab');
  await expect(offer).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Eva Lund från Hemtjänst Norr har lagts till.');
  await expect(rosterRows(page)).toHaveCount(1);
  await expect(member(page, 'Eva Lund')).toContainText('Sjuksköterska');

  // Typed again, she is already here: nothing more to offer.
  await addForm(page).getByLabel('Namn', { exact: true }).fill('Eva');
  await expect(addForm(page)).toContainText('Eva Lund finns redan i den här enheten.');
  await expect(page.getByRole('button', { name: /Lägg till befintlig/ })).toHaveCount(0);
  await screenshot(page, testInfo, 'staff-11-existing-added');
  await expectNoAxeViolations(page);

  // One person in two units: a correction made in Söder shows in Norr.
  await page.getByRole('button', { name: 'Ändra Eva Lund' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra Eva Lund' });
  await edit.getByLabel('Anställning').selectOption({ label: 'Vikarie' });
  await edit.getByRole('button', { name: 'Spara ändringen' }).click();
  await expect(member(page, 'Eva Lund')).toContainText('Vikarie');
  await page.getByLabel('Välj enhet').selectOption({ label: 'Hemtjänst Norr' });
  await expect(page.getByRole('main').getByText('Hemtjänst Norr', { exact: true })).toBeVisible();
  await expect(member(page, 'Eva Lund')).toContainText('Vikarie');

  const people = await callApi<{ name: string; unitIds: number[] }[]>(page, 'people.list', {});
  const evas = people.filter((person) => person.name === 'Eva Lund');
  expect(evas).toHaveLength(1);
  expect(evas[0]?.unitIds).toHaveLength(2);
});
