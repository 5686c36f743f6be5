import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { callApi, setUpNorrWithTwelve } from './steps';

// The backend's today is Friday 2026-04-24: week 17's session (Thursday 2026-04-23) has passed
// and nothing is recorded for it yet.
test.use({ today: '2026-04-24', viewport: { width: 1366, height: 768 } });

const people = (page: Page) => page.getByRole('group', { name: 'Personal den 2026-04-23' });
const dilemmas = (page: Page) => page.getByLabel('Anteckningar om Veckans dilemman');
const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Osparade ändringar' });
const heading17 = (page: Page) => page.getByRole('heading', { level: 1, name: 'Handledning vecka 17' });

async function openWeek17(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Öppna tillfället vecka 17' }).click();
  await expect(heading17(page)).toBeVisible();
}

/** A tick and a note, neither saved. */
async function tickAndType(page: Page): Promise<void> {
  await people(page).getByRole('checkbox', { name: 'Anna Andersson' }).check();
  await dilemmas(page).fill('Nycklar till trapphuset saknas');
  await expect(page.getByText('Osparade ändringar.')).toBeVisible();
}

/** The viewport as the manager sees it (not the full page). */
async function viewportShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

test('leaving a session with a tick and a note unsaved asks first: stay keeps both, leave discards them', async ({ page, server }, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);
  await openWeek17(page);
  await tickAndType(page);

  // Planering in the menu: the dialog asks, and the session stays behind it.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planering', exact: true }).click();
  await expect(leaveDialog(page)).toBeVisible();
  await expect(leaveDialog(page).getByRole('button', { name: 'Stanna kvar' })).toBeFocused();
  await expect(heading17(page)).toBeAttached();
  expect(new URL(page.url()).hash).toBe('#/enhet/1/tillfalle/2026-W17');
  await screenshot(page, testInfo, 'unsaved-01-dialog');
  await expectNoAxeViolations(page);

  await leaveDialog(page).getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(leaveDialog(page)).toBeHidden();
  await expect(people(page).getByRole('checkbox', { name: 'Anna Andersson' })).toBeChecked();
  await expect(dilemmas(page)).toHaveValue('Nycklar till trapphuset saknas');

  // Back in the browser asks too.
  await page.evaluate(() => window.history.back());
  await expect(leaveDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(leaveDialog(page)).toBeHidden();
  await expect(heading17(page)).toBeVisible();
  await expect(dilemmas(page)).toHaveValue('Nycklar till trapphuset saknas');

  // Reload asks the browser's own question; staying keeps the page as it was.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.evaluate(() => window.location.reload());
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(people(page).getByRole('checkbox', { name: 'Anna Andersson' })).toBeChecked();
  await expect(dilemmas(page)).toHaveValue('Nycklar till trapphuset saknas');

  // Leave without saving: the plan shows, and nothing of it was kept.
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await leaveDialog(page).getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();
  const stored = await callApi<{ held: unknown; agenda: { dilemmas: string } }>(page, 'sessions.get', { unitId: 1, week: '2026-W17' });
  expect(stored.held).toBeNull();
  expect(stored.agenda.dilemmas).toBe('');
  await openWeek17(page);
  await expect(people(page).getByRole('checkbox', { name: 'Anna Andersson' })).not.toBeChecked();
  await expect(dilemmas(page)).toHaveValue('');
});

