import { createHash, timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { apiError } from '../../shared/api/errors';
import { fail, type ApiError, type Result } from '../../shared/api/result';
import type { Backend } from '../backend/api/createBackend';
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFileFor } from '../hosting/rendererBundle';

// Browser mode: the app's own backend on loopback only. Other local processes (and web
// pages the user visits) can reach 127.0.0.1, so every API call needs the per-launch
// token, and a Host or Origin that is not this server is refused (DNS rebinding).

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  /** 0 picks any free port. */
  port: number;
  /** Loopback only, never a network interface. */
  host?: '127.0.0.1' | 'localhost';
  token: string;
  /** How long a request body may take to arrive in full; 30 s unless a test says otherwise. */
  bodyDeadlineMs?: number;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const MAX_BODY_BYTES = 1024 * 1024;
/** Node's own request timeout is 5 minutes and checked only every 30 s: too long to hold a socket open. */
const BODY_DEADLINE_MS = 30_000;
const API_PREFIX = '/api/';

/** Equal-length digests, so neither the content nor the length of the token leaks by timing. */
function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Text that is not UTF-8 is refused, never stored with U+FFFD in place of what was sent. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function startWebServer({
  backend,
  staticDir,
  port,
  host = '127.0.0.1',
  token,
  bodyDeadlineMs = BODY_DEADLINE_MS,
}: WebServerOptions): Promise<WebServer> {
  const root = path.resolve(staticDir);
  let allowedHosts: string[] = [];

  function send(res: http.ServerResponse, status: number, body: string | Buffer, contentType: string, noStore = true): void {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType,
      'Content-Length': Buffer.byteLength(body),
      ...(noStore ? { 'Cache-Control': 'no-store' } : {}),
    });
    res.end(body);
  }

  function sendResult(res: http.ServerResponse, status: number, result: Result<unknown>): void {
    send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
  }

  const sendError = (res: http.ServerResponse, status: number, error: ApiError) => sendResult(res, status, fail(error));

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    const file = rendererFileFor(root, pathname);
    if (file === null) return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
    let size: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) throw new Error('not a file');
      size = stats.size;
    } catch {
      return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    }
    const isIndex = path.basename(file) === 'index.html';
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(file),
      'Content-Length': size,
      // The page carries no secrets but must never be served stale after an update.
      'Cache-Control': isIndex ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  /**
   * The whole body, or why not: over the size limit, or not arrived in full by the deadline
   * (a chunked body that never ends would otherwise hold its socket for minutes).
   */
  function readBody(req: http.IncomingMessage): Promise<Buffer | 'tooLarge' | 'tooSlow'> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const deadline = setTimeout(() => {
        req.removeAllListeners('data');
        resolve('tooSlow');
      }, bodyDeadlineMs);
      const settle = (outcome: Buffer | 'tooLarge') => {
        clearTimeout(deadline);
        resolve(outcome);
      };
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          // Stop keeping it but let it drain, so the 413 still reaches the caller.
          req.removeAllListeners('data');
          req.resume();
          settle('tooLarge');
        } else {
          chunks.push(chunk);
        }
      });
      req.on('end', () => settle(Buffer.concat(chunks)));
      req.on('error', (error) => {
        clearTimeout(deadline);
        reject(error);
      });
    });
  }

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, apiError('VALIDATION', 'error.validation'));
    }
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!bearer || !tokensMatch(bearer[1]!, token)) return sendError(res, 401, apiError('UNAUTHORIZED', 'error.unauthorized'));
    // Requiring JSON also keeps out cross-site "simple" form posts, which cannot set it.
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, apiError('VALIDATION', 'error.validation'));
    }
    const body = await readBody(req);
    if (body === 'tooLarge') {
      res.setHeader('Connection', 'close');
      return sendError(res, 413, apiError('VALIDATION', 'error.validation'));
    }
    if (body === 'tooSlow') {
      // The rest of the body is not waited for: the answer goes out and the socket is closed.
      res.setHeader('Connection', 'close');
      sendError(res, 408, apiError('VALIDATION', 'error.requestTooSlow'));
      res.on('finish', () => req.socket.destroy());
      return;
    }
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return sendError(res, 400, apiError('VALIDATION', 'error.invalidText'));
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return sendError(res, 400, apiError('VALIDATION', 'error.validation'));
    }
    let method: string;
    try {
      method = decodeURIComponent(pathname.slice(API_PREFIX.length));
    } catch {
      method = pathname.slice(API_PREFIX.length);
    }
    sendResult(res, 200, await backend.dispatch(method, input));
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let pathname: string;
    try {
      // Prefixing keeps a request target like "//other/x" a path, not a host.
      pathname = new URL(`http://${allowedHosts[0]}${req.url ?? '/'}`).pathname;
    } catch {
      return send(res, 400, 'Bad request', 'text/plain; charset=utf-8');
    }
    const isApi = pathname.startsWith(API_PREFIX);
    const refuse = () =>
      isApi ? sendError(res, 403, apiError('FORBIDDEN_SENDER', 'error.forbiddenSender')) : send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse();
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((allowed) => origin === `http://${allowed}`)) return refuse();

    if (isApi) return serveApi(req, res, pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    serveStatic(req, res, pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[handledning] web request failed:', error instanceof Error ? error.stack : error);
      if (!res.headersSent) sendError(res, 500, apiError('INTERNAL', 'error.internal'));
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actualPort = (server.address() as AddressInfo).port;
      allowedHosts = [`127.0.0.1:${actualPort}`, `localhost:${actualPort}`];
      resolve({
        url: `http://${host}:${actualPort}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
