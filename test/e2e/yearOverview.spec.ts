import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { printToPdf } from './pdf';
import { callApi, importRoster, openView, recordHeldByApi, setUpNorr, TWELVE_STAFF } from './steps';

// The backend's today is Wednesday 2026-06-17 (week 25). The weekly slot (Thursday 14:00, 30 min)
// runs from Thursday 2026-01-01, New Year's Day. The ISO year 2026 has 53 weeks. Week 2 is held
// by five, week 10 by seven; week 15 is cancelled; week 19 has a team meeting (Tuesday
// 2026-05-05); weeks 1, 20, 52 and 53 fall on holidays (New Year's Day, Ascension Day, Christmas
// Eve and New Year's Eve are Thursdays in 2026); week 30 is moved
// to Tuesday 2026-07-21 at 10:00. The other past weeks are unrecorded, the later ones planned.
test.use({ today: '2026-06-17' });

const row = (page: Page, week: string) => page.locator(`tr[data-week="${week}"]`);

async function seedYear(page: Page, url: string): Promise<Map<string, number>> {
  await setUpNorr(page, url, { weekday: 'torsdag', validFrom: '2026-01-01' });
  await importRoster(page, TWELVE_STAFF, '2026-01-01');
  const staff = await callApi<{ id: number; name: string }[]>(page, 'staff.list', { unitId: 1, includeInactive: true });
  const ids = new Map(staff.map((member) => [member.name, member.id]));
  const id = (name: string) => ids.get(name)!;
  const held = async (week: string, people: string[]) => recordHeldByApi(page, week, id(people[0]!), people.map(id));
  // The first named chairs: an OT or a PT.
  await held('2026-W02', ['Ingrid Isaksson', 'Anna Andersson', 'Bertil Berg', 'Cecilia Ceder', 'Lena Lind']);
  await held('2026-W10', ['Johan Jansson', 'Anna Andersson', 'Bertil Berg', 'Cecilia Ceder', 'David Dahl', 'Emma Ek', 'Karin Kvist']);
  await callApi(page, 'sessions.cancel', { unitId: 1, week: '2026-W15', reason: 'Personalbrist' });
  await callApi(page, 'teamMeetings.addDate', { unitId: 1, date: '2026-05-05' });
  await callApi(page, 'sessions.move', { unitId: 1, week: '2026-W30', date: '2026-07-21', startTime: '10:00' });
  return ids;
}

/** The PDF's page as pdfinfo reads it: A4 (595 x 842 pt, give or take a point of rounding), portrait or landscape. */
function pageOf(testInfo: TestInfo, name: string): string {
  const info = execFileSync('pdfinfo', [testInfo.outputPath(`${name}.pdf`)], { encoding: 'utf8' });
  const [width = 0, height = 0] = (/^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info) ?? []).slice(1).map(Number);
  const near = (a: number, b: number) => Math.abs(a - b) < 1;
  if (near(width, 595.28) && near(height, 841.89)) return 'A4 portrait';
  if (near(width, 841.89) && near(height, 595.28)) return 'A4 landscape';
  return `${width} x ${height}`;
}