test('one save records the ticks and the note together, says so beside the button, and the counts stay in view', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);
  await openWeek17(page);
  await page.getByRole('group', { name: 'Ordförande' }).getByRole('checkbox', { name: 'Ingrid Isaksson' }).check();
  await tickAndType(page);

  // Scrolled down to the last row of the list: the counts are still on screen, and change with a tick.
  const counts = page.getByRole('region', { name: 'Antal deltagare' });
  const last = people(page).getByRole('checkbox', { name: 'Lena Lind' });
  await last.evaluate((box) => box.scrollIntoView({ block: 'start' }));
  await expect(page.getByRole('heading', { level: 3, name: 'Närvaro' })).not.toBeInViewport();
  await last.check();
  await expect(counts).toBeInViewport();
  await expect(counts).toContainText('Totalt 3');
  await viewportShot(page, testInfo, 'unsaved-02-counts-in-view');

  // The one save, wherever the manager is on the page; its result is next to it.
  const save = page.getByRole('button', { name: 'Spara tillfället' });
  await expect(save).toBeInViewport();
  await save.click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  const saved = page.getByText(/^Sparat kl\. \d\d:\d\d\.$/);
  await expect(saved).toBeInViewport();
  const [button, message] = [await save.boundingBox(), await saved.boundingBox()];
  expect(Math.abs(button!.y + button!.height / 2 - (message!.y + message!.height / 2))).toBeLessThan(button!.height);
  expect(message!.x - (button!.x + button!.width)).toBeLessThan(100);
  await expect(save).toHaveAccessibleDescription(/^Sparat kl\./);
  await viewportShot(page, testInfo, 'unsaved-03-saved');
  await expectNoAxeViolations(page);

  // Saved: reload no longer asks, and shows it all.
  page.once('dialog', (dialog) => {
    throw new Error(`reload asked: ${dialog.type()}`);
  });
  await page.reload();
  await expect(heading17(page)).toBeVisible();
  await expect(page.getByText('Markerat som genomfört 2026-04-23 med 3 deltagare.')).toBeVisible();
  await expect(people(page).getByRole('checkbox', { name: 'Anna Andersson' })).toBeChecked();
  await expect(people(page).getByRole('checkbox', { name: 'Lena Lind' })).toBeChecked();
  await expect(dilemmas(page)).toHaveValue('Nycklar till trapphuset saknas');
  await expect(page.getByText('Inga osparade ändringar.')).toBeVisible();
});

test('an agenda prepared before the day is saved without marking the session held; "Spara och lämna" saves before leaving', async ({
  page,
  server,
}) => {
  await setUpNorrWithTwelve(page, server.url);
  await page.getByRole('link', { name: 'Öppna tillfället vecka 18' }).click();
  await dilemmas(page).fill('Förbered: sommarschemat');
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  const stored = await callApi<{ held: unknown; agenda: { dilemmas: string } }>(page, 'sessions.get', { unitId: 1, week: '2026-W18' });
  expect(stored.held).toBeNull();
  expect(stored.agenda.dilemmas).toBe('Förbered: sommarschemat');

  await dilemmas(page).fill('Förbered: sommarschemat och nycklar');
  await page.getByRole('button', { name: 'Ny enhet' }).click();
  await expect(leaveDialog(page)).toBeVisible();
  await leaveDialog(page).getByRole('button', { name: 'Spara och lämna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny enhet' })).toBeVisible();
  const after = await callApi<{ agenda: { dilemmas: string } }>(page, 'sessions.get', { unitId: 1, week: '2026-W18' });
  expect(after.agenda.dilemmas).toBe('Förbered: sommarschemat och nycklar');
});

test('the unit switcher asks before another unit replaces a session with unsaved changes', async ({ page, server }) => {
  await setUpNorrWithTwelve(page, server.url);
  await callApi(page, 'units.create', { name: 'Hemtjänst Söder', providerName: 'Kommunens hemtjänst', managerName: 'Bo Sund' });
  await page.reload();
  await openWeek17(page);
  await tickAndType(page);

  const switcher = page.getByLabel('Välj enhet');
  await switcher.selectOption({ label: 'Hemtjänst Söder' });
  await expect(leaveDialog(page)).toBeVisible();
  await leaveDialog(page).getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(switcher.locator('option:checked')).toHaveText('Hemtjänst Norr');
  await expect(dilemmas(page)).toHaveValue('Nycklar till trapphuset saknas');

  await switcher.selectOption({ label: 'Hemtjänst Söder' });
  await leaveDialog(page).getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kom igång med Hemtjänst Söder' })).toBeVisible();
});

const caseForm = (page: Page) => page.getByRole('form', { name: 'Nytt brukarärende' });
const actionForm = (page: Page) => page.getByRole('form', { name: 'Ny åtgärd' });
const planningLink = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planering', exact: true });
const planningHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Planering' });

