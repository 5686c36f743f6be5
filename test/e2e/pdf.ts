import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';

/**
 * The page as printed (print CSS, A4) to PDF: its text and page count, with the PDF and a PNG
 * of page 1 attached as artifacts.
 */
export async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<{ text: string; pages: number }> {
  const pdf = testInfo.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  await testInfo.attach(`${name}.pdf`, { path: pdf, contentType: 'application/pdf' });
  const png = testInfo.outputPath(name);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  await testInfo.attach(`${name}.png`, { path: `${png}.png`, contentType: 'image/png' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1] ?? Number.NaN);
  return { text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }), pages };
}
