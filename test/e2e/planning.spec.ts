import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { addUnit, callApi, createNorr as setUpNorr, row, setUpNorrWithDefaults, submitNewUnit } from './steps';

// The backend's today is frozen at Monday 2026-04-20 (week 17), so the next 12 weeks hold
// Kristi himmelsfärdsdag (Thursday 2026-05-14, week 20) and three first Tuesdays of a month
// (2026-05-05, 2026-06-02, 2026-07-07: weeks 19, 23 and 28).
test.use({ today: '2026-04-20' });

test('a new user sets up a unit and sees the next 12 weeks planned, and the plan survives a restart', async ({ page, server }, testInfo) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Kom igång med Handledning' })).toBeVisible();
  // The secret token leaves the address bar once the page has it.
  await expect(page).not.toHaveURL(/token=/);
  await screenshot(page, testInfo, '01-guide-unit');
  await expectNoAxeViolations(page);

  // An empty name is refused next to the field, and nothing is created.
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await expect(page.getByText('Ange enhetens namn.')).toBeVisible();
  await expect(page.getByRole('status')).not.toHaveText('Sparat');
  await setUpNorr(page);

  // Step 2: the weekly slot. Thursday 14:00, 30 minutes, are the defaults; 25:00 and 0 min are refused.
  await expect(page.getByLabel('Veckodag')).toHaveValue('4');
  await expect(page.getByLabel('Längd i minuter')).toHaveValue('30');
  await expect(page.getByLabel('Rutinen startade')).toHaveValue('2026-04-01');
  await page.getByLabel('Starttid').fill('25:00');
  await page.getByLabel('Längd i minuter').fill('0');
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await expect(page.getByText('Ange en tid mellan 00:00 och 23:59, till exempel 14:00.')).toBeVisible();
  await expect(page.getByText('Ange en längd mellan 5 och 240 minuter.')).toBeVisible();
  await screenshot(page, testInfo, '02-guide-slot-refused');
  await expectNoAxeViolations(page);
  await page.getByLabel('Starttid').fill('14:00');
  await page.getByLabel('Längd i minuter').fill('30');
  // This unit's routine starts today: the plan has no past weeks yet.
  await page.getByLabel('Rutinen startade').fill('2026-04-20');
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();

  // Step 3: team meetings on the first Tuesday of every month.
  await expect(page.getByRole('heading', { name: 'Steg 3 av 3: Teamträffar' })).toBeVisible();
  await page.getByLabel('Samma dag varje månad, till exempel första tisdagen').check();
  await page.getByLabel('Vilken i månaden').selectOption('1');
  await page.getByLabel('Veckodag för teamträffen').selectOption('2');
  await screenshot(page, testInfo, '03-guide-team-meetings');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Klar' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();
  await expectTwelveWeeksPlanned(page);
  await screenshot(page, testInfo, '04-planning');
  await expectNoAxeViolations(page);

  // Restart the server on the same data folder: the plan is read back from the SQLite file.
  await server.stop();
  await page.goto(await server.start());
  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();
  await expect(page.getByLabel('Välj enhet')).toHaveValue(/.+/);
  await expect(page.getByLabel('Välj enhet').locator('option:checked')).toHaveText('Hemtjänst Norr');
  await expectTwelveWeeksPlanned(page);
  await screenshot(page, testInfo, '05-planning-after-restart');
});

async function expectTwelveWeeksPlanned(page: Page) {
  // The slot starts 2026-04-20, so the plan runs from week 17 to week 29 (today + 12 weeks).
  const rows = page.locator('tbody tr[data-week]');
  await expect(rows).toHaveCount(13);
  const weeks = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-week')));
  expect(weeks).toEqual(Array.from({ length: 13 }, (_, i) => `2026-W${17 + i}`));

  for (const week of ['2026-W19', '2026-W23', '2026-W28']) {
    await expect(row(page, week)).toHaveAttribute('data-status', 'teamMeetingWeek');
    await expect(row(page, week)).toContainText('Teamträffsvecka');
    await expect(row(page, week)).toContainText('Ingen handledning');
  }
  await expect(row(page, '2026-W19')).toContainText('Teamträff 2026-05-05');

  const ascension = row(page, '2026-W20');
  await expect(ascension).toHaveAttribute('data-status', 'holiday');
  await expect(ascension).toContainText('2026-05-14');
  await expect(ascension).toContainText('Kristi himmelsfärdsdag');
  await expect(ascension).toContainText('Förslag: onsdag 2026-05-13');

  const ordinary = row(page, '2026-W18');
  await expect(ordinary).toHaveAttribute('data-status', 'planned');
  await expect(ordinary).toContainText('2026-04-30');
  await expect(ordinary).toContainText('torsdag');
  await expect(ordinary).toContainText('14:00–14:30');
  await expect(row(page, '2026-W17')).toHaveAttribute('aria-current', 'date');
}