test('a case typed but not added asks before leaving: stay keeps the reference, leave discards it', async ({ page, server }, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);
  await openWeek17(page);
  await caseForm(page).getByLabel('Referens').fill('AB-12');

  await planningLink(page).click();
  await expect(leaveDialog(page)).toBeVisible();
  await expect(heading17(page)).toBeAttached();
  await screenshot(page, testInfo, 'unsaved-04-case-dialog');
  await expectNoAxeViolations(page);
  await leaveDialog(page).getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(leaveDialog(page)).toBeHidden();
  await expect(caseForm(page).getByLabel('Referens')).toHaveValue('AB-12');

  // Reload asks the browser's own question too.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.evaluate(() => window.location.reload());
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(caseForm(page).getByLabel('Referens')).toHaveValue('AB-12');

  await planningLink(page).click();
  await leaveDialog(page).getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(planningHeading(page)).toBeVisible();
  const stored = await callApi<{ cases: unknown[] }>(page, 'sessions.get', { unitId: 1, week: '2026-W17' });
  expect(stored.cases).toEqual([]);
});

test('an action typed but not added asks before leaving: stay keeps it, leave discards it; an added one leaves without a word', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);
  await openWeek17(page);
  await actionForm(page).getByLabel('Vad').fill('Beställa duschpall');

  await planningLink(page).click();
  await expect(leaveDialog(page)).toBeVisible();
  await screenshot(page, testInfo, 'unsaved-05-action-dialog');
  await expectNoAxeViolations(page);
  await leaveDialog(page).getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(actionForm(page).getByLabel('Vad')).toHaveValue('Beställa duschpall');

  // Back asks as well.
  await page.evaluate(() => window.history.back());
  await expect(leaveDialog(page)).toBeVisible();
  await leaveDialog(page).getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(heading17(page)).toBeHidden();
  const stored = await callApi<{ actions: unknown[] }>(page, 'sessions.get', { unitId: 1, week: '2026-W17' });
  expect(stored.actions).toEqual([]);

  // Once added, the empty form holds nothing unsaved: leaving does not ask.
  await expect(planningHeading(page)).toBeVisible();
  await openWeek17(page);
  await actionForm(page).getByLabel('Vad').fill('Beställa duschpall');
  await actionForm(page).getByLabel('Vem').selectOption({ label: 'Johan Jansson' });
  await actionForm(page).getByRole('button', { name: 'Lägg till åtgärden' }).click();
  await expect(page.getByRole('row', { name: /Beställa duschpall/ })).toBeVisible();
  await planningLink(page).click();
  await expect(planningHeading(page)).toBeVisible();
  await expect(leaveDialog(page)).toBeHidden();
});

test('"Spara och lämna" adds a complete case and leaves; a half-filled one stays with the field’s message', async ({ page, server }) => {
  await setUpNorrWithTwelve(page, server.url);
  await openWeek17(page);

  // Notes without a reference cannot be added: the view stays, and says what is missing.
  await caseForm(page).getByLabel('Anteckningar').fill('Behöver ny rullator');
  await planningLink(page).click();
  await leaveDialog(page).getByRole('button', { name: 'Spara och lämna' }).click();
  await expect(leaveDialog(page)).toBeHidden();
  await expect(heading17(page)).toBeVisible();
  await expect(caseForm(page).getByLabel('Referens')).toHaveAttribute('aria-invalid', 'true');
  await expect(caseForm(page).getByLabel('Referens')).toBeFocused();
  await expect(caseForm(page).getByLabel('Anteckningar')).toHaveValue('Behöver ny rullator');

  // With the reference it is added, and the plan shows.
  await caseForm(page).getByLabel('Referens').fill('AB-12');
  await planningLink(page).click();
  await leaveDialog(page).getByRole('button', { name: 'Spara och lämna' }).click();
  await expect(planningHeading(page)).toBeVisible();
  const stored = await callApi<{ cases: { reference: string; notes: string }[] }>(page, 'sessions.get', { unitId: 1, week: '2026-W17' });
  expect(stored.cases.map(({ reference, notes }) => ({ reference, notes }))).toEqual([{ reference: 'AB-12', notes: 'Behöver ny rullator' }]);
});

test('the header’s "Sparat" belongs to the view that saved: another view clears it', async ({ page, server }) => {
  await setUpNorrWithTwelve(page, server.url);
  await openWeek17(page);
  await page.getByRole('group', { name: 'Ordförande' }).getByRole('checkbox', { name: 'Ingrid Isaksson' }).check();
  await tickAndType(page);
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');

  // The link in the view (not the menu) back to the plan.
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await expect(planningHeading(page)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('');

  // From the session back to the plan by the browser's Back: the same.
  await openWeek17(page);
  await dilemmas(page).fill('Nycklar till trapphuset och porten');
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await page.goBack();
  await expect(planningHeading(page)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('');
});
