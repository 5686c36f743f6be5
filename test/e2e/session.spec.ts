import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { printToPdf } from './pdf';
import { callApi, row, setUpNorrWithTwelve } from './steps';

// The backend's today is Friday 2026-04-24 (week 17). The weekly slot (Thursday 14:00) runs
// from 2026-04-06, so the sessions of weeks 16 (2026-04-16) and 17 (2026-04-23) have taken
// place and can be recorded; week 18 (2026-04-30) has not.
test.use({ today: '2026-04-24' });

/** Opens a week's session from its row in the plan, with the keyboard. */
async function openSession(page: Page, isoWeek: number): Promise<void> {
  await page.getByRole('link', { name: `Öppna tillfället vecka ${isoWeek}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Handledning vecka ${isoWeek}` })).toBeFocused();
}

interface StoredCounts {
  byRole: Record<string, number>;
  total: number;
}

const ROLE_NAMES: Record<string, string> = {
  Omvårdnadspersonal: 'careStaff',
  Arbetsterapeut: 'occupationalTherapist',
  Fysioterapeut: 'physiotherapist',
  Sjuksköterska: 'nurse',
  Enhetschef: 'unitManager',
};

/** The live counts as shown ("Omvårdnadspersonal 7", …, "Totalt 10"), by role key. */
async function shownCounts(page: Page): Promise<StoredCounts> {
  const items = await page.getByRole('region', { name: 'Antal deltagare' }).getByRole('listitem').allTextContents();
  const byRole: Record<string, number> = {};
  let total = -1;
  for (const item of items) {
    const match = /^(.+) (\d+)$/.exec(item.trim());
    if (!match) throw new Error(`unexpected count "${item}"`);
    if (match[1] === 'Totalt') total = Number(match[2]);
    else byRole[ROLE_NAMES[match[1]!] ?? match[1]!] = Number(match[2]);
  }
  return { byRole, total };
}

const nonZero = (counts: StoredCounts) => Object.fromEntries(Object.entries(counts.byRole).filter(([, n]) => n > 0));

