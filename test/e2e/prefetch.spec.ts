import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordHeldByApi, row, setUpNorrWithTwelve } from './steps';

// The plan's and a week's reads go out as the manager points at the link (issue 10's speed);
// an answer read ahead is used once, and never after a save (renderer/src/api/prefetch.ts).
// Today is Friday 2026-04-24; the Thursday slot from 2026-04-06 makes week 16 a held session.
test.use({ today: '2026-04-24' });

/** Week 16 held by all twelve but Fatima Falk and Gustav Gran: ten people. */
async function setUpHeldWeek16(page: Page, url: string): Promise<void> {
  const ids = await setUpNorrWithTwelve(page, url);
  const absent = new Set(['Fatima Falk', 'Gustav Gran']);
  const attendees = [...ids].filter(([name]) => !absent.has(name)).map(([, id]) => id);
  await recordHeldByApi(page, '2026-W16', ids.get('Ingrid Isaksson'), attendees);
  await page.reload();
  await expect(row(page, '2026-W16')).toContainText('10 deltagare');
}

/** The API calls the page makes to `method` from now on. */
function countCalls(page: Page, method: string): { count: () => number } {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().endsWith(`/api/${method}`)) count++;
  });
  return { count: () => count };
}

test('pointing at a week reads it ahead, and opening it then reads it no more', async ({ page, server }) => {
  await setUpHeldWeek16(page, server.url);
  const reads = countCalls(page, 'sessions.get');
  const link = page.getByRole('link', { name: 'Öppna tillfället vecka 16' });

  const readAhead = page.waitForResponse((response) => response.url().endsWith('/api/sessions.get'));
  await link.hover();
  await readAhead;
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 16' })).toBeFocused();
  await expect(page.getByText('Markerat som genomfört 2026-04-16 med 10 deltagare.')).toBeVisible();
  expect(reads.count()).toBe(1);
});

test('a plan read ahead before a save is read again: the plan shows what was saved', async ({ page, server }) => {
  await setUpHeldWeek16(page, server.url);
  await page.getByRole('link', { name: 'Öppna tillfället vecka 16' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handledning vecka 16' })).toBeFocused();

  // The way back is pointed at first: the plan with ten people is read ahead ...
  const back = page.getByRole('link', { name: 'Tillbaka till Planering' });
  const readAhead = page.waitForResponse((response) => response.url().endsWith('/api/plan.get'));
  await back.hover();
  await readAhead;
  // ... then one of them is unticked and saved ...
  await page.getByRole('checkbox', { name: 'Anna Andersson' }).click();
  await page.getByRole('button', { name: 'Spara' }).first().click();
  await expect(page.getByText('Markerat som genomfört 2026-04-16 med 9 deltagare.')).toBeVisible();

  // ... and the plan opened right after shows nine, not the ten read before the save.
  await back.click();
  await expect(row(page, '2026-W16')).toContainText('9 deltagare');
  await expect(row(page, '2026-W16')).not.toContainText('10 deltagare');
});
