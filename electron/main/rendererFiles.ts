import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFileFor } from '../hosting/rendererBundle';
import { APP_HOST } from './origin';

function respond(status: number, body: Uint8Array | string | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Serves the built renderer for app://handledning/…, with the CSP on every response. */
export function createRendererHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null);
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return respond(404, null);
    const file = rendererFileFor(rendererDir, url.pathname);
    if (file === null) return respond(403, null);
    try {
      const body = await readFile(file);
      return respond(200, request.method === 'HEAD' ? null : body, contentTypeOf(file));
    } catch {
      return respond(404, null);
    }
  };
}
