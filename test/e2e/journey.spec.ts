import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { printToPdf } from './pdf';
import { download, importRoster, openView, row, setUpNorr } from './steps';
import { occurrencesOf } from './ics';

// A new unit manager's first weeks, walked through the UI at 1366x768. The backend's today is
// Wednesday 2027-03-17 (week 11). The routine (the guide's Thursday 14:00, 30 min) started Monday
// 2027-02-01: February holds weeks 5–8 (Thursdays 4, 11, 18, 25), March weeks 9–13. Weeks 5, 6
// and 7 are held (7 with a guest), week 8 is cancelled; weeks 9 and 10 are not recorded yet.
// No Swedish public holiday falls on these Thursdays.
test.use({ today: '2027-03-17' });

const ROSTER = [
  'Anna Andersson;undersköterska',
  'Bertil Berg;undersköterska',
  'Cecilia Ceder;undersköterska',
  'David Dahl;vårdbiträde',
  'Emma Ek;undersköterska',
  'Fatima Falk;undersköterska',
  'Ingrid Isaksson;arbetsterapeut',
  'Johan Jansson;fysioterapeut',
  'Karin Kvist;sjuksköterska',
  'Lena Lind;enhetschef',
];

const sheet = (page: Page) => page.getByRole('region', { name: 'Underlaget' });
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

async function openSession(page: Page, week: number): Promise<void> {
  await page.getByRole('link', { name: `Öppna tillfället vecka ${week}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Handledning vecka ${week}` })).toBeVisible();
}

