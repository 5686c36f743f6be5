import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { printToPdf } from './pdf';
import { addUnit, callApi, importRoster, recordHeldByApi, setUpNorr, TWELVE_STAFF } from './steps';

// The backend's today is Friday 2026-10-09 (week 41). Hemtjänst Norr's routine started Monday
// 2026-09-07 with a Thursday slot: week 37 was held (three of the staff and a guest), week 38
// cancelled for illness, week 39 a team-meeting week, week 40 held by three, week 41 not recorded.
// No public holiday falls in these weeks, so every figure below follows from the seed alone.
test.use({ today: '2026-10-09' });

const PERIOD = { from: '2026-09-07', to: '2026-10-09' };

async function seedNorr(page: Page, url: string): Promise<void> {
  await setUpNorr(page, url, { validFrom: '2026-09-07' });
  await importRoster(page, TWELVE_STAFF, '2026-09-01');
  const staff = await callApi<{ id: number; name: string }[]>(page, 'staff.list', { unitId: 1, includeInactive: true });
  const id = (name: string) => staff.find((member) => member.name === name)!.id;
  const held = (week: string, chair: string, others: string[], guests: { name: string; role: string }[]) =>
    recordHeldByApi(page, week, id(chair), [chair, ...others].map(id), guests);
  await held('2026-W37', 'Ingrid Isaksson', ['Anna Andersson', 'Bertil Berg'], [{ name: 'Sara Vikström', role: 'careStaff' }]);
  await callApi(page, 'sessions.cancel', { unitId: 1, week: '2026-W38', reason: 'Sjukdom' });
  await callApi(page, 'teamMeetings.addDate', { unitId: 1, date: '2026-09-24' });
  await held('2026-W40', 'Ingrid Isaksson', ['Anna Andersson', 'Karin Kvist'], []);
}