test('a 10-person session is recorded with only the keyboard, and the counts shown are the counts stored', async ({ page, server }, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);
  await openSession(page, 16);
  await expect(page.getByRole('main')).toContainText('torsdag 2026-04-16, 14:00–14:30');
  await expect(page.getByLabel('Starttid')).toHaveValue('14:00');
  await expect(page.getByLabel('Längd i minuter')).toHaveValue('30');
  await expect(page.getByLabel('Kontoret (planeringsmöte)')).toBeChecked();
  await screenshot(page, testInfo, 'session-01-not-held');
  await expectNoAxeViolations(page);

  // Type a few letters, Enter ticks the best match and empties the filter for the next name.
  const filter = page.getByLabel('Filtrera');
  const people = page.getByRole('group', { name: 'Personal den 2026-04-16' });
  await filter.focus();
  for (const letters of ['anna', 'bert', 'cec', 'dav', 'emma', 'gus', 'karin', 'lena']) {
    await page.keyboard.type(letters);
    await page.keyboard.press('Enter');
    await expect(filter).toHaveValue('');
  }
  // "anna" also matches Hanna Holm; the name that starts with it came first.
  await expect(people.getByRole('checkbox', { name: 'Anna Andersson' })).toBeChecked();
  await expect(people.getByRole('checkbox', { name: 'Hanna Holm' })).not.toBeChecked();
  await expect(page.getByText('Lena Lind deltar.')).toBeVisible();

  // Arrow down into the filtered list, Space ticks; a slip is undone with Space again.
  await page.keyboard.type('holm');
  await expect(people.getByRole('checkbox')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(people.getByRole('checkbox', { name: 'Hanna Holm' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(people.getByRole('checkbox', { name: 'Hanna Holm' })).toBeChecked();
  await page.keyboard.press('Space');
  await expect(people.getByRole('checkbox', { name: 'Hanna Holm' })).not.toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(filter).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(people.getByRole('checkbox')).toHaveCount(12);

  // The chair: the OT, two boxes back from the filter. Ticking a chair ticks them as attendee.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const chairs = page.getByRole('group', { name: 'Ordförande' });
  await expect(chairs.getByRole('checkbox', { name: 'Ingrid Isaksson' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(chairs.getByRole('checkbox', { name: 'Ingrid Isaksson' })).toBeChecked();
  await expect(people.getByRole('checkbox', { name: 'Ingrid Isaksson' })).toBeChecked();

  // A guest from the staffing centre: the name, then Enter adds her (it does not save the form).
  await page.getByLabel('Gästens namn').focus();
  await page.keyboard.type('Sara Vikström');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sara Vikström, Omvårdnadspersonal (gäst)')).toBeVisible();
  await expect(page.getByLabel('Gästens namn')).toBeFocused();

  await expect(page.getByRole('region', { name: 'Antal deltagare' })).toHaveText(
    /Omvårdnadspersonal 7.*Arbetsterapeut 1.*Sjuksköterska 1.*Enhetschef 1.*Totalt 10/,
  );
  await screenshot(page, testInfo, 'session-02-ticked');
  await expectNoAxeViolations(page);

  // Enter in the empty filter saves.
  await filter.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await expect(page.getByText('Markerat som genomfört 2026-04-16 med 10 deltagare.')).toBeVisible();
  await screenshot(page, testInfo, 'session-03-held');
  await expectNoAxeViolations(page);

  // What was shown is what was stored.
  const shown = await shownCounts(page);
  const stored = await callApi<{ counts: StoredCounts; attendees: { name: string }[] }>(page, 'sessions.get', {
    unitId: 1,
    week: '2026-W16',
  });
  expect(shown.total).toBe(10);
  expect(stored.counts.total).toBe(shown.total);
  expect(nonZero(stored.counts)).toEqual(shown.byRole);
  expect(stored.attendees.map((a) => a.name).sort()).toContain('Sara Vikström');

  // After a reload the session opens again with the same ticks and counts.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 16' })).toBeVisible();
  await expect(people.getByRole('checkbox', { name: 'Gustav Gran' })).toBeChecked();
  await expect(people.getByRole('checkbox', { name: 'Fatima Falk' })).not.toBeChecked();
  await expect(chairs.getByRole('checkbox', { name: 'Ingrid Isaksson' })).toBeChecked();
  expect(await shownCounts(page)).toEqual(shown);

  // The plan says the week is held, with its head count, and offers nothing else than opening it.
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await expect(row(page, '2026-W16')).toHaveAttribute('data-status', 'held');
  await expect(row(page, '2026-W16')).toContainText('Genomförd');
  await expect(row(page, '2026-W16')).toContainText('10 deltagare');
  await expect(row(page, '2026-W16').getByRole('button')).toHaveCount(0);
  await expect(row(page, '2026-W16').getByRole('link', { name: 'Öppna tillfället vecka 16' })).toBeVisible();
  await screenshot(page, testInfo, 'session-04-plan-held');
  await expectNoAxeViolations(page);
});

test('agenda, cases and actions are kept, an open action is followed up the next week, and the minutes print on A4', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithTwelve(page, server.url);

  // A session in the future cannot be marked held: the Swedish message says why.
  await openSession(page, 18);
  await expect(page.getByText('Tillfället har inte ägt rum ännu.', { exact: false })).toBeVisible();
  await page.getByRole('group', { name: 'Ordförande' }).getByRole('checkbox', { name: 'Johan Jansson' }).check();
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  const refusal = 'Tillfället 2026-04-30 har inte ägt rum ännu. Det kan markeras som genomfört från och med samma dag.';
  await expect(page.getByRole('form', { name: 'Närvaro och dagordning' }).getByText(refusal)).toBeVisible();
  await expect(page.getByRole('status')).not.toHaveText('Sparat');
  await screenshot(page, testInfo, 'session-05-future-refused');
  await expectNoAxeViolations(page);
  // The refused tick is unsaved: leaving asks first, and the manager lets it go.
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await page.getByRole('dialog', { name: 'Osparade ändringar' }).getByRole('button', { name: 'Lämna utan att spara' }).click();
  await expect(row(page, '2026-W18')).toHaveAttribute('data-status', 'planned');

  // Week 16 is held with four people, the PT in the chair.
  await openSession(page, 16);
  const people = page.getByRole('group', { name: 'Personal den 2026-04-16' });
  await page.getByRole('group', { name: 'Ordförande' }).getByRole('checkbox', { name: 'Johan Jansson' }).check();
  for (const name of ['Anna Andersson', 'Bertil Berg', 'Lena Lind']) await people.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  await expect(page.getByText('Markerat som genomfört 2026-04-16 med 4 deltagare.')).toBeVisible();

  // A note that holds a personnummer is warned about, not refused.
  const dilemmas = page.getByLabel('Anteckningar om Veckans dilemman');
  await dilemmas.fill('Hur gör vi när brukaren inte vill duscha? Gäller 19450312-1234.');
  await expect(page.getByText('Texten ser ut att innehålla ett personnummer. Skriv inte personnummer här.')).toBeVisible();
  await dilemmas.fill('Hur gör vi när brukaren inte vill duscha?');
  await expect(page.getByText('Texten ser ut att innehålla ett personnummer.', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');

  // A case reference that looks like a personnummer is refused next to the field.
  const caseForm = page.getByRole('form', { name: 'Nytt brukarärende' });
  await caseForm.getByLabel('Referens').fill('19500101-1234');
  await caseForm.getByRole('button', { name: 'Lägg till ärendet' }).click();
  await expect(caseForm.getByText('Referensen ser ut som ett personnummer.', { exact: false }).first()).toBeVisible();
  await expect(caseForm.getByLabel('Referens')).toBeFocused();
  await expect(page.getByText('Inga ärenden ännu.')).toBeVisible();
  await screenshot(page, testInfo, 'session-06-case-refused');
  await expectNoAxeViolations(page);

  await caseForm.getByLabel('Referens').fill('AB-12');
  await caseForm.getByLabel('Nytt rehabiliteringsärende').check();
  await caseForm.getByLabel('Målsättning').fill('Klarar att duscha själv');
  await caseForm.getByLabel('Delmål').fill('Sitta på duschpall\nTvätta håret själv');
  await caseForm.getByLabel('Genomförandeplan uppdaterad', { exact: true }).check();
  await caseForm.getByLabel('Ansvarig – Genomförandeplan uppdaterad').selectOption({ label: 'Bertil Berg' });
  await caseForm.getByRole('button', { name: 'Lägg till ärendet' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await expect(page.getByRole('button', { name: 'Ändra ärendet AB-12' })).toBeVisible();
  await expect(page.locator('[data-case]')).toContainText('Genomförandeplan uppdaterad: klart (ansvarig: Bertil Berg)');

  // An action without a person is refused with what to do; with one it is added.
  const actionForm = page.getByRole('form', { name: 'Ny åtgärd' });
  await actionForm.getByLabel('Vad').fill('Beställa duschpall');
  await actionForm.getByRole('button', { name: 'Lägg till åtgärden' }).click();
  await expect(actionForm.getByText('Välj vem som ansvarar för åtgärden.')).toBeVisible();
  await actionForm.getByLabel('Vem').selectOption({ label: 'Johan Jansson' });
  await actionForm.getByLabel('Klart senast').fill('2026-04-30');
  await actionForm.getByRole('button', { name: 'Lägg till åtgärden' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  const actions = page.getByRole('table', { name: 'Åtgärder beslutade vecka 16' });
  await expect(actions.getByRole('row', { name: /Beställa duschpall/ })).toContainText('Johan Jansson');
  await expect(actions.getByRole('row', { name: /Beställa duschpall/ })).toContainText('Öppen');
  await screenshot(page, testInfo, 'session-07-agenda-case-action');
  await expectNoAxeViolations(page);

  // The minutes, printed to A4: the unit, the counts and the action are on the page.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Skriv ut minnesanteckningar' }).click();
  await expect(page.locator('.print-root h1')).toHaveText('Minnesanteckningar – handledning vecka 16');
  const text = (await printToPdf(page, testInfo, 'minutes-week-16')).text;
  expect(text).toContain('Hemtjänst Norr');
  expect(text).toMatch(/Omvårdnadspersonal\s+2/);
  expect(text).toMatch(/Fysioterapeut\s+1/);
  expect(text).toMatch(/Enhetschef\s+1/);
  expect(text).toMatch(/Totalt\s+4/);
  expect(text).toContain('Beställa duschpall');
  expect(text).toContain('AB-12');
  expect(text).not.toContain('19500101');

  // Week 17 follows the open action up; ticking Klar closes it there.
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await openSession(page, 17);
  const followUp = page.getByRole('checkbox', { name: 'Klar – Beställa duschpall' });
  await expect(followUp).not.toBeChecked();
  await expect(page.getByText('Ansvarig: Johan Jansson. Klart senast 2026-04-30. Från vecka 16.')).toBeVisible();
  await screenshot(page, testInfo, 'session-08-follow-up');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Skriv ut dagordning' }).click();
  const agenda = (await printToPdf(page, testInfo, 'agenda-week-17')).text;
  expect(agenda).toContain('Dagordning – handledning vecka 17');
  expect(agenda).toContain('Beställa duschpall – Johan Jansson, klart senast 2026-04-30');

  await followUp.check();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await expect(followUp).toBeChecked();
  const week16 = await callApi<{ actions: { status: string; closedInWeek: string | null }[] }>(page, 'sessions.get', {
    unitId: 1,
    week: '2026-W16',
  });
  expect(week16.actions).toEqual([expect.objectContaining({ status: 'done', closedInWeek: '2026-W17' })]);
});
