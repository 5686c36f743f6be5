import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../shared/api/contract';
import { fieldMessage } from '../../shared/api/errors';
import { METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { ApiErrorCode, Result } from '../../shared/api/result';
import { sv } from '../../shared/i18n/sv';
import { translate } from '../../shared/i18n/translate';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { seedUnit, startTestBackend, type TestBackend } from '../api/testBackend';
import { dumpDatabase } from '../store/testDatabase';
import { payloadsFor } from './malformedPayloads';

// Every API method, 200 malformed payloads each, straight into dispatch: each must be
// answered with a typed Swedish validation error, nothing may be written, and nothing may
// throw. A sample goes through the real HTTP server as well.

const RUNS_PER_METHOD = 200;
const HTTP_SAMPLES_PER_METHOD = 8;
const TOKEN = 'fuzz-token';

const API_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN_SENDER',
  'FOLDER_NOT_PICKED',
  'STORAGE',
  'DISK_FULL',
  'RECOVERY_MODE',
  'NETWORK',
  'INTERNAL',
] as const satisfies readonly ApiErrorCode[];
// Every code is listed: a code added to ApiErrorCode but not here fails the type-check.
const allCodesListed: Exclude<ApiErrorCode, (typeof API_ERROR_CODES)[number]> extends never ? true : never = true;

/** Every message a field can carry: each catalog key as a schema message would render it. */
const FIELD_MESSAGES = new Set(Object.keys(sv).map(fieldMessage));

let test: TestBackend;
let server: WebServer;
let pristine: string;
const statistics = { runs: 0, skippedAsValid: 0, http: 0 };
const started = Date.now();

const digest = () => createHash('sha256').update(dumpDatabase(test.db)).digest('hex');

beforeAll(async () => {
  test = await startTestBackend('2026-05-14');
  await seedUnit(test);
  server = await startWebServer({ backend: test.backend, staticDir: test.folder.dir, port: 0, token: TOKEN });
  pristine = digest();
  // A refused call logs nothing, but a bug would: keep the output readable, the assertions decide.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterAll(async () => {
  await server.close();
  test.close();
  console.info(
    `[fuzz] ${statistics.runs} malformed payloads over ${METHOD_NAMES.length} methods (${statistics.skippedAsValid} generated payloads were valid and skipped), ${statistics.http} over HTTP, ${Date.now() - started} ms`,
  );
});

function isValid(method: MethodName, payload: unknown): boolean {
  try {
    return contract[method].input.safeParse(payload).success;
  } catch {
    return false;
  }
}

/** The answer to a malformed payload: a typed VALIDATION error with Swedish messages from the catalog. */
function expectValidationError(result: Result<unknown>, label: string): void {
  expect(result.ok, label).toBe(false);
  if (result.ok) return;
  expect(API_ERROR_CODES, label).toContain(result.error.code);
  expect(result.error.code, `${label}: ${result.error.message}`).toBe('VALIDATION');
  expect(result.error.message, label).toBe(translate('error.validation'));
  for (const message of Object.values(result.error.fields ?? {})) expect(FIELD_MESSAGES, `${label}: ${message}`).toContain(message);
}

/** A short, printable label for a payload (some are megabytes, some cannot be stringified). */
function describePayload(payload: unknown): string {
  try {
    const text = JSON.stringify(payload) ?? String(payload);
    return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} tecken)` : text;
  } catch {
    return Object.prototype.toString.call(payload);
  }
}

/** The payload as the HTTP body carries it, if it survives JSON and is still malformed. */
function asJsonBody(method: MethodName, payload: unknown): string | null {
  let body: string | undefined;
  try {
    body = JSON.stringify(payload);
  } catch {
    return null;
  }
  if (body === undefined || isValid(method, JSON.parse(body))) return null;
  return body;
}

async function post(method: string, body: string): Promise<{ status: number; result: Result<unknown> }> {
  const answer = await fetch(`${server.url}api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body,
  });
  return { status: answer.status, result: (await answer.json()) as Result<unknown> };
}

describe('malformed payloads for every method', () => {
  it.each(METHOD_NAMES)('%s: a typed error every time, nothing written', async (method) => {
    const bodies: string[] = [];
    await fc.assert(
      fc.asyncProperty(payloadsFor(contract[method].input), async (payload) => {
        if (isValid(method, payload)) {
          statistics.skippedAsValid += 1;
          fc.pre(false);
        }
        statistics.runs += 1;
        const result = await test.send(method, payload);
        expectValidationError(result, `${method} ${describePayload(payload)}`);
        if (bodies.length < HTTP_SAMPLES_PER_METHOD) {
          const body = asJsonBody(method, payload);
          if (body !== null && body.length < 512 * 1024) bodies.push(body);
        }
      }),
      { numRuns: RUNS_PER_METHOD },
    );

    for (const body of bodies) {
      const { status, result } = await post(method, body);
      statistics.http += 1;
      expect(status).toBe(200);
      expectValidationError(result, `HTTP ${method} ${body.slice(0, 200)}`);
    }
    expect(digest(), `${method} changed the database`).toBe(pristine);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
  });
});

describe('bodies that are not JSON at all', () => {
  it('are answered with a typed error over HTTP, and nothing is written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), fc.string({ unit: 'binary', maxLength: 200 }), async (method, body) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = undefined;
        }
        fc.pre(parsed === undefined || !isValid(method, parsed));
        const answer = await fetch(`${server.url}api/${method}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body,
        });
        statistics.http += 1;
        const result = (await answer.json()) as Result<unknown>;
        expect([200, 400]).toContain(answer.status);
        expectValidationError(result, `HTTP ${method} ${JSON.stringify(body)}`);
      }),
      { numRuns: 200 },
    );
    expect(digest()).toBe(pristine);
  });
});

it('every method is fuzzed, and every error code is known to the test', () => {
  expect(allCodesListed).toBe(true);
  expect(statistics.runs).toBeGreaterThanOrEqual(METHOD_NAMES.length * RUNS_PER_METHOD);
});