async function openStatistics(page: Page, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

const figure = (page: Page, name: string) => page.locator(`main [data-figure="${name}"]`);
const countOf = (page: Page, caption: string, what: string) =>
  page.getByRole('table', { name: caption }).getByRole('row', { name: what, exact: false }).first().getByRole('cell');

test('the statistics of a unit show what its sessions were, and print as "Uppföljning av rutinen"', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedNorr(page, server.url);
  await openStatistics(page, 'Statistik – Hemtjänst Norr');

  // By default, six months from the routine's start.
  await expect(figure(page, 'period')).toHaveText('Perioden 2026-09-07 – 2027-03-06. Rutinen startade 2026-09-07.');
  await expect(page).toHaveURL(/#\/enhet\/1\/statistik$/);

  // A period backwards, and N of no weeks, are refused in words by their fields; the address stays.
  const till = page.getByRole('textbox', { name: 'Till', exact: true });
  const weeks = page.getByRole('textbox', { name: 'Frånvarogräns, veckor' });
  await till.fill('2026-09-01');
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Statistiken kunde inte visas' })).toBeVisible();
  await expect(till).toHaveAccessibleDescription(/Slutdatum måste vara samma dag som eller efter startdatum/);
  await expectNoAxeViolations(page);
  await till.fill(PERIOD.to);
  await weeks.fill('0');
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(weeks).toHaveAccessibleDescription('Ogiltigt värde.');
  await expect(page).toHaveURL(/#\/enhet\/1\/statistik$/);
  await weeks.fill('4');

  // Up to today, so "not attended in 4 weeks" means the weeks just gone.
  await page.getByRole('textbox', { name: 'Från', exact: true }).fill(PERIOD.from);
  await page.getByRole('textbox', { name: 'Till', exact: true }).fill(PERIOD.to);
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(page).toHaveURL(/#\/enhet\/1\/statistik\?fran=2026-09-07&till=2026-10-09$/);
  await expect(figure(page, 'period')).toHaveText('Perioden 2026-09-07 – 2026-10-09. Rutinen startade 2026-09-07.');

  const sessions = 'Tillfällen under perioden';
  await expect(countOf(page, sessions, 'Genomförda')).toHaveText('2');
  await expect(countOf(page, sessions, 'Inställda')).toHaveText('1');
  await expect(countOf(page, sessions, 'Veckor med teamträff')).toHaveText('1');
  await expect(page.getByRole('table', { name: 'Inställda tillfällen per orsak' }).getByRole('row', { name: 'Sjukdom' })).toContainText('1');
  await expect(figure(page, 'participantsSummary')).toHaveText(
    'I snitt 3,5 deltagare per tillfälle (minst 3, högst 4). Totalt 7 deltaganden, varav 1 gäst.',
  );
  const roles = page.getByRole('table', { name: 'Deltagare per yrkesroll' });
  await expect(roles.getByRole('row', { name: /^Omvårdnadspersonal/ })).toHaveText(/Omvårdnadspersonal\s*4\s*2,0/);
  await expect(roles.getByRole('row', { name: /^Arbetsterapeut/ })).toHaveText(/Arbetsterapeut\s*2\s*1,0/);
  await expect(roles.getByRole('row', { name: /^Sjuksköterska/ })).toHaveText(/Sjuksköterska\s*1\s*0,5/);

  // Everyone on the roster; the nine who have not come in the last four weeks are marked in words.
  await expect(figure(page, 'absentSummary')).toHaveText('9 personer har inte deltagit de senaste 4 veckorna.');
  const people = page.getByRole('table', { name: 'Närvaro per person, i bokstavsordning' });
  await expect(people.getByRole('row')).toHaveCount(13);
  await expect(people.getByRole('row', { name: /^Anna Andersson/ })).toHaveText(/Anna Andersson.*2 av 2.*100\s%.*2026-10-01/);
  await expect(people.getByRole('row', { name: /^Anna Andersson/ })).not.toContainText('Ej deltagit');
  await expect(people.getByRole('row', { name: /^Bertil Berg/ })).toHaveText(/Bertil Berg.*1 av 2.*50\s%.*2026-09-10.*Ej deltagit/);
  await expect(people.getByRole('row', { name: /^David Dahl/ })).toHaveText(/David Dahl.*0 av 2.*0\s%.*Aldrig.*Ej deltagit/);
  await expect(people.getByRole('rowheader').first()).toHaveText('Anna Andersson');

  // The charts: a caption, a sentence, and the figures as a table on request.
  await expect(page.locator('main figure[data-chart]')).toHaveCount(3);
  await expect(page.locator('main figure[data-chart="perRole"] p')).toHaveText('Flest deltaganden: Omvårdnadspersonal (4).');
  await expect(page.locator('main figure[data-chart="perMonth"] p')).toContainText('genomfördes');
  await expect(page.locator('main figure[data-chart] svg.recharts-surface')).toHaveCount(3);
  await expectNoAxeViolations(page);
  for (const summary of await page.getByText('Visa som tabell').all()) await summary.click();
  await expect(page.getByRole('table', { name: 'Deltagare per vecka' }).getByRole('row', { name: /^2026-W37/ })).toHaveText(/4/);
  await expect(page.getByRole('table', { name: 'Deltaganden per yrkesroll' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'statistics-unit');

  // Printing is logged, whatever starts it.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect
    .poll(async () => (await callApi<{ subject: string }[]>(page, 'audit.list', { limit: 1, beforeId: null }))[0]?.subject)
    .toBe('enhet 1, från 2026-09-07, uppföljning av rutinen');

  const { text, pages } = await printToPdf(page, testInfo, 'follow-up-report');
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Uppföljning av rutinen');
  expect(flat).toContain('Enhet: Hemtjänst Norr');
  expect(flat).toContain('Period: 2026-09-07 – 2026-10-09');
  expect(flat).toContain('Rutinens start: 2026-09-07');
  expect(flat).toContain('Utskriven: 2026-10-09');
  expect(flat).toMatch(/Genomförda 2 /);
  expect(flat).toMatch(/Omvårdnadspersonal 4 2,0/);
  expect(flat).toMatch(/Arbetsterapeut 2 1,0/);
  expect(flat).toContain('Deltagare per vecka');
  expect(flat).toContain('Andel genomförda tillfällen per månad');
  expect(flat).toContain('Bertil Berg');
  expect(flat).not.toContain('Visa som tabell');
  expect(pages).toBeLessThanOrEqual(4);
});

test('the statistics of every unit add up the units, and their address can be bookmarked', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedNorr(page, server.url);
  await addUnit(page, 'Hemtjänst Söder', 'Per Ström', { validFrom: '2026-09-07' });
  await openStatistics(page, 'Statistik – Hemtjänst Söder');
  await page.getByRole('radio', { name: 'Alla enheter' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik – Alla enheter' })).toBeVisible();
  await expect(page).toHaveURL(/#\/alla-enheter\/statistik$/);
  // Each unit has its own start: every unit is shown for the last six months.
  await expect(figure(page, 'period')).toHaveText('Perioden 2026-04-10 – 2026-10-09. Enheter: Hemtjänst Norr, Hemtjänst Söder.');
  await expect(countOf(page, 'Tillfällen under perioden', 'Genomförda')).toHaveText('2');
  await expect(page.getByRole('table', { name: 'Närvaro per person, i bokstavsordning' }).getByRole('columnheader', { name: 'Enhet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'statistics-all');

  // A garbled period is put right to the default, in place.
  await page.goto(new URL('#/alla-enheter/statistik?fran=2026-13-01&till=2026-10-09', page.url()).href);
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik – Alla enheter' })).toBeVisible();
  await expect(page).toHaveURL(/#\/alla-enheter\/statistik$/);

  const { text } = await printToPdf(page, testInfo, 'follow-up-report-all');
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Uppföljning av rutinen');
  expect(flat).toContain('Enheter: Hemtjänst Norr, Hemtjänst Söder');
  expect(flat).toContain('Period: 2026-04-10 – 2026-10-09');
  expect(flat).toMatch(/Genomförda 2 /);
});
