import { protocol } from 'electron';
import { createRendererHandler } from './rendererFiles';
import { APP_SCHEME } from './origin';

/**
 * Must run before the app is ready. `standard` gives app:// real origins and relative URL
 * resolution, `secure` makes it a secure context, `supportFetchAPI` lets module scripts load.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererDir));
}
