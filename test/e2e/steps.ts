import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// Steps a user takes in many tests, written once.

/** A planning-table row by ISO week. */
export const row = (page: Page, week: string) => page.locator(`tr[data-week="${week}"]`);

/** Guide step 1: creates Hemtjänst Norr and arrives at step 2. */
export async function createNorr(page: Page): Promise<void> {
  await page.getByLabel('Enhetens namn').fill('Hemtjänst Norr');
  await page.getByLabel('Utförare').fill('Kommunens hemtjänst');
  await page.getByLabel('Enhetschef').fill('Anna Berg');
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await expect(page.getByRole('heading', { name: 'Steg 2 av 3: Veckotid' })).toBeVisible();
}

/** The whole guide with its defaults (Thursday 14:00, 30 min, no team meetings): ends in Planering. */
export async function setUpNorrWithDefaults(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await createNorr(page);
  await page.getByRole('button', { name: 'Spara och gå vidare' }).click();
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();
}
