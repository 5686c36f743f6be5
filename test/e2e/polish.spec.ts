import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { printToPdf } from './pdf';
import { addUnit, download, openView, recordHeldByApi, setUpNorr, setUpNorrWithTwelve } from './steps';

// Rough edges a manager meets at 1366×768: the header's status, the billing form's printed
// facts, the statistics' two "av" sentences and the session's save bar. The backend's today is
// Friday 2026-04-24: week 17's session (Thursday 2026-04-23) has passed, nothing recorded.
test.use({ today: '2026-04-24', viewport: { width: 1366, height: 768 } });

/** A unit name at the limit of what a manager might write (80 characters are allowed). */
const LONG_UNIT = 'Hemtjänst Norra distriktet, Storgatan och Östra stadsdelen med nattpatrullen';

/** The viewport as the manager sees it (not the full page). */
async function viewportShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

const picker = (page: Page) => page.getByRole('combobox', { name: 'Välj enhet' });

test('a long status in the header wraps in its own place: "Välj enhet" stays on the first line where it was', async ({ page, server }, testInfo) => {
  await setUpNorr(page, server.url, { validFrom: '2026-04-06' });
  await addUnit(page, LONG_UNIT, 'Eva Ek', { validFrom: '2026-04-06' });
  await page.getByRole('link', { name: 'Öppna tillfället vecka 17' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 17' })).toBeVisible();
  const before = (await picker(page).boundingBox())!;
  const headerBefore = (await page.locator('header.app-header').boundingBox())!;

  const file = await download(page, 'Lägg till i kalender');
  const status = page.getByRole('status');
  // The whole message is in the live region however much of it shows.
  await expect(status).toHaveText(`Kalenderfilen ${file.name} är sparad.`);

  const after = (await picker(page).boundingBox())!;
  expect(after.y).toBe(before.y);
  expect(after.x).toBe(before.x);
  expect((await page.locator('header.app-header').boundingBox())!.height).toBe(headerBefore.height);
  // The status sits beside the picker, not above it, and inside the window.
  const shown = (await status.boundingBox())!;
  expect(shown.x + shown.width).toBeLessThanOrEqual(after.x);
  expect(shown.y).toBeLessThan(after.y + after.height);
  // A message cut after two lines is whole in its tooltip.
  await expect(status).toHaveAttribute('title', `Kalenderfilen ${file.name} är sparad.`);
  await viewportShot(page, testInfo, 'polish-01-header-long-status');
  await expectNoAxeViolations(page);
});

/** Each printed fact's label inside its column, and every value starting in one column after them. */
async function factsInColumns(facts: Locator): Promise<void> {
  const rows = await facts.locator('dt').evaluateAll((terms) =>
    terms.map((term) => {
      const value = term.nextElementSibling!.getBoundingClientRect();
      const box = term.getBoundingClientRect();
      return { term: term.textContent, overflows: term.scrollWidth > term.clientWidth, right: box.right, valueLeft: value.left };
    }),
  );
  expect(rows.length).toBeGreaterThan(5);
  for (const row of rows) {
    expect(row.overflows, `${row.term} fits its column`).toBe(false);
    expect(row.right, `${row.term} ends before its value`).toBeLessThanOrEqual(row.valueLeft);
  }
  expect(new Set(rows.map((row) => Math.round(row.valueLeft))).size, 'the values start in one column').toBe(1);
}

test('the printed billing form keeps every label of its head, "Kostnadsställe/referens" too, inside its column', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorr(page, server.url, { validFrom: '2026-03-02' });
  await openView(page, 'Debiteringsunderlag');
  const facts = page.getByRole('region', { name: 'Underlaget' }).locator('.print-facts');
  await expect(facts).toContainText('Kostnadsställe/referens');

  await page.emulateMedia({ media: 'print' });
  await factsInColumns(page.locator('.billing-form .print-facts').filter({ visible: true }).first());
  await page.emulateMedia({ media: 'screen' });
  await factsInColumns(facts);

  const printed = await printToPdf(page, testInfo, 'polish-02-billing-print');
  expect(printed.text).toMatch(/Kostnadsställe\/referens:\s+Ej angivet/);
});

test('Statistik counts the weeks beside "planerade tillfällen" on the same base: a week whose session falls after the period is not one of them', async ({
  page,
  server,
}, testInfo) => {
  const ids = await setUpNorrWithTwelve(page, server.url);
  for (const week of ['2026-W15', '2026-W16']) {
    await recordHeldByApi(page, week, ids.get('Ingrid Isaksson'), [ids.get('Ingrid Isaksson'), ids.get('Anna Andersson')]);
  }
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik – Hemtjänst Norr' })).toBeVisible();
  // Monday 2026-04-06 to Wednesday 2026-04-22: weeks 15, 16 and 17 touch it, but week 17's
  // session is on Thursday the 23rd, after it; weeks 15 and 16 were held.
  await page.getByRole('textbox', { name: 'Från', exact: true }).fill('2026-04-06');
  await page.getByRole('textbox', { name: 'Till', exact: true }).fill('2026-04-22');
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(page.locator('main [data-figure="sessionsSummary"]')).toHaveText('2 av 2 planerade tillfällen har genomförts (100 %).');
  await expect(page.locator('main figure[data-chart="perWeek"] p')).toHaveText(
    'Flest deltagare: 2, vecka 15 2026. 2 av 2 veckor med planerad handledning hade ett genomfört tillfälle.',
  );
  await screenshot(page, testInfo, 'polish-03-statistics');
});

const caseForm = (page: Page) => page.getByRole('form', { name: 'Nytt brukarärende' });
const actionForm = (page: Page) => page.getByRole('form', { name: 'Ny åtgärd' });

test('the save bar says a case or an action typed but not added is unsaved, and not "Inga osparade ändringar."', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);
  await page.getByRole('link', { name: 'Öppna tillfället vecka 17' }).click();
  const state = page.locator('#record-state');
  const save = page.getByRole('button', { name: 'Spara tillfället' });
  await expect(state).toHaveText('Inga osparade ändringar.');

  await caseForm(page).getByLabel('Referens').fill('AB-12');
  await expect(state).toHaveText('Ett brukarärende är inte sparat ännu.');
  await expect(save).toHaveAccessibleDescription('Ett brukarärende är inte sparat ännu.');
  await actionForm(page).getByLabel('Vad').fill('Beställa duschpall');
  await expect(state).toHaveText('Ett brukarärende är inte sparat ännu. En åtgärd är inte sparad ännu.');
  await page.getByLabel('Anteckningar om Veckans dilemman').fill('Nycklar till trapphuset saknas');
  await expect(state).toHaveText('Osparade ändringar. Ett brukarärende är inte sparat ännu. En åtgärd är inte sparad ännu.');
  await viewportShot(page, testInfo, 'polish-04-save-bar-pending');
  await expectNoAxeViolations(page);

  // Saving the record leaves the case and the action said; adding them clears the bar.
  await save.click();
  await expect(state).toHaveText(/^Sparat kl\. \d\d:\d\d\. Ett brukarärende är inte sparat ännu\. En åtgärd är inte sparad ännu\.$/);
  await caseForm(page).getByRole('button', { name: 'Lägg till ärendet' }).click();
  await actionForm(page).getByLabel('Vem').selectOption({ label: 'Johan Jansson' });
  await actionForm(page).getByRole('button', { name: 'Lägg till åtgärden' }).click();
  await expect(state).toHaveText(/^Sparat kl\. \d\d:\d\d\.$/);
});
