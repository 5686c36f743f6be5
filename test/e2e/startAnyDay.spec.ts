import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { callApi, createNorr, openView, recordHeldByApi } from './steps';

// A manager sets up on Wednesday 2026-12-16, mid-month. The routine (Thursday 14:00) has run
// since the 1st: the sessions of 3 December (week 49) and 10 December (week 50) took place
// before the app did and must be recordable.
test.use({ today: '2026-12-16' });

const member = (page: Page, name: string) =>
  page.locator('.roster-table tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: false }) });

async function openWeek(page: Page, isoWeek: number) {
  await openView(page, 'Planering');
  await page.getByRole('link', { name: `Öppna tillfället vecka ${isoWeek}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Handledning vecka ${isoWeek}` })).toBeVisible();
}

async function openPeriodDialog(page: Page, name: string) {
  await page.getByRole('button', { name: `Ändra datum för ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Ändra datum för ${name}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a manager who sets up mid-month records the month’s earlier weeks and corrects start dates', async ({ page, server }, testInfo) => {
  await page.goto(server.url);
  await createNorr(page);

  // The guide asks when the routine started, from the 1st of the month.
  await expect(page.getByLabel('Rutinen startade')).toHaveValue('2026-12-01');
  await screenshot(page, testInfo, 'start-01-guide-routine-start');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();

  // The import asks for the start date once, from the routine's start.
  await openView(page, 'Personal');
  await page.getByLabel('Klistra in från Excel').fill(['Anna Andersson;undersköterska', 'Ingrid Isaksson;arbetsterapeut'].join('\n'));
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const importForm = page.getByRole('form', { name: 'Förhandsgranskning' });
  await expect(importForm.getByLabel('Aktiv från')).toHaveCount(1);
  await expect(importForm.getByLabel('Aktiv från')).toHaveValue('2026-12-01');
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('2 personer har importerats till Hemtjänst Norr.');
  await expect(member(page, 'Anna Andersson')).toContainText('2026-12-01');

  // A new hire added by hand: the field starts from the routine's start, she starts on the 14th.
  const addForm = page.getByRole('form', { name: 'Lägg till person' });
  await expect(addForm.getByLabel('Aktiv från')).toHaveValue('2026-12-01');
  await addForm.getByLabel('Namn', { exact: true }).fill('Dana Ek');
  await addForm.getByLabel('Yrkesroll').selectOption({ label: 'Omvårdnadspersonal' });
  await addForm.getByLabel('Aktiv från').fill('2026-12-14');
  await addForm.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Dana Ek har lagts till.');

  // Week 49 (3 December) can be recorded: its session exists and the imported staff are active.
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await openWeek(page, 49);
  await expect(page.getByRole('checkbox', { name: 'Anna Andersson' }).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Dana Ek' })).toHaveCount(0);
  // Dana is not left out silently: the page says who is missing and why.
  const missing = page.locator('details.not-active-this-week');
  await missing.getByText('1 person i personallistan är inte aktiv den här veckan').click();
  await expect(missing.getByRole('listitem')).toHaveText(['Dana Ek: Anställd från 2026-12-14']);
  // Derived from the roster the week already loaded (leavers included): no request of its own.
  expect(asked).toContain('/api/staff.list');
  expect(asked).not.toContain('/api/staff.notActiveInWeek');
  await screenshot(page, testInfo, 'start-02-week49-not-active');
  await expectNoAxeViolations(page);

  const ids = new Map(
    (await callApi<{ id: number; name: string }[]>(page, 'staff.list', { unitId: 1, includeInactive: true })).map((m) => [m.name, m.id]),
  );
  const ingrid = ids.get('Ingrid Isaksson')!;
  await recordHeldByApi(page, '2026-W49', ingrid, [ids.get('Anna Andersson')!, ingrid]);

  // Dana actually began on the 1st: an earlier Aktiv från puts her in week 50's list.
  await openView(page, 'Personal');
  let dialog = await openPeriodDialog(page, 'Dana Ek');
  await expect(dialog.getByLabel('Aktiv från')).toHaveValue('2026-12-14');
  await expect(dialog.getByLabel('Aktiv till')).toHaveValue('');
  await screenshot(page, testInfo, 'start-03-period-dialog');
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Aktiv från').fill('2026-12-01');
  await dialog.getByRole('button', { name: 'Spara datumen' }).click();
  await expect(page.getByRole('status')).toHaveText('Datumen för Dana Ek är sparade.');
  await expect(member(page, 'Dana Ek')).toContainText('2026-12-01');

  // Anna was at the session of 3 December: her start cannot move after it.
  dialog = await openPeriodDialog(page, 'Anna Andersson');
  await dialog.getByLabel('Aktiv från').fill('2026-12-05');
  await dialog.getByRole('button', { name: 'Spara datumen' }).click();
  await expect(
    dialog.getByText('Anna Andersson var med på handledningen 2026-12-03. Aktiv från kan vara 2026-12-03 som senast.').first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'start-04-period-refused');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(member(page, 'Anna Andersson')).toContainText('2026-12-01');

  await openWeek(page, 50);
  await expect(page.getByRole('checkbox', { name: 'Dana Ek' })).toHaveCount(1);
  await expect(page.locator('details.not-active-this-week')).toHaveCount(0);

  // The unit's settings show the routine's start; a slot change may start after the held week.
  await openView(page, 'Inställningar');
  await expect(page.getByLabel('Startdatum')).toHaveValue('2026-12-01');
  const newRule = page.getByRole('form', { name: 'Ny veckotid' });
  await newRule.getByLabel('Gäller från', { exact: true }).fill('2026-12-03');
  await newRule.getByRole('button', { name: 'Spara veckotiden' }).click();
  await expect(newRule.getByText('Veckotiden kan ändras från och med 2026-12-04 tidigast.').first()).toBeVisible();
  await screenshot(page, testInfo, 'start-05-settings');
  await expectNoAxeViolations(page);
  await newRule.getByLabel('Gäller från', { exact: true }).fill('2026-12-04');
  await newRule.getByRole('button', { name: 'Spara veckotiden' }).click();
  await expect(page.getByRole('table', { name: 'Veckotider, den senaste överst' }).locator('tbody tr')).toHaveCount(2);
});

test('once a month is sent, someone new is offered the first day after it, which the app takes', async ({ page, server }) => {
  await page.goto(server.url);
  await createNorr(page);
  await page.getByLabel('Rutinen startade').fill('2026-11-01');
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await page.getByRole('button', { name: 'Klar' }).click();
  await callApi(page, 'billing.markSent', { unitId: 1, month: '2026-11' });

  await openView(page, 'Personal');
  const addForm = page.getByRole('form', { name: 'Lägg till person' });
  await expect(addForm.getByLabel('Aktiv från')).toHaveValue('2026-12-01');
  await addForm.getByLabel('Namn', { exact: true }).fill('Dana Ek');
  await addForm.getByLabel('Yrkesroll').selectOption({ label: 'Omvårdnadspersonal' });
  await addForm.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Dana Ek har lagts till.');
  await expect(member(page, 'Dana Ek')).toContainText('2026-12-01');
});

test('a routine start mistyped in the guide is moved later in Inställningar, and the weekly time moves with it', async ({ page, server }) => {
  await page.goto(server.url);
  await createNorr(page);
  // The guide's default, the 1st, is kept by mistake: the routine really began on the 14th.
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('link', { name: 'Öppna tillfället vecka 49' })).toHaveCount(1);

  await openView(page, 'Inställningar');
  const rules = page.getByRole('table', { name: 'Veckotider, den senaste överst' });
  await expect(rules).toContainText('2026-12-01');
  await page.getByLabel('Startdatum').fill('2026-12-14');
  await page.getByRole('button', { name: 'Spara startdatum' }).click();
  await expect(page.getByRole('status')).toHaveText('Rutinen startade 2026-12-14. Startdatumet är sparat.');
  await expect(rules).toContainText('2026-12-14');
  await expect(rules).not.toContainText('2026-12-01');
  await expectNoAxeViolations(page);

  await openView(page, 'Planering');
  await expect(page.getByRole('link', { name: 'Öppna tillfället vecka 51' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Öppna tillfället vecka 49' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Öppna tillfället vecka 50' })).toHaveCount(0);
});
