import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { download, openView, row, setUpNorrWithDefaults } from './steps';

// The backend's today is Monday 2026-04-20 (week 17); the weekly slot is Thursday 14:00, so the
// plan shows week 18's session on 2026-04-30. Backups carry the computer's real clock.

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Overwrites every page after the first: the header still says SQLite and Handledning. */
function damagePagesAfterFirst(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  bytes.fill(0xa5, pageSize);
  writeFileSync(file, bytes);
}

/** "Säkerhetskopiera nu": returns the new manual backup's row. */
async function backUpNow(page: Page) {
  const before = await page.locator('tr[data-kind="manual"]').count();
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(page.getByRole('status')).toHaveText('Säkerhetskopian är sparad.');
  await expect(page.locator('tr[data-kind="manual"]')).toHaveCount(before + 1);
  return page.locator('tr[data-kind="manual"]').first();
}

/** Cancels week 18's session from Planering. */
async function cancelWeek18(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ställ in tillfället vecka 18', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ställ in tillfället vecka 18' });
  await dialog.getByLabel('Orsak').fill('Studiedag');
  await dialog.getByRole('button', { name: 'Ställ in tillfället', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, '2026-W18')).toHaveAttribute('data-status', 'cancelled');
}

test('a backup taken now is listed with what it holds; restoring it takes the data back, and the restore is undone', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await openView(page, 'Säkerhetskopior');
  await expect(page.getByText('Kopior som du gör själv')).toBeVisible();

  const backup = await backUpNow(page);
  await expect(backup.getByRole('cell', { name: 'Manuell', exact: true })).toBeVisible();
  await expect(backup).toContainText('1 enhet, 0 genomförda tillfällen');
  await expect(backup.getByRole('cell', { name: /^\d+ kB$/ })).toBeVisible();
  const backupTime = (await backup.getByRole('rowheader').textContent()) ?? '';
  expect(backupTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await screenshot(page, testInfo, 'data-safety-01-backups');
  await expectNoAxeViolations(page);

  // A change after the backup: week 18 is cancelled.
  await openView(page, 'Planering');
  await cancelWeek18(page);

  // Restore through the dialog, using only the keyboard: it says what the backup holds and that it can be undone.
  await openView(page, 'Säkerhetskopior');
  await backup.getByRole('button', { name: `Återställ säkerhetskopian från ${backupTime}` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Återställ säkerhetskopian från ${backupTime}` });
  await expect(dialog).toContainText('1 enhet, 0 genomförda tillfällen');
  await expect(dialog).toContainText('Typ: Manuell');
  await expect(dialog).toContainText('så du kan ångra återställningen efteråt');
  await expect(dialog.getByRole('button', { name: 'Återställ uppgifterna' })).toBeFocused();
  await screenshot(page, testInfo, 'data-safety-02-restore-dialog');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');

  const done = page.getByRole('dialog', { name: 'Uppgifterna är återställda' });
  await expect(done).toContainText(`från säkerhetskopian från ${backupTime}`);
  await expect(done.getByRole('button', { name: 'Fortsätt' })).toBeFocused();
  await screenshot(page, testInfo, 'data-safety-03-restored');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');

  // The app starts over on the restored data, still in this view, with the way back offered.
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeVisible();
  const undo = page.getByRole('region', { name: 'Den senaste återställningen' });
  await expect(undo.getByRole('button', { name: 'Ångra återställningen' })).toBeVisible();
  await expect(page.locator('tr[data-kind="beforeRestore"]')).toHaveCount(1);
  await expect(page.locator('tr[data-kind="beforeRestore"]')).toContainText('Före återställning');
  await screenshot(page, testInfo, 'data-safety-04-undo-offered');
  await expectNoAxeViolations(page);

  await openView(page, 'Planering');
  await expect(row(page, '2026-W18')).toHaveAttribute('data-status', 'planned');

  // Undo: the cancellation is back.
  await openView(page, 'Säkerhetskopior');
  await undo.getByRole('button', { name: 'Ångra återställningen' }).click();
  const undone = page.getByRole('dialog', { name: 'Återställningen är ångrad' });
  await expect(undone).toContainText('som de var innan återställningen');
  await undone.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeVisible();
  await openView(page, 'Planering');
  await expect(row(page, '2026-W18')).toHaveAttribute('data-status', 'cancelled');
  await expect(row(page, '2026-W18')).toContainText('Orsak: Studiedag');
});

test('the log lists what was created, changed, printed, backed up and restored, in words, and exports its ids as CSV', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await cancelWeek18(page);

  // Printing week 19's agenda and April's billing form: the stub does what the browser's print does first, announce it.
  await page.getByRole('link', { name: 'Öppna tillfället vecka 19' }).click();
  await page.evaluate(() => {
    window.print = () => void window.dispatchEvent(new Event('beforeprint'));
  });
  await page.getByRole('button', { name: 'Skriv ut dagordning' }).click();
  await openView(page, 'Debiteringsunderlag');
  await page.getByRole('button', { name: 'Skriv ut', exact: true }).click();

  await openView(page, 'Säkerhetskopior');
  const backup = await backUpNow(page);
  const backupTime = (await backup.getByRole('rowheader').textContent()) ?? '';
  await backup.getByRole('button', { name: `Återställ säkerhetskopian från ${backupTime}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Återställ uppgifterna' }).click();
  await page.getByRole('dialog', { name: 'Uppgifterna är återställda' }).getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeVisible();
  await backUpNow(page);

  await openView(page, 'Logg');
  const log = page.getByRole('table', { name: 'Händelser, den senaste först' });
  for (const action of ['Skapat', 'Ändrat', 'Utskrivet', 'Återställt', 'Säkerhetskopierat']) {
    await expect(log.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
  // Newest first: the last backup is the last thing that happened.
  await expect(log.locator('tbody tr').first()).toHaveAttribute('data-audit-action', 'backedUp');
  // The subjects in words: the unit by name, the week with its session's day, the month by name.
  await expect(log.locator('tr[data-audit-action="printed"]').filter({ hasText: 'dagordning' })).toContainText(
    'Hemtjänst Norr, vecka 19 (2026-05-07), dagordning',
  );
  await expect(log.locator('tr[data-audit-action="printed"]').filter({ hasText: 'debiteringsunderlag' })).toContainText(
    'Hemtjänst Norr, april 2026, debiteringsunderlag',
  );
  await screenshot(page, testInfo, 'data-safety-05-log');
  await expectNoAxeViolations(page);

  const file = await download(page, 'Exportera loggen (CSV)');
  expect(file.name).toMatch(/\.csv$/);
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = file.bytes.subarray(3).toString('utf8');
  expect(csv).toContain(';');
  expect(csv).toContain('Återställt');
  // The file is the log as written: ids, which a later rename cannot change.
  expect(csv).toMatch(/enhet \d+, vecka 2026-W19, dagordning/);
  expect(csv).not.toContain('Hemtjänst Norr');
  await expect(page.getByRole('status')).toHaveText(`Filen ${file.name} är skapad.`);
});

test('a copy goes to a folder the user names; the backup folder can be changed and set back', async ({ page, server }, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await openView(page, 'Säkerhetskopior');

  // A folder must be written out in full.
  const copyForm = page.getByRole('form', { name: 'Spara en kopia någon annanstans' });
  await copyForm.getByLabel('Mapp').fill('Säkerhetskopior');
  await copyForm.getByRole('button', { name: 'Spara kopian i mappen' }).click();
  await expect(copyForm.getByLabel('Mapp')).toBeFocused();
  await expect(copyForm.getByLabel('Mapp')).toHaveAccessibleDescription(/Ange en hel sökväg till en mapp/);
  await screenshot(page, testInfo, 'data-safety-06-copy-refused');
  await expectNoAxeViolations(page);

  const usb = mkdtempSync(path.join(tmpdir(), 'handledning-usb-'));
  await copyForm.getByLabel('Mapp').fill(usb);
  await copyForm.getByRole('button', { name: 'Spara kopian i mappen' }).click();
  await expect(page.getByRole('status')).toContainText(`Kopian är sparad: ${usb}`);
  expect(readdirSync(usb).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);

  // Another backup folder: the list there starts empty; then back to the default.
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'handledning-backups-'));
  const folderForm = page.getByRole('form', { name: 'Mapp för säkerhetskopior' });
  await folderForm.getByLabel('Ny mapp för säkerhetskopior').fill(elsewhere);
  await folderForm.getByRole('button', { name: 'Byt mapp' }).click();
  await expect(page.getByRole('status')).toHaveText(`Säkerhetskopiorna sparas nu i ${elsewhere}.`);
  await expect(page.getByText('Du har valt den här mappen.')).toBeVisible();
  await expect(folderForm.getByLabel('Ny mapp för säkerhetskopior')).toHaveValue('');
  await backUpNow(page);
  expect(readdirSync(elsewhere).filter((name) => name.endsWith('-manual.sqlite'))).toHaveLength(1);
  await screenshot(page, testInfo, 'data-safety-07-folder-chosen');
  await expectNoAxeViolations(page);

  await folderForm.getByRole('button', { name: 'Återställ standardmappen' }).click();
  await expect(page.getByRole('status')).toHaveText('Säkerhetskopiorna sparas nu i standardmappen.');
  await expect(page.getByText('Det här är standardmappen.')).toBeVisible();
  await expect(folderForm.getByRole('button', { name: 'Återställ standardmappen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Mapp för säkerhetskopior' })).toBeFocused();
});

test('a backup damaged after it was listed is refused in the dialog, nothing changes, and it is no longer offered', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await openView(page, 'Säkerhetskopior');
  const backup = await backUpNow(page);
  const fileName = (await backup.getAttribute('data-backup')) ?? '';
  damagePagesAfterFirst(path.join(server.dataDir, 'backups', fileName));

  await backup.getByRole('button', { name: /^Återställ säkerhetskopian från/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Återställ säkerhetskopian från/ });
  await dialog.getByRole('button', { name: 'Återställ uppgifterna' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText(`Filen ${fileName} är skadad och kan inte återställas. Inget har ändrats.`);
  await expect(refusal).toBeFocused();
  await screenshot(page, testInfo, 'data-safety-08-restore-refused');
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.locator(`tr[data-backup="${fileName}"]`)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Sparade säkerhetskopior' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Den senaste återställningen' })).toHaveCount(0);
  await openView(page, 'Planering');
  await expect(page.getByText('Hemtjänst Norr, Kommunens hemtjänst')).toBeVisible();
});

