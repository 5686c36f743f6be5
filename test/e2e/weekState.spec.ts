import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { callApi, row, setUpNorr } from './steps';

// The backend's today is Wednesday 2026-12-02 (week 49). Hemtjänst Norr meets on Mondays at
// 13:00 from 2026-11-02: November holds weeks 45–49 (week 49's Monday is 30 November), all
// passed and none recorded. Planering opens on weeks 45–61.
test.use({ today: '2026-12-02' });

const MONDAYS = { weekday: 'måndag', startTime: '13:00', validFrom: '2026-11-02' };

async function unitId(page: Page): Promise<number> {
  const [unit] = await callApi<{ id: number }[]>(page, 'units.list', {});
  return unit!.id;
}

/** Sends November's form through the API and opens Planering afresh on it. */
async function sendNovember(page: Page): Promise<void> {
  const id = await unitId(page);
  await callApi(page, 'staff.add', { unitId: id, name: 'Anna Andersson', role: 'careStaff', employment: 'regular', activeFrom: '2026-11-01' });
  await callApi(page, 'billing.markSent', { unitId: id, month: '2026-11' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();
}

test('past weeks with nothing recorded say "Ej registrerad", are counted in the reminder, and later weeks stay planned', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorr(page, server.url, MONDAYS);
  for (const week of ['2026-W45', '2026-W48', '2026-W49']) {
    await expect(row(page, week).locator('.status-tag')).toHaveText('Ej registrerad');
  }
  await expect(row(page, '2026-W50').locator('.status-tag')).toHaveText('Planerad');
  const reminders = page.getByRole('region', { name: 'Debiteringsunderlag att skicka' });
  await expect(reminders).toContainText('5 veckor ej registrerade.');
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'plan-unrecorded');

  await page.getByRole('link', { name: 'Öppna tillfället vecka 48' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 48' })).toBeVisible();
  await expect(page.locator('.status-tag')).toHaveText('Ej registrerad');
  await expect(page.getByText('Tillfället har passerat utan att något registrerats.')).toBeVisible();
});

test('the weeks of a sent month show the lock in the plan: actions disabled with the reason and a way to correct', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorr(page, server.url, MONDAYS);
  await sendNovember(page);

  for (const week of ['2026-W45', '2026-W49']) await expect(row(page, week)).toContainText('Låst');
  const move46 = page.getByRole('button', { name: 'Flytta tillfället vecka 46', exact: true });
  await expect(move46).toBeDisabled();
  await expect(move46).toHaveAccessibleDescription('Låst: november 2026 är skickad som debiteringsunderlag.');
  await expect(page.getByRole('button', { name: 'Ställ in tillfället vecka 46', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Markera som teamträffsvecka, vecka 46' })).toBeDisabled();
  // December is open.
  await expect(row(page, '2026-W50')).not.toContainText('Låst');
  await expect(page.getByRole('button', { name: 'Flytta tillfället vecka 50', exact: true })).toBeEnabled();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'plan-locked');

  // "Rätta underlaget" opens November's form, where it can be reopened.
  await row(page, '2026-W46').getByRole('link', { name: 'Rätta underlaget för november 2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rätta underlaget' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Underlaget' })).toContainText('november 2026');
});

test('the session view of a locked week says so, links to the correction, and its ticks and save are disabled', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorr(page, server.url, MONDAYS);
  await sendNovember(page);

  await page.getByRole('link', { name: 'Öppna tillfället vecka 46' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 46' })).toBeVisible();
  await expect(page.getByText('Månaden är skickad som debiteringsunderlag och låst. Rätta underlaget för att ändra.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Rätta underlaget för november 2026' })).toBeVisible();
  const anna = page.getByRole('group', { name: 'Personal den 2026-11-09' }).getByRole('checkbox', { name: 'Anna Andersson' });
  await expect(anna).toBeDisabled();
  const save = page.getByRole('button', { name: 'Spara tillfället' });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAccessibleDescription('Går inte att ändra: månaden är låst.');
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'session-locked');

  // December's week 50 is open: no notice, and its boxes can be ticked.
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await page.getByRole('link', { name: 'Öppna tillfället vecka 50' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 50' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Personal den 2026-12-07' }).getByRole('checkbox', { name: 'Anna Andersson' })).toBeEnabled();
  await expect(page.getByText('Månaden är skickad som debiteringsunderlag och låst.', { exact: false })).toHaveCount(0);
});

test('one occurrence of a recurring team meeting is skipped from the plan, so its week gets its session, and restored', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorr(page, server.url, MONDAYS);
  // The first Tuesday of every month: Tuesday 5 January 2027 makes week 1 a team-meeting week.
  await callApi(page, 'teamMeetings.addPattern', {
    unitId: await unitId(page),
    recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
    validFrom: '2026-12-01',
  });
  await page.reload();
  await expect(row(page, '2027-W01')).toHaveAttribute('data-status', 'teamMeetingWeek');

  await page.getByRole('button', { name: 'Hoppa över teamträffen 2027-01-05, vecka 1' }).click();
  await expect(row(page, '2027-W01')).toHaveAttribute('data-status', 'planned');
  await expect(row(page, '2027-W01')).toContainText('2027-01-04');
  await expect(row(page, '2027-W01')).toContainText('Teamträffen 2027-01-05 hoppas över');
  await expect(page.getByRole('link', { name: 'Öppna tillfället vecka 1' })).toBeVisible();
  // The focus stays in the row, on the way back.
  await expect(page.getByRole('button', { name: 'Återställ teamträffen 2027-01-05, vecka 1' })).toBeFocused();
  // The pattern goes on: February's first Tuesday is still a team meeting.
  await expect(row(page, '2027-W05')).toHaveAttribute('data-status', 'teamMeetingWeek');
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, 'plan-team-meeting-skipped');

  await page.keyboard.press('Enter');
  await expect(row(page, '2027-W01')).toHaveAttribute('data-status', 'teamMeetingWeek');
  await expect(page.getByRole('button', { name: 'Hoppa över teamträffen 2027-01-05, vecka 1' })).toBeFocused();
});
