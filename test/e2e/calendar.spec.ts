import ICAL from 'ical.js';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { callApi, download, openView, setUpNorr } from './steps';
import { occurrencesOf } from './ics';

// The backend's today is Monday 2026-12-07 (week 50). Hemtjänst Norr meets on Thursdays at
// 14:00 for 30 minutes from 2026-11-02; week 51 is moved to Wednesday 09:00. The export's
// period runs from this week's Monday to the end of next year, so the file crosses both
// daylight-saving changes of 2027.
test.use({ today: '2026-12-07' });

interface PlannedSession {
  date: string;
  startTime: string;
  status: string;
}

test('the plan goes to the calendar as one file, the week’s session as another', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpNorr(page, server.url, { validFrom: '2026-11-02' });

  // The manager's e-mail and the place, in the unit's settings.
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click();
  await page.getByLabel('Enhetschefens e-post (valfritt)').fill('anna.berg');
  await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await expect(page.getByText('Ange en e-postadress som namn@exempel.se, eller lämna fältet tomt.')).toBeVisible();
  await page.getByLabel('Enhetschefens e-post (valfritt)').fill('anna.berg@kommun.se');
  await page.getByLabel('Plats (valfritt)').fill('Konferensrummet, Storgatan 4');
  await page.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat');
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'calendar-00-settings');

  // One person with an e-mail address, to invite.
  await openView(page, 'Personal');
  const add = page.getByRole('form', { name: 'Lägg till person' });
  await add.getByLabel('Namn', { exact: true }).fill('Eva Falk');
  await add.getByLabel('Yrkesroll').selectOption({ label: 'Fysioterapeut' });
  await add.getByLabel('E-post (valfritt)').fill('eva.falk@kommun.se');
  await add.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Eva Falk har lagts till.');
  await expectNoAxeViolations(page);

  await openView(page, 'Planering');
  const unitId = (await callApi<{ id: number }[]>(page, 'units.list', {}))[0]!.id;
  await callApi(page, 'sessions.move', { unitId, week: '2026-W51', date: '2026-12-16', startTime: '09:00' });

  const section = page.getByRole('region', { name: 'Exportera till kalender' });
  await expect(section.getByLabel('Från')).toHaveValue('2026-12-07');
  await expect(section.getByLabel('Till')).toHaveValue('2027-12-31');
  await section.getByLabel('Bjud in personal med e-postadress').check();
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'calendar-01-export');
  await expectNoAxeViolations(page);

  const sessions = await download(page, 'Handledningar (.ics)');
  expect(sessions.name).toBe('Handledningar Hemtjänst Norr 2026-12-07–2027-12-31.ics');
  await expect(page.getByRole('status')).toHaveText(`Kalenderfilen ${sessions.name} är sparad.`);
  const ics = sessions.bytes.toString('utf8');
  const plan = await callApi<PlannedSession[]>(page, 'plan.get', { unitId, from: '2026-12-07', to: '2027-12-31' });
  const planned = plan.filter((s) => ['planned', 'held', 'moved'].includes(s.status)).map((s) => `${s.date} ${s.startTime}`);
  expect(occurrencesOf(ics)).toEqual(planned);
  expect(planned).toContain('2026-12-16 09:00');
  expect(planned).toContain('2027-07-01 14:00');
  const series = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!;
  expect(series.getFirstPropertyValue('organizer')).toBe('mailto:anna.berg@kommun.se');
  expect(series.getAllProperties('attendee').map((p) => p.getFirstValue())).toEqual(['MAILTO:eva.falk@kommun.se']);
  expect(series.getFirstPropertyValue('location')).toBe('Konferensrummet, Storgatan 4');

  // A period that ends before it starts is refused next to the field.
  await section.getByLabel('Till').fill('2026-01-01');
  await section.getByRole('button', { name: 'Teamträffar (.ics)' }).click();
  await expect(section.getByText('Slutdatum måste vara samma dag som eller efter startdatum, högst 800 dagar.')).toBeVisible();
  await section.getByLabel('Till').fill('2027-12-31');
  const teamMeetings = await download(page, 'Teamträffar (.ics)');
  expect(teamMeetings.name).toBe('Teamträffar Hemtjänst Norr 2026-12-07–2027-12-31.ics');

  // The week's session on its own, from the session view.
  await page.getByRole('link', { name: 'Öppna tillfället vecka 51' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 51' })).toBeVisible();
  await expectNoAxeViolations(page);
  const single = await download(page, 'Lägg till i kalender');
  expect(single.name).toBe('Handledning Hemtjänst Norr 2026-12-16.ics');
  expect(occurrencesOf(single.bytes.toString('utf8'))).toEqual(['2026-12-16 09:00']);
  await screenshot(page, testInfo, 'calendar-02-session');
});
