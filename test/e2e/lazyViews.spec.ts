import type { Page, Route } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { setUpNorrWithDefaults } from './steps';

// Issue 11: the plan loads without the code of the other views; a view's chunk is fetched the
// first time it is opened, under the app's CSP (script-src 'self'), while a busy "Laddar …" shows.

/** The renderer's script chunks fetched so far, by file name. */
function scriptsFetched(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (request.resourceType() === 'script') fetched.push(name);
  });
  return fetched;
}

test('the plan opens without the billing code, which loads when Debiteringsunderlag is opened', async ({ page, server }, testInfo) => {
  const fetched = scriptsFetched(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await setUpNorrWithDefaults(page, server.url);
  expect(fetched.filter((name) => /^(BillingView|BackupsView|AuditLogView|StaffView|RecoveryView)-/.test(name))).toEqual([]);

  // Hold the billing chunk back until the loading state has been looked at.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/BillingView-[^/]+\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });

  // By keyboard, as the heading focus is for keyboard users.
  const link = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Debiteringsunderlag', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  const loading = page.locator('main [aria-busy="true"]');
  await expect(loading).toHaveText('Laddar …');
  await screenshot(page, testInfo, '01-billing-loading');
  await expectNoAxeViolations(page);

  release();
  const heading = page.getByRole('heading', { level: 1, name: 'Debiteringsunderlag' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(loading).toHaveCount(0);
  expect(fetched.some((name) => name.startsWith('BillingView-'))).toBe(true);
  await screenshot(page, testInfo, '02-billing-loaded');
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});