test('sessions are moved, cancelled and restored from the plan, using only the keyboard', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);

  // Take the holiday's suggestion: the session moves to Wednesday and says why.
  await page.getByRole('button', { name: 'Flytta till förslaget 2026-05-13, vecka 20' }).focus();
  await page.keyboard.press('Enter');
  await expect(row(page, '2026-W20')).toHaveAttribute('data-status', 'moved');
  await expect(row(page, '2026-W20')).toContainText('2026-05-13');
  await expect(row(page, '2026-W20')).toContainText('(flyttad från torsdag 2026-05-14)');
  await expect(page.getByRole('status')).toHaveText('Sparat');

  // Cancel week 21: the reason is required.
  await page.getByRole('button', { name: 'Ställ in tillfället vecka 21', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ställ in tillfället vecka 21' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Orsak')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Ange varför tillfället ställs in.')).toBeVisible();
  await screenshot(page, testInfo, '06-cancel-refused');
  await expectNoAxeViolations(page);
  // The reason is printed on the billing form: a personnummer is said while typing, then refused.
  await page.keyboard.type('Brukare 19121212\u00a01212 avled');
  await expect(dialog.getByText('Det här ser ut att innehålla ett personnummer och kan inte sparas här.', { exact: false })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Texten ser ut att innehålla ett personnummer, och det får inte stå här.', { exact: false })).toBeVisible();
  await screenshot(page, testInfo, '06b-cancel-personnummer-refused');
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Orsak').fill('');
  await page.keyboard.type('Arbetsterapeuten är på utbildning');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row(page, '2026-W21')).toHaveAttribute('data-status', 'cancelled');
  await expect(row(page, '2026-W21')).toContainText('Orsak: Arbetsterapeuten är på utbildning');

  // Move week 22 to Tuesday 09:30 through the dialog.
  await page.getByRole('button', { name: 'Flytta tillfället vecka 22', exact: true }).click();
  const move = page.getByRole('dialog', { name: 'Flytta tillfället vecka 22' });
  await move.getByLabel('Ny dag').selectOption('2026-05-26');
  await move.getByLabel('Ny starttid').fill('09:30');
  await screenshot(page, testInfo, '07-move-dialog');
  await expectNoAxeViolations(page);
  await move.getByRole('button', { name: 'Flytta tillfället', exact: true }).click();
  await expect(move).toBeHidden();
  await expect(row(page, '2026-W22')).toHaveAttribute('data-status', 'moved');
  await expect(row(page, '2026-W22')).toContainText('09:30–10:00');

  // Mark week 24 as a team-meeting week, then undo the cancellation of week 21.
  await page.getByRole('button', { name: 'Markera som teamträffsvecka, vecka 24' }).click();
  await expect(row(page, '2026-W24')).toHaveAttribute('data-status', 'teamMeetingWeek');
  await page.getByRole('button', { name: 'Ångra inställning vecka 21' }).click();
  await expect(row(page, '2026-W21')).toHaveAttribute('data-status', 'planned');
  await screenshot(page, testInfo, '08-planning-after-changes');

  // A year ahead: Kristi himmelsfärdsdag 2027 is Thursday 2027-05-06, flagged and offered Wednesday.
  await page.getByRole('button', { name: 'Nästa år' }).click();
  await expect(row(page, '2027-W18')).toHaveAttribute('data-status', 'holiday');
  await expect(row(page, '2027-W18')).toContainText('Förslag: onsdag 2027-05-05');
  await page.getByRole('button', { name: 'I dag' }).click();
  await expect(row(page, '2026-W17')).toHaveAttribute('aria-current', 'date');
});

test('settings refuse a duplicate unit name and a rule change into a sent month, and write nothing', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  // The routine in fact started in March (moved back in Inställningar, which the start always
  // allows), and March is sent: a change may start on 1 April at the earliest.
  await callApi(page, 'units.setRoutineStart', { unitId: 1, routineStart: '2026-03-01' });
  await callApi(page, 'billing.markSent', { unitId: 1, month: '2026-03' });

  await submitNewUnit(page, 'hemtjänst norr', 'Anna Berg');
  await expect(page.getByText('Det finns redan en enhet som heter hemtjänst norr.').first()).toBeVisible();
  await screenshot(page, testInfo, '09-new-unit-duplicate');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByLabel('Välj enhet').locator('option')).toHaveCount(1);

  await page.getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar för enheten' })).toBeVisible();
  const newRule = page.getByRole('form', { name: 'Ny veckotid' });
  await newRule.getByLabel('Gäller från', { exact: true }).fill('2026-03-31');
  await newRule.getByRole('button', { name: 'Spara veckotiden' }).click();
  await expect(newRule.getByText('Veckotiden kan ändras från och med 2026-04-01 tidigast.').first()).toBeVisible();
  await screenshot(page, testInfo, '10-settings');
  await expectNoAxeViolations(page);
  await expect(page.getByRole('table', { name: 'Veckotider, den senaste överst' }).locator('tbody tr')).toHaveCount(1);
});

test('a manager with two units switches between them, and the app remembers the last one', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);

  // The new unit continues in the guide at its weekly slot: Monday 09:00 this time.
  await addUnit(page, 'Hemtjänst Söder', 'Anna Berg', { weekday: 'måndag', startTime: '09:00' });
  await expect(row(page, '2026-W18')).toContainText('2026-04-27');
  await expect(row(page, '2026-W18')).toContainText('09:00–09:30');
  await screenshot(page, testInfo, '11-second-unit');

  await page.getByLabel('Välj enhet').selectOption({ label: 'Hemtjänst Norr' });
  await expect(row(page, '2026-W18')).toContainText('2026-04-30');

  await server.stop();
  await page.goto(await server.start());
  await expect(page.getByLabel('Välj enhet').locator('option:checked')).toHaveText('Hemtjänst Norr');
  await expect(row(page, '2026-W18')).toContainText('14:00–14:30');
});
