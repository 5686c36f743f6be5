import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { addUnit, openView, row, setUpNorrWithDefaults } from './steps';

// Today is Monday 2026-04-20 (week 17). The plan's default window is weeks 9 (1 March is in it) to 29.
test.use({ today: '2026-04-20' });

const shownRange = (page: Page) => page.locator('.period-range strong');
const planHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Planering' });
const unitSwitcher = (page: Page) => page.getByLabel('Välj enhet');

/** The same tab at another address fragment: what a pasted link or a bookmark does. */
async function goToHash(page: Page, hash: string): Promise<void> {
  await page.goto(new URL(hash, page.url()).href);
}

test('reload, Back and Forward return to the same unit, view, plan range, week and month', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  // The address names the unit and the view, without the token.
  await expect(page).toHaveURL(/#\/enhet\/1\/planering$/);
  const defaultRange = await shownRange(page).textContent();

  // Moving the plan a month on writes the range into the address; a reload keeps it.
  await page.getByRole('button', { name: 'Nästa månad' }).click();
  await expect(page).toHaveURL(/#\/enhet\/1\/planering\?fran=2026-W13&till=2026-W33$/);
  const movedRange = await shownRange(page).textContent();
  expect(movedRange).not.toBe(defaultRange);
  await page.reload();
  await expect(planHeading(page)).toBeVisible();
  await expect(shownRange(page)).toHaveText(movedRange ?? '');
  await expect(page).toHaveURL(/fran=2026-W13&till=2026-W33$/);
  await screenshot(page, testInfo, '01-plan-range-after-reload');
  await expectNoAxeViolations(page);

  // An opened week comes back after a reload.
  await page.getByRole('link', { name: 'Öppna tillfället vecka 18' }).click();
  await expect(page).toHaveURL(/#\/enhet\/1\/tillfalle\/2026-W18$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 18' })).toBeVisible();

  // Another billing month comes back after a reload.
  await openView(page, 'Debiteringsunderlag');
  await expect(page).toHaveURL(/#\/enhet\/1\/underlag$/);
  const monthLine = page.locator('.period-range strong');
  await expect(monthLine).toHaveText(/april 2026/i);
  await page.getByRole('button', { name: 'Nästa månad' }).click();
  await expect(page).toHaveURL(/#\/enhet\/1\/underlag\/2026-05$/);
  await expect(monthLine).toHaveText(/maj 2026/i);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' })).toBeVisible();
  await expect(monthLine).toHaveText(/maj 2026/i);
  await screenshot(page, testInfo, '02-billing-month-after-reload');
  await expectNoAxeViolations(page);

  // Back walks the steps in reverse: the month it opened on, the week, the moved plan, the default plan.
  await page.goBack();
  await expect(monthLine).toHaveText(/april 2026/i);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 18' })).toBeVisible();
  await page.goBack();
  await expect(planHeading(page)).toBeVisible();
  await expect(shownRange(page)).toHaveText(movedRange ?? '');
  await page.goBack();
  await expect(shownRange(page)).toHaveText(defaultRange ?? '');
  await expect(page).toHaveURL(/#\/enhet\/1\/planering$/);
  // And Forward walks them again.
  await page.goForward();
  await expect(shownRange(page)).toHaveText(movedRange ?? '');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 18' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' })).toBeVisible();
  await expect(monthLine).toHaveText(/maj 2026/i);
});

test('"Tillbaka till Planering" returns to the plan range the week was opened from, after a reload too', async ({ page, server }) => {
  await setUpNorrWithDefaults(page, server.url);
  await page.getByRole('button', { name: 'Nästa månad' }).click();
  const movedRange = await shownRange(page).textContent();
  await page.getByRole('link', { name: 'Öppna tillfället vecka 18' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 18' })).toBeVisible();
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await expect(page).toHaveURL(/#\/enhet\/1\/planering\?fran=2026-W13&till=2026-W33$/);
  await expect(shownRange(page)).toHaveText(movedRange ?? '');
});

test('the unit chosen stays after a reload, and an address without a unit means the one chosen last', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await addUnit(page, 'Hemtjänst Söder', 'Sara Söder', {});
  await expect(page).toHaveURL(/#\/enhet\/2\/planering$/);

  // The switcher keeps the view and changes the unit in the address.
  await openView(page, 'Personal');
  await unitSwitcher(page).selectOption({ label: 'Hemtjänst Norr' });
  await expect(page).toHaveURL(/#\/enhet\/1\/personal$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Personal' })).toBeVisible();
  await expect(unitSwitcher(page).locator('option:checked')).toHaveText('Hemtjänst Norr');

  // Back returns to Söder, named by the address.
  await page.goBack();
  await expect(page).toHaveURL(/#\/enhet\/2\/personal$/);
  await expect(unitSwitcher(page).locator('option:checked')).toHaveText('Hemtjänst Söder');

  // An address of the old form opens the unit shown, and is put right in place.
  await goToHash(page, '#/tillfalle/2026-W18');
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 18' })).toBeVisible();
  await expect(page).toHaveURL(/#\/enhet\/2\/tillfalle\/2026-W18$/);
  await expect(unitSwitcher(page).locator('option:checked')).toHaveText('Hemtjänst Söder');

  // A fresh start at the bare address opens the unit chosen last (the backend remembers it).
  await server.stop();
  await page.goto(await server.start());
  await expect(planHeading(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/enhet\/2\/planering$/);
  await expect(row(page, '2026-W17')).toBeVisible();
  await screenshot(page, testInfo, '03-unit-from-address');
});

test('an unreadable or hostile address lands on the plan of the unit shown without a word', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  const defaultRange = await shownRange(page).textContent();

  await goToHash(page, '#/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(planHeading(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/enhet\/1\/planering$/);

  // A unit that does not exist: the unit shown, same view; a month out of range: the month it opens on.
  await goToHash(page, '#/enhet/999/underlag/2026-13');
  await expect(page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' })).toBeVisible();
  await expect(page).toHaveURL(/#\/enhet\/1\/underlag$/);

  // A week that does not exist, and a range of centuries.
  await goToHash(page, '#/enhet/1/tillfalle/2026-W99');
  await expect(planHeading(page)).toBeVisible();
  await goToHash(page, '#/enhet/1/planering?fran=1900-W02&till=2200-W50');
  await expect(page).toHaveURL(/#\/enhet\/1\/planering$/);
  await expect(shownRange(page)).toHaveText(defaultRange ?? '');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await screenshot(page, testInfo, '04-garbage-address-on-plan');
});
