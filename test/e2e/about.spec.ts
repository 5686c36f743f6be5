import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { openView, setUpNorrWithDefaults } from './steps';

// Issue 13: "Om Handledning" names the version and where the data lives, for the manager and IT.
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

test('Om Handledning shows the version, the database file and the backup folder, and follows a new backup folder', async ({
  page,
  server,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpNorrWithDefaults(page, server.url);

  // By keyboard: the header's button opens the dialog, Escape closes it and the focus comes back.
  const open = page.getByRole('button', { name: 'Om Handledning' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Om Handledning' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Version${VERSION}`);
  await expect(dialog).toContainText(path.join(server.dataDir, 'handledning.sqlite'));
  await expect(dialog).toContainText(path.join(server.dataDir, 'backups'));
  await screenshot(page, testInfo, 'about-01-dialog');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  // Browser mode types the folder; the dialog reads the backend again when it opens.
  const usb = mkdtempSync(path.join(tmpdir(), 'handledning-e2e-usb-'));
  await openView(page, 'Säkerhetskopior');
  const folderForm = page.getByRole('form', { name: 'Mapp för säkerhetskopior' });
  await folderForm.getByLabel('Ny mapp för säkerhetskopior').fill(usb);
  await folderForm.getByRole('button', { name: 'Byt mapp' }).click();
  await expect(page.getByRole('status')).toHaveText(`Säkerhetskopiorna sparas nu i ${usb}.`);
  await open.click();
  await expect(dialog).toContainText(usb);
  await expect(dialog).not.toContainText(path.join(server.dataDir, 'backups'));
});
