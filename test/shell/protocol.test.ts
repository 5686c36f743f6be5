import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveRenderer } from '../../electron/main/protocol';
import { rendererFileFor } from '../../electron/hosting/rendererBundle';
import { createRendererHandler } from '../../electron/main/rendererFiles';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

let rendererDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'handledning-protocol-'));
  rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Handledning</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  // Siblings of the bundle that must never be served.
  writeFileSync(path.join(root, 'secret.txt'), 'hemligt');
  mkdirSync(path.join(root, 'renderer-other'));
  writeFileSync(path.join(root, 'renderer-other', 'x.txt'), 'hemligt');
  handle = createRendererHandler(rendererDir);
});

const get = (url: string) => handle(new Request(url));

describe('the app:// protocol', () => {
  it('is registered as privileged before ready: standard, secure, fetch-capable', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer bundle with the strict CSP', async () => {
    serveRenderer(rendererDir);
    const response = (await fake.protocol.handlers.get('app')!(new Request('app://handledning/index.html'))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(await response.text()).toContain('<title>Handledning</title>');
  });

  it('serves index.html for the root and scripts as JavaScript', async () => {
    expect(await (await get('app://handledning/')).text()).toContain('Handledning');
    const script = await get('app://handledning/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://handledning/%2e%2e/secret.txt',
    'app://handledning/..%2fsecret.txt',
    'app://handledning/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://handledning/..%5csecret.txt',
    'app://handledning/%2e%2e/renderer-other/x.txt',
    'app://handledning/%2e%2e%2frenderer-other%2fx.txt',
    'app://handledning/index.html%00.js',
  ])('refuses a path outside the bundle: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('hemligt');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..', '/../renderer-other/x.txt'])(
    'maps no raw path that climbs out of the bundle to a file: %s',
    (pathname) => {
      expect(rendererFileFor(rendererDir, pathname)).toBeNull();
    },
  );

  it('maps paths inside the bundle to their files', () => {
    expect(rendererFileFor(rendererDir, '/')).toBe(path.join(rendererDir, 'index.html'));
    expect(rendererFileFor(rendererDir, '/assets/a%20b.js')).toBe(path.join(rendererDir, 'assets', 'a b.js'));
  });

  it('answers 404, with the CSP, for a file that does not exist or another host', async () => {
    for (const url of ['app://handledning/missing.js', 'app://handledning/assets', 'app://elsewhere/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    }
  });

  it('serves nothing but reads', async () => {
    const response = await handle(new Request('app://handledning/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
