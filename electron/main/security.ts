import type { App, Session, WebContents } from 'electron';
import type { OriginCheck } from './origin';

/**
 * Every web contents the app ever creates may show only the app's own pages: no
 * navigation or redirect elsewhere, no popups, no <webview>.
 */
export function lockDownWebContents(contents: WebContents, isTrusted: OriginCheck): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isTrusted(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function lockDownAllWebContents(app: App, isTrusted: OriginCheck): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, isTrusted));
}

/** The app needs no camera, microphone, notifications, geolocation or anything else. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
