import { defineConfig } from '@playwright/test';
import { ELECTRON_SKIP_REASON, electronBinary } from './test/electron/electronBinary';

// Browser mode runs on the system Chromium (Debian's /usr/bin/chromium); Playwright's own
// browser download is never used. CHROMIUM_PATH overrides the path on other machines.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The list reporter shows a skipped test without its reason; say it once, up front.
if (electronBinary() === null && !process.env.TEST_WORKER_INDEX) {
  console.log(`[electron] ${ELECTRON_SKIP_REASON}: the _electron suite needs \`npx install-electron\` or ELECTRON_OVERRIDE_DIST_PATH`);
}

export default defineConfig({
  outputDir: 'test-results',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // A hang guard, not a speed check: a whole journey on a loaded 2-core CI machine took
  // 2-3 times its idle duration (up to ~35 s), past Playwright's 30 s default.
  timeout: 90_000,
  use: {
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'test/e2e',
      testMatch: '*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'test/electron', testMatch: '*.spec.ts' },
  ],
});
