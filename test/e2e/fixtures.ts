import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const serverEntry = fileURLToPath(new URL('../../dist/web/server.cjs', import.meta.url));
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/;

/** One browser-mode server (`node dist/web/server.cjs`) on its own data folder. */
export class AppServer {
  url = '';
  private child: ChildProcess | null = null;
  private log = '';

  constructor(
    readonly dataDir: string,
    private readonly today: string,
  ) {}

  async start(): Promise<string> {
    const child = spawn(process.execPath, [serverEntry], {
      env: {
        ...process.env,
        HANDLEDNING_DATA_DIR: this.dataDir,
        HANDLEDNING_TODAY: this.today,
        HANDLEDNING_PORT: '0',
        HANDLEDNING_CHECK_ANSWERS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // The log runs on across restarts; this start's address is the one printed after this point.
    const from = this.log.length;
    this.url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.log += chunk.toString();
        const match = ADDRESS.exec(this.log.slice(from));
        if (match) resolve(match[0]);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${this.log}`)));
    });
    return this.url;
  }

  /** Stops the server the way a user closing it would (SIGTERM), and waits for it. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  output(): string {
    return this.log;
  }
}

type Fixtures = { server: AppServer; today: string };

export const test = base.extend<Fixtures>({
  // The backend's clock, frozen so the plan's weeks are the same every run.
  today: ['2026-04-20', { option: true }],
  server: async ({ today }, use, testInfo) => {
    const server = new AppServer(mkdtempSync(path.join(tmpdir(), 'handledning-e2e-')), today);
    await server.start();
    await use(server);
    await server.stop();
    await testInfo.attach('server.log', { body: server.output(), contentType: 'text/plain' });
  },
});

export { expect };

/** Saves a full-page screenshot as a test artifact. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * An axe scan of what the page shows now, by WCAG 2.1 A/AA and axe's best-practice rules
 * (landmarks named once and uniquely, scrollable regions reachable, ...): any violation fails the test.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_21_AA, 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