async function saveAndBack(page: Page, week: number): Promise<void> {
  await page.getByRole('button', { name: 'Spara tillfället' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await expect(row(page, `2027-W${String(week).padStart(2, '0')}`)).toContainText('Genomförd');
}

test('a new manager sets up a unit, records and bills February, exports the calendar and follows up the routine', async ({
  page,
  server,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });

  // 1. The first-run guide.
  await page.goto(server.url);
  await expect(page.getByLabel('Enhetens namn')).toBeVisible();
  await screenshot(page, testInfo, 'journey-01-guide');
  await expectNoAxeViolations(page);
  await setUpNorr(page, server.url, { validFrom: '2027-02-01' });
  await screenshot(page, testInfo, 'journey-02-plan-empty');
  await expectNoAxeViolations(page);

  // 2. The roster, pasted from Excel.
  await importRoster(page, ROSTER, '2027-02-01');
  await expect(row(page, '2027-W05')).toContainText('Ej registrerad');
  await screenshot(page, testInfo, 'journey-03-plan');

  // 3. Week 5 by hand.
  await openSession(page, 5);
  await expect(page.getByRole('button', { name: 'Samma som förra tillfället' })).toBeDisabled();
  await page.getByRole('group', { name: 'Ordförande' }).getByRole('checkbox', { name: 'Ingrid Isaksson' }).check();
  const week5 = page.getByRole('group', { name: 'Personal den 2027-02-04' });
  for (const name of ['Anna Andersson', 'Bertil Berg', 'Cecilia Ceder', 'Lena Lind']) await week5.getByRole('checkbox', { name }).check();
  await screenshot(page, testInfo, 'journey-04-week5');
  await saveAndBack(page, 5);

  // 4. Week 6: the same as last time, but Emma Ek instead of Bertil Berg.
  await openSession(page, 6);
  await page.getByRole('button', { name: 'Samma som förra tillfället' }).click();
  await expect(page.getByText('5 personer från vecka 5 är ikryssade. Inget är sparat ännu.')).toBeVisible();
  const week6 = page.getByRole('group', { name: 'Personal den 2027-02-11' });
  await week6.getByRole('checkbox', { name: 'Bertil Berg' }).uncheck();
  await week6.getByRole('checkbox', { name: 'Emma Ek' }).check();
  await screenshot(page, testInfo, 'journey-05-week6-same');
  await saveAndBack(page, 6);

  // 5. Week 7: the same again, plus a guest from the staffing pool.
  await openSession(page, 7);
  await page.getByRole('button', { name: 'Samma som förra tillfället' }).click();
  await page.getByLabel('Gästens namn').fill('Sara Vikström');
  await page.getByRole('button', { name: 'Lägg till gäst' }).click();
  await screenshot(page, testInfo, 'journey-06-week7-guest');
  await expectNoAxeViolations(page);
  await saveAndBack(page, 7);

  // 6. Week 8 is cancelled.
  await page.getByRole('button', { name: 'Ställ in tillfället vecka 8', exact: true }).click();
  const cancel = page.getByRole('dialog', { name: 'Ställ in tillfället vecka 8' });
  await cancel.getByLabel('Orsak').fill('Arbetsterapeuten sjuk');
  await screenshot(page, testInfo, 'journey-07-cancel');
  await cancel.getByRole('button', { name: 'Ställ in tillfället' }).click();
  await expect(row(page, '2027-W08')).toContainText('Inställd');
  await screenshot(page, testInfo, 'journey-08-plan-recorded');

  // 7. February's billing form: three sessions, 4 + 4 + 5 billable (the OT chair is not billable;
  // the guest is counted as care staff).
  await openView(page, 'Debiteringsunderlag');
  await expect(sheet(page)).toBeVisible();
  await expect(page.getByRole('main')).toContainText('februari 2027');
  await screenshot(page, testInfo, 'journey-09-billing');
  await expectNoAxeViolations(page);
  const february = plain(await sheet(page).innerText());
  expect(february).toContain('2027-02-18 7 14:00–14:30 30 min 4 1 0 0 5 2,50');
  expect(february).toContain('Summering Genomförda tillfällen 3 Debiterbara deltagare 13 Deltagartimmar 6,50');
  const billed = await printToPdf(page, testInfo, 'journey-10-billing-print');
  expect(billed.pages).toBe(1);
  const billedText = plain(billed.text);
  expect(billedText).toContain('Månad: februari 2027');
  expect(billedText).toMatch(/Inställd: Arbetsterapeuten sjuk/);
  expect(billedText).toMatch(/Genomförda tillfällen Debiterbara deltagare Deltagartimmar 3 13 6,50/);

  // No billing details yet: the dialog says so before the form goes out with "Ej angivet".
  await page.getByRole('button', { name: 'Markera som skickad' }).click();
  const send = page.getByRole('dialog', { name: 'Markera underlaget som skickat' });
  await expect(send.getByRole('note')).toHaveText(
    'Uppgifter saknas på underlaget: Beställare, Utförarens organisationsnummer, Kostnadsställe/referens, Enhetschefens telefon. De står som ”Ej angivet” på underlaget.',
  );
  await screenshot(page, testInfo, 'journey-10b-send-dialog');
  await expectNoAxeViolations(page);
  await send.getByRole('button', { name: 'Markera som skickad' }).click();
  await expect(page.getByRole('main')).toContainText('Skickad 2027-03-17 (version 1)');
  await screenshot(page, testInfo, 'journey-11-billing-sent');

  // 8. A correction: Bertil Berg was there in week 6 after all.
  await page.getByRole('button', { name: 'Rätta underlaget' }).click();
  const reopen = page.getByRole('dialog', { name: 'Rätta underlaget för februari 2027' });
  await reopen.getByLabel('Orsak till rättelsen').fill('Bertil Berg deltog vecka 6');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText('Öppnad för rättelse');
  await openView(page, 'Planering');
  await openSession(page, 6);
  await page.getByRole('group', { name: 'Personal den 2027-02-11' }).getByRole('checkbox', { name: 'Bertil Berg' }).check();
  await saveAndBack(page, 6);
  await openView(page, 'Debiteringsunderlag');
  await expect(sheet(page)).toContainText('Rättelse');
  await page.getByRole('button', { name: 'Markera som skickad' }).click();
  await page.getByRole('dialog', { name: 'Markera underlaget som skickat' }).getByRole('button', { name: 'Markera som skickad' }).click();
  await expect(page.getByRole('main')).toContainText('Skickad 2027-03-17 (version 2)');
  await screenshot(page, testInfo, 'journey-12-billing-corrected');
  const corrected = plain((await printToPdf(page, testInfo, 'journey-13-billing-v2')).text);
  expect(corrected).toMatch(/3 14 7,00/);

  // 9. The calendar: the plan from this week to the end of next year.
  await openView(page, 'Planering');
  const calendar = page.getByRole('region', { name: 'Exportera till kalender' });
  await calendar.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'journey-14-calendar');
  await expectNoAxeViolations(page);
  const from = await calendar.getByLabel('Från').inputValue();
  const to = await calendar.getByLabel('Till').inputValue();
  const ics = await download(page, 'Handledningar (.ics)');
  const events = occurrencesOf(ics.bytes.toString('utf8'));
  // Every Thursday from tomorrow (2027-03-18) to 2028-12-28 is 94, less the three on a holiday
  // (Kristi himmelsfärdsdag 2027-05-06, trettondedag jul 2028-01-06, Kristi himmelsfärdsdag 2028-05-25).
  expect([from, to]).toEqual(['2027-03-15', '2028-12-31']);
  expect(events).toHaveLength(91);
  expect(events[0]).toBe('2027-03-18 14:00');
  expect(events.at(-1)).toBe('2028-12-28 14:00');
  for (const holiday of ['2027-05-06', '2028-01-06', '2028-05-25']) expect(events.some((start) => start.startsWith(holiday))).toBe(false);

  // 10. The year overview, from the plan's own link.
  await page.getByRole('link', { name: 'Hela året 2027 i Årsöversikt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Årsöversikt' })).toBeVisible();
  await expect(page).toHaveURL(/#\/enhet\/1\/ar\/2027$/);
  await expect(row(page, '2027-W05')).toContainText('Genomförd');
  await expect(row(page, '2027-W05').locator('td').last()).toHaveText('5');
  await expect(row(page, '2027-W06').locator('td').last()).toHaveText('6');
  await expect(row(page, '2027-W07').locator('td').last()).toHaveText('6');
  await expect(row(page, '2027-W08')).toContainText('Inställd');
  // As in the plan, a cancelled week says why.
  await expect(row(page, '2027-W08')).toContainText('Orsak: Arbetsterapeuten sjuk');
  await expect(row(page, '2027-W09')).toContainText('Ej registrerad');
  await expect(row(page, '2027-W11')).toContainText('Planerad');
  await screenshot(page, testInfo, 'journey-15-year');
  await expectNoAxeViolations(page);
  const year = await printToPdf(page, testInfo, 'journey-16-year-print');
  expect(year.pages).toBe(1);

  // 11. Statistics for the routine so far, from the plan's link, and the follow-up report.
  await openView(page, 'Planering');
  await page.getByRole('link', { name: 'Uppföljning av rutinen i Statistik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik – Hemtjänst Norr' })).toBeVisible();
  await expect(page.getByText('Perioden 2027-02-01 – 2027-07-31. Rutinen startade 2027-02-01.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Från', exact: true }).fill('2027-02-01');
  await page.getByRole('textbox', { name: 'Till', exact: true }).fill('2027-03-17');
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  const sessions = page.getByRole('table', { name: 'Tillfällen under perioden' });
  const count = (what: string) => sessions.getByRole('row', { name: what, exact: false }).first().getByRole('cell');
  await expect(count('Genomförda')).toHaveText('3');
  await expect(count('Inställda')).toHaveText('1');
  // The busiest week named as the chart's axis and the plan name weeks, not by its key "2027-W06".
  await expect(page.locator('main figure[data-chart="perWeek"] p')).toHaveText(
    'Flest deltagare: 6, vecka 6 2027. 3 av 6 veckor med planerad handledning hade ett genomfört tillfälle.',
  );
  // Weeks 8–11 held nothing (cancelled, not recorded, ahead): the absence says so rather than blame everyone.
  await expect(page.locator('main [data-figure="absentSummary"]')).toHaveText(
    '10 personer har inte deltagit de senaste 4 veckorna. Inget tillfälle genomfördes under de veckorna.',
  );
  await screenshot(page, testInfo, 'journey-17-statistics');
  await expectNoAxeViolations(page);
  const report = await printToPdf(page, testInfo, 'journey-18-follow-up');
  expect(plain(report.text)).toContain('Uppföljning av rutinen');

  // 12. Om Handledning.
  await page.getByRole('button', { name: 'Om Handledning' }).click();
  const about = page.getByRole('dialog', { name: 'Om Handledning' });
  await expect(about).toBeVisible();
  await expect(about).toHaveCSS('opacity', '1');
  await screenshot(page, testInfo, 'journey-19-about');
  await expectNoAxeViolations(page);
});
