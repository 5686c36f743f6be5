import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { printToPdf } from './pdf';
import { openView, recordHeldByApi, setUpNorrWithTwelve } from './steps';

// Every printout's outer right edge lies on the page: the right border of a full-width table
// (half of a collapsed border lies outside the table's box, and Chromium cut it at the edge of
// the printable area) and the rules under the headings. The backend's today is Friday
// 2026-05-22 (week 21); the Thursday slot runs from 2026-04-06 and week 16 was held.
test.use({ today: '2026-05-22' });

/** Rendered at 150 DPI, a 0.5 pt border is a pixel wide. */
const DPI = 150;
const MM = DPI / 25.4;

interface Gray {
  width: number;
  height: number;
  pixels: Buffer;
}

/** Page 1 of the PDF in grey (a binary PGM from pdftoppm): one byte a pixel, 0 black, 255 white. */
function pageOne(testInfo: TestInfo, name: string): Gray {
  const out = testInfo.outputPath(`${name}-${DPI}dpi`);
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', testInfo.outputPath(`${name}.pdf`), out]);
  const file = readFileSync(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(file.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: file.subarray(header[0].length) };
}

/** How much ink a pixel holds: 0 for white paper, 255 for black. */
const inkAt = (page: Gray, x: number, y: number) => 255 - page.pixels[y * page.width + x]!;

/** The ink of the columns x - 2 to x + 2 on row y: a border a pixel wide, wherever it is anti-aliased. */
const inkNear = (page: Gray, x: number, y: number) => [-2, -1, 0, 1, 2].reduce((sum, dx) => sum + inkAt(page, x + dx, y), 0);

/** The first and last column with any ink, from the left. */
function inkedColumns(page: Gray): { left: number; right: number } {
  const columns = Array.from({ length: page.width }, (_, x) => x).filter((x) => {
    for (let y = 0; y < page.height; y += 1) if (inkAt(page, x, y) > 0) return true;
    return false;
  });
  return { left: columns[0]!, right: columns.at(-1)! };
}

interface Edge {
  /** The page's margin in mm: 15, the landscape year overview's 10. */
  margin?: number;
  /** The shortest length in mm the table's right border has; null without a table. */
  border: number | null;
}

/**
 * The printout's ink reaches as close to the right edge of the paper as to the left (the
 * page's margins, within half a millimetre). With a table, its right border is there whole:
 * a line at least `border` mm long, with as much ink as the left border beside it on the same
 * rows (a border cut in half has about half).
 */
async function expectRightEdgeOnPage(page: Page, testInfo: TestInfo, name: string, { margin = 15, border }: Edge): Promise<void> {
  // The printout's data comes after its view: print once its table is there.
  if (border !== null) await expect(page.locator('.print-root table').first()).toBeAttached();
  await printToPdf(page, testInfo, name);
  const gray = pageOne(testInfo, name);
  const { left, right } = inkedColumns(gray);
  const rightMargin = gray.width - 1 - right;
  expect.soft(left / MM, `${name}: left margin in mm`).toBeCloseTo(margin, 0);
  expect.soft(Math.abs(rightMargin - left), `${name}: right margin ${rightMargin} px, left ${left} px`).toBeLessThanOrEqual(3);
  if (border === null) return;
  const rows = Array.from({ length: gray.height }, (_, y) => y).filter((y) => inkNear(gray, right, y) > 0);
  let longest = 0;
  let run = 0;
  rows.forEach((y, i) => {
    run = i > 0 && rows[i - 1] === y - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  expect.soft(longest / MM, `${name}: the right border's length in mm`).toBeGreaterThanOrEqual(border);
  const ink = (x: number) => rows.reduce((sum, y) => sum + inkNear(gray, x, y), 0);
  expect.soft(ink(right) / ink(left), `${name}: the right border's ink over the left's`).toBeGreaterThan(0.8);
}

async function seedWeek16(page: Page, url: string): Promise<void> {
  const ids = await setUpNorrWithTwelve(page, url);
  const id = (name: string) => ids.get(name)!;
  await recordHeldByApi(page, '2026-W16', id('Johan Jansson'), ['Johan Jansson', 'Anna Andersson', 'Bertil Berg', 'Lena Lind'].map(id));
}

test("every printout's right border and rules lie on the A4 page, as far from its edge as the left", async ({ page, server }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seedWeek16(page, server.url);
  await page.evaluate(() => {
    window.print = () => undefined;
  });

  // The billing form: April opens, its month unsent.
  await openView(page, 'Debiteringsunderlag');
  await expect(page.getByRole('main')).toContainText('april 2026');
  await expectRightEdgeOnPage(page, testInfo, 'edges-billing', { border: 20 });

  // The minutes of week 16, with its table of who took part; the agenda of week 21.
  await page.getByRole('link', { name: 'Planering', exact: true }).click();
  await page.getByRole('link', { name: 'Öppna tillfället vecka 16' }).click();
  await page.getByRole('button', { name: 'Skriv ut minnesanteckningar' }).click();
  await expect(page.locator('.print-root h1')).toHaveText('Minnesanteckningar – handledning vecka 16');
  await expectRightEdgeOnPage(page, testInfo, 'edges-minutes', { border: 20 });
  await page.getByRole('link', { name: 'Tillbaka till Planering' }).click();
  await page.getByRole('link', { name: 'Öppna tillfället vecka 21' }).click();
  await page.getByRole('button', { name: 'Skriv ut dagordning' }).click();
  await expect(page.locator('.print-root h1')).toHaveText('Dagordning – handledning vecka 21');
  await expectRightEdgeOnPage(page, testInfo, 'edges-agenda', { border: null });

  // "Uppföljning av rutinen".
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistik – Hemtjänst Norr' })).toBeVisible();
  await expect(page.locator('.print-root .stats-people-table')).toBeAttached();
  await expectRightEdgeOnPage(page, testInfo, 'edges-follow-up', { border: 10 });

  // The roster and the year overview (landscape, its last column of weeks at the right).
  await openView(page, 'Personal');
  await expect(page.getByRole('button', { name: 'Skriv ut personallistan' })).toBeEnabled();
  await expectRightEdgeOnPage(page, testInfo, 'edges-roster', { border: 20 });
  await openView(page, 'Årsöversikt');
  await expect(page.locator('tr[data-week]')).toHaveCount(53);
  await expectRightEdgeOnPage(page, testInfo, 'edges-year-overview', { margin: 10, border: 20 });
});
