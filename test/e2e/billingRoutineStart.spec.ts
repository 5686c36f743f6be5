import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { openView, setUpNorr } from './steps';

// Today is Wednesday 2027-02-17. Hemtjänst Norr's routine started on Monday 1 February (the
// guide's "Rutinen startade"): January has nothing to bill, so it cannot be marked sent.
test.use({ today: '2027-02-17' });

test('a month before the routine started shows "Markera som skickad" disabled with the reason', async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpNorr(page, server.url, { weekday: 'måndag', validFrom: '2027-02-01' });
  await openView(page, 'Debiteringsunderlag');
  await expect(page.getByRole('main')).toContainText('februari 2027');
  const markSent = page.getByRole('button', { name: 'Markera som skickad' });
  await expect(markSent).toBeEnabled();

  await page.getByRole('button', { name: 'Föregående månad' }).click();
  await expect(page.getByRole('main')).toContainText('januari 2027');
  await expect(page.getByRole('main')).toContainText('Rutinen hade inte startat – den startade 2027-02-01.');
  await expect(markSent).toBeDisabled();
  const reason = 'Kan inte markeras som skickad. Rutinen startade 2027-02-01. Det finns inget att fakturera för januari 2027.';
  await expect(markSent).toHaveAccessibleDescription(reason);
  await expect(page.getByText(reason)).toBeVisible();
  await screenshot(page, testInfo, 'billing-not-started');
  await expectNoAxeViolations(page);

  // The month the routine started in is a normal month again.
  await page.getByRole('button', { name: 'Nästa månad' }).click();
  await expect(page.getByRole('main')).toContainText('februari 2027');
  await expect(markSent).toBeEnabled();
  await expect(page.getByText(reason)).toHaveCount(0);
});