test('the year overview shows every week of the ISO year with its state, and prints it on one landscape page', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedYear(page, server.url);

  await openView(page, 'Årsöversikt');
  await expect(page).toHaveURL(/#\/enhet\/1\/ar$/);
  await expect(page.getByText('2026, 53 veckor')).toBeVisible();
  await expect(page.locator('tr[data-week]')).toHaveCount(53);

  await expect(row(page, '2026-W01')).toContainText('Helgdag');
  await expect(row(page, '2026-W01')).toContainText('nyårsdagen');
  await expect(row(page, '2026-W02')).toContainText('Genomförd');
  await expect(row(page, '2026-W02').locator('td').last()).toHaveText('5');
  await expect(row(page, '2026-W03')).toContainText('Ej registrerad');
  await expect(row(page, '2026-W10').locator('td').last()).toHaveText('7');
  await expect(row(page, '2026-W15')).toContainText('Inställd');
  await expect(row(page, '2026-W19')).toContainText('Teamträffsvecka');
  await expect(row(page, '2026-W19')).toContainText('2026-05-05');
  await expect(row(page, '2026-W20')).toContainText('Helgdag');
  await expect(row(page, '2026-W26')).toContainText('Planerad');
  await expect(row(page, '2026-W30')).toContainText('Flyttad');
  await expect(row(page, '2026-W30')).toContainText('tisdag 2026-07-21');
  await expect(row(page, '2026-W30')).toContainText('10:00');
  await expect(row(page, '2026-W30')).toContainText('flyttad från 2026-07-23');
  await expect(row(page, '2026-W53')).toContainText('2026-12-31');
  await expect(row(page, '2026-W53')).toContainText('Helgdag');

  // The legend counts the year's weeks per state: 2 held, 1 cancelled, 1 team meeting, 4 holidays, 1 moved.
  const legend = page.getByRole('table', { name: 'Lägen under 2026' });
  const count = (state: string) => legend.locator(`tr[data-state="${state}"] td`).last();
  await expect(count('held')).toHaveText('2');
  await expect(count('cancelled')).toHaveText('1');
  await expect(count('teamMeetingWeek')).toHaveText('1');
  await expect(count('holiday')).toHaveText('4');
  await expect(count('moved')).toHaveText('1');
  // Weeks 3–24 but 10, 15, 19 and 20: 18 unrecorded; weeks 25 (Thursday is tomorrow) to 53 but 30, 52 and 53: 26 planned.
  await expect(count('unrecorded')).toHaveText('18');
  await expect(count('planned')).toHaveText('26');
  await expect(count('none')).toHaveText('0');

  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'year-overview');

  const pdf = await printToPdf(page, testInfo, 'year-overview-print');
  expect(pdf.pages).toBe(1);
  expect(pageOf(testInfo, 'year-overview-print')).toBe('A4 landscape');
  expect(pdf.text).toContain('Årsöversikt 2026 – handledning');
  expect(pdf.text).toContain('Hemtjänst Norr');
  expect(pdf.text).toMatch(/Utskriven:?\s+2026-06-17/);
  for (let week = 1; week <= 53; week += 1) {
    expect(pdf.text, `week ${week}`).toMatch(new RegExp(`(^|\\s)${week}\\s+20\\d\\d-\\d\\d-\\d\\d`, 'm'));
  }
  expect(pdf.text).toMatch(/30\s+2026-07-21 10:00\s+Flyttad/);
  expect(pdf.text).toMatch(/2\s+2026-01-08\s+Genomförd\s+5/);
  expect(pdf.text).toMatch(/19\s+2026-05-05\s+Teamträffsvecka/);
  expect(pdf.text).toMatch(/15\s+2026-04-09\s+Inställd/);
  expect(pdf.text).toMatch(/53\s+2026-12-31\s+Helgdag/);
  expect(pdf.text).toMatch(/Ej registrerad\s+Dagen har passerat men inget är registrerat\.\s+18/);

  // Printing is logged, with the year.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect
    .poll(async () => (await callApi<{ subject: string }[]>(page, 'audit.list', { limit: 1, beforeId: null }))[0]?.subject)
    .toBe('enhet 1, år 2026, årsöversikt');

  // The previous year has no slot in force: 52 weeks without one; its address names the year.
  await page.getByRole('button', { name: 'Föregående år' }).click();
  await expect(page).toHaveURL(/#\/enhet\/1\/ar\/2025$/);
  await expect(page.getByText('2025, 52 veckor')).toBeVisible();
  await expect(page.locator('tr[data-week]')).toHaveCount(52);
  await expect(row(page, '2025-W52')).toContainText('Ingen veckotid');
  await page.getByRole('button', { name: 'Nästa år' }).click();
  await expect(page).toHaveURL(/#\/enhet\/1\/ar\/2026$/);

  // A week with a session opens it, as in the plan; a cancelled or team-meeting week has none to open.
  await expect(row(page, '2026-W15').getByRole('link')).toHaveCount(0);
  await expect(row(page, '2026-W19').getByRole('link')).toHaveCount(0);
  await page.getByRole('link', { name: 'Vecka 2', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 2' })).toBeVisible();

  // The billing form still prints portrait.
  await openView(page, 'Debiteringsunderlag');
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await printToPdf(page, testInfo, 'billing-still-portrait');
  expect(pageOf(testInfo, 'billing-still-portrait')).toBe('A4 portrait');
});

test('a garbled year in the address opens this year', async ({ page, server }) => {
  await seedYear(page, server.url);
  await page.goto(server.url.replace(/#.*$/, '#/enhet/1/ar/99999'));
  await expect(page.getByText('2026, 53 veckor')).toBeVisible();
});

test('the roster prints as a portrait list with a head count per role, those on the list or the leavers too', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const ids = await seedYear(page, server.url);
  // Johan Jansson left at the end of May.
  await callApi(page, 'staff.setActivePeriod', { unitId: 1, personId: ids.get('Johan Jansson'), activeFrom: '2026-01-01', activeTo: '2026-05-31' });

  await openView(page, 'Personal');
  const panel = page.getByRole('region', { name: 'Skriv ut listan' });
  await expect(panel.getByRole('radio', { name: 'De som finns på listan i dag' })).toBeChecked();
  await expect(panel.getByRole('button', { name: 'Skriv ut personallistan' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'roster-print-panel');

  const onList = await printToPdf(page, testInfo, 'roster-print');
  expect(onList.pages).toBe(1);
  expect(pageOf(testInfo, 'roster-print')).toBe('A4 portrait');
  expect(onList.text).toContain('Personallista');
  expect(onList.text).toMatch(/De som finns på listan 2026-06-17/);
  expect(onList.text).toMatch(/Gustav Gran\s+Omvårdnadspersonal\s+Vikarie\s+2026-01-01\s+Tills vidare/);
  expect(onList.text).not.toContain('Johan Jansson');
  expect(onList.text).toMatch(/Omvårdnadspersonal\s+8/);
  expect(onList.text).toMatch(/Arbetsterapeut\s+1/);
  expect(onList.text).not.toMatch(/Fysioterapeut\s+1/);
  expect(onList.text).toMatch(/Totalt\s+11/);
  // Sorted by name: Anna first, Lena last.
  expect(onList.text.indexOf('Anna Andersson')).toBeLessThan(onList.text.indexOf('Lena Lind'));

  await panel.getByRole('radio', { name: 'Även de som har slutat' }).check();
  await expect(page.locator('.print-root')).toContainText('Johan Jansson');
  const withLeavers = await printToPdf(page, testInfo, 'roster-print-leavers');
  expect(withLeavers.text).toMatch(/Johan Jansson\s+Fysioterapeut\s+Ordinarie\s+2026-01-01\s+2026-05-31/);
  expect(withLeavers.text).toMatch(/Fysioterapeut\s+1/);
  expect(withLeavers.text).toMatch(/Totalt\s+12/);
  expect(withLeavers.text).toContain('Alla, även de som har slutat');

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect
    .poll(async () => (await callApi<{ subject: string }[]>(page, 'audit.list', { limit: 1, beforeId: null }))[0]?.subject)
    .toBe('enhet 1, datum 2026-06-17, personallista');
});
