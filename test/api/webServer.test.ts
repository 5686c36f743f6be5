import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { CONTENT_SECURITY_POLICY } from '../../electron/hosting/rendererBundle';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { NORR, startTestBackend, type TestBackend } from './testBackend';

const TOKEN = 'per-launch-secret-token_123';
const INDEX = '<!doctype html><html lang="sv"><title>Handledning</title><script src="/app.js"></script></html>';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let test: TestBackend;
let server: WebServer;
let port: number;

beforeEach(async () => {
  test = await startTestBackend('2026-05-01');
  const staticDir = path.join(test.folder.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), INDEX);
  writeFileSync(path.join(staticDir, 'app.js'), 'console.log("hej");');
  writeFileSync(path.join(test.folder.dir, 'secret.txt'), 'HEMLIGT');
  server = await startWebServer({ backend: test.backend, staticDir, port: 0, token: TOKEN });
  port = Number(new URL(server.url).port);
});
afterEach(async () => {
  await server.close();
  test.close();
});

/** A raw request, so tests can send any Host, Origin or path a browser or attacker could. */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function callApi(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

describe('browser mode: the API over loopback HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it('answers a call with the right token exactly as the backend does', async () => {
    const created = await callApi('units.create', NORR);
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toEqual({ ok: true, value: { ...NORR, id: 1, location: '', managerEmail: '' } });

    const overHttp = await callApi('units.list', {});
    expect(JSON.parse(overHttp.body)).toEqual(await test.send('units.list', {}));
    expect(overHttp.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(overHttp.headers['cache-control']).toBe('no-store');
  });

  it('answers refused input with HTTP 200 and the typed error', async () => {
    const answer = await callApi('slotRules.add', { unitId: 1, weekday: 4, startTime: '25:00', durationMinutes: 30, validFrom: '2026-05-01' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { startTime: translate('validation.time') } } });
    expect(JSON.parse((await callApi('units.delete', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['a wrong token of the same length', { authorization: `Bearer ${'x'.repeat(TOKEN.length)}` }],
    ['the token without Bearer', { authorization: TOKEN }],
  ])('refuses a call with %s: 401 and nothing written', async (_case, auth) => {
    const answer = await request({
      method: 'POST',
      path: '/api/units.create',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(NORR),
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: translate('error.unauthorized') } });
    expect(await test.call('units.list', {})).toEqual([]);
  });

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1:1', '127.0.0.1'])('refuses a request for Host %s (DNS rebinding): 403', async (host) => {
    const answer = await callApi('units.create', NORR, { host: host.replace('PORT', String(port)) });
    expect(answer.status).toBe(403);
    expect(await test.call('units.list', {})).toEqual([]);
    expect((await request({ path: '/', headers: { host: host.replace('PORT', String(port)) } })).status).toBe(403);
  });

  it('accepts localhost as the Host', async () => {
    expect((await callApi('units.list', {}, { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a call from another origin: 403', async () => {
    const answer = await callApi('units.create', NORR, { origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    expect(await test.call('units.list', {})).toEqual([]);
    expect((await callApi('units.list', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await callApi('units.list', {}, { origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('refuses a body that is not JSON: 400 with a typed error', async () => {
    const answer = await request({
      method: 'POST',
      path: '/api/units.list',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: translate('error.validation') } });
  });

  it('refuses a form post (not application/json): 415', async () => {
    const answer = await callApi('units.list', {}, { 'content-type': 'text/plain' });
    expect(answer.status).toBe(415);
  });

  it('refuses a body over 1 MB: 413', async () => {
    const answer = await callApi('units.create', { ...NORR, name: 'x'.repeat(1024 * 1024 + 1) });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a body that is not valid UTF-8 with a typed Swedish error, and stores nothing', async () => {
    const valid = Buffer.from(JSON.stringify({ ...NORR, name: 'Hemtjänst ÅÄÖ' }), 'utf8');
    // The same request with one byte of "Å" cut away: no decoder may guess what was meant.
    const broken = Buffer.concat([valid.subarray(0, valid.indexOf('Å')), valid.subarray(valid.indexOf('Å') + 1)]);
    const answer = await request({
      method: 'POST',
      path: '/api/units.create',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: broken,
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Texten innehåller tecken som inte går att läsa. Inget har sparats. Skriv in texten igen.' },
    });
    expect(await test.call('units.list', {})).toEqual([]);
  });

  it('cuts a chunked body that never ends at the body deadline: 408 with a typed error, the socket closed', async () => {
    const quick = await startWebServer({ backend: test.backend, staticDir: test.folder.dir, port: 0, token: TOKEN, bodyDeadlineMs: 200 });
    const quickPort = Number(new URL(quick.url).port);
    try {
      const answer = await new Promise<{ status: number; body: string; closed: Promise<void> }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: quickPort,
            method: 'POST',
            path: '/api/units.create',
            headers: {
              host: `127.0.0.1:${quickPort}`,
              authorization: `Bearer ${TOKEN}`,
              'content-type': 'application/json',
              'transfer-encoding': 'chunked',
            },
          },
          (res) => {
            const closed = new Promise<void>((done) => res.socket.once('close', () => done()));
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body, closed }));
          },
        );
        req.on('error', reject);
        // The first part of a body whose end never comes.
        req.write('{"name":"Hemtj');
      });
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body)).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: 'Uppgifterna kom inte fram i tid. Inget har sparats. Försök igen.' },
      });
      await answer.closed;
      expect(await test.call('units.list', {})).toEqual([]);
    } finally {
      await quick.close();
    }
  });

  it('refuses a GET on the API: 405', async () => {
    expect((await request({ path: '/api/units.list', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
  });
});

describe('browser mode: the app itself', () => {
  it('serves index.html at / with the strict CSP and no caching', async () => {
    const answer = await request({ path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(INDEX);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('serves scripts with a JavaScript content type', async () => {
    const answer = await request({ path: '/app.js?v=1' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await request({ path: '/saknas.js' })).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%2e%2e%2fsecret.txt', '//../secret.txt'])(
    'never serves a file outside the app folder: %s',
    async (attempt) => {
      const answer = await request({ path: attempt });
      expect([400, 403, 404]).toContain(answer.status);
      expect(answer.body).not.toContain('HEMLIGT');
    },
  );
});