test('on the desktop the folder comes from the system folder picker, and a cancelled pick does nothing', async ({ page, server }, testInfo) => {
  // The desktop host's bridge, as the preload gives it: the first pick is cancelled, the second chooses the stick.
  const usb = mkdtempSync(path.join(tmpdir(), 'handledning-usb-'));
  await page.addInitScript((folder) => {
    const picks: (string | null)[] = [null, folder];
    const host = window as unknown as { handledningHost: unknown; purposes: string[] };
    host.purposes = [];
    host.handledningHost = {
      print: () => Promise.resolve({ ok: true, value: null }),
      savePdf: () => Promise.resolve({ ok: true, value: { path: null } }),
      pickFolder: (purpose: string) => {
        host.purposes.push(purpose);
        return Promise.resolve({ ok: true, value: { path: picks.shift() ?? null } });
      },
    };
  }, usb);
  await setUpNorrWithDefaults(page, server.url);
  await openView(page, 'Säkerhetskopior');
  const copyForm = page.getByRole('form', { name: 'Spara en kopia någon annanstans' });
  await expect(copyForm.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Mapp för säkerhetskopior' }).getByRole('button', { name: 'Byt mapp…' })).toBeVisible();

  await copyForm.getByRole('button', { name: 'Spara en kopia som…' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { purposes: string[] }).purposes)).toEqual(['backupCopy']);
  await expect(page.getByRole('status')).toHaveText('');
  expect(readdirSync(usb)).toEqual([]);

  await copyForm.getByRole('button', { name: 'Spara en kopia som…' }).click();
  await expect(page.getByRole('status')).toContainText(`Kopian är sparad: ${usb}`);
  expect(readdirSync(usb).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
  await screenshot(page, testInfo, 'data-safety-09-desktop-picker');
  await expectNoAxeViolations(page);
});

test('a damaged database at start shows the recovery screen; the newest backup is opened and the damaged file kept', async ({
  page,
  server,
}, testInfo) => {
  await setUpNorrWithDefaults(page, server.url);
  await openView(page, 'Säkerhetskopior');
  await backUpNow(page);

  await server.stop();
  const file = path.join(server.dataDir, 'handledning.sqlite');
  // Closed cleanly: everything is in the file itself, no write-ahead log could mend the damage.
  expect(existsSync(`${file}-wal`)).toBe(false);
  damagePagesAfterFirst(file);
  const damagedHash = sha256(file);

  await page.goto(await server.start());
  await expect(page.getByRole('heading', { level: 1, name: 'Databasen är skadad' })).toBeVisible();
  await expect(page.getByText('Ingenting har tagits bort')).toBeVisible();
  await expect(page.getByText(file, { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const newest = page.getByRole('region', { name: 'Öppna den senaste säkerhetskopian' });
  await expect(newest).toContainText('innehåller 1 enhet, 0 genomförda tillfällen');
  await screenshot(page, testInfo, 'data-safety-10-recovery');
  await expectNoAxeViolations(page);

  // A copy for IT; the damaged file itself is left as it was.
  const forIt = mkdtempSync(path.join(tmpdir(), 'handledning-it-'));
  const copyForm = page.getByRole('form', { name: 'Spara en kopia av den skadade filen åt IT' });
  await copyForm.getByLabel('Mapp').fill(forIt);
  await copyForm.getByRole('button', { name: 'Spara kopian i mappen' }).click();
  await expect(page.getByRole('status')).toContainText(`Kopian av den skadade filen är sparad: ${forIt}`);
  // Its side files may come along; the database file itself is copied byte for byte.
  const copies = readdirSync(forIt).filter((name) => name.endsWith('.sqlite'));
  expect(copies).toHaveLength(1);
  expect(sha256(path.join(forIt, copies[0]!))).toBe(damagedHash);
  expect(sha256(file)).toBe(damagedHash);
  await screenshot(page, testInfo, 'data-safety-11-recovery-copy-saved');
  await expectNoAxeViolations(page);

  await newest.getByRole('button', { name: 'Öppna den senaste säkerhetskopian' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planering' })).toBeVisible();
  await expect(page.getByText('Hemtjänst Norr, Kommunens hemtjänst')).toBeVisible();
  await expect(row(page, '2026-W18')).toHaveAttribute('data-status', 'planned');

  // The damaged file is still there, under a new name, byte for byte.
  const kept = readdirSync(server.dataDir).filter((name) => /^handledning-skadad-.+\.sqlite$/.test(name));
  expect(kept).toHaveLength(1);
  expect(sha256(path.join(server.dataDir, kept[0]!))).toBe(damagedHash);
  expect(existsSync(file)).toBe(true);
});

test('with no backup to open, the recovery screen says so and points to IT', async ({ page, server }, testInfo) => {
  await server.stop();
  damagePagesAfterFirst(path.join(server.dataDir, 'handledning.sqlite'));
  rmSync(path.join(server.dataDir, 'backups'), { recursive: true, force: true });

  await page.goto(await server.start());
  await expect(page.getByRole('heading', { level: 1, name: 'Databasen är skadad' })).toBeVisible();
  const newest = page.getByRole('region', { name: 'Öppna den senaste säkerhetskopian' });
  await expect(newest).toContainText('Det finns ingen säkerhetskopia att öppna. Kontakta IT-supporten');
  await expect(newest.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Spara en kopia av den skadade filen åt IT' })).toBeVisible();
  await screenshot(page, testInfo, 'data-safety-12-recovery-no-backup');
  await expectNoAxeViolations(page);
});
