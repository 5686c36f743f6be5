import { describe, expect, it, vi } from 'vitest';
import { contentSource, originOf, trustedOriginCheck } from '../../electron/main/origin';
import { denyAllPermissions, lockDownAllWebContents, lockDownWebContents } from '../../electron/main/security';
import { fake, FakeWebContents } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const bundleOnly = trustedOriginCheck(contentSource(true, {}));

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

/** Emits a navigation-like event and says whether the shell let it through. */
function allowed(contents: FakeWebContents, eventName: string, url: string): boolean {
  const event = navigationEvent(url);
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length === 0;
}

describe('where the window may go', () => {
  it('stays on the app’s own pages: navigation and redirects elsewhere are prevented', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as never, bundleOnly);
    for (const eventName of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(allowed(contents, eventName, 'app://handledning/index.html')).toBe(true);
      expect(allowed(contents, eventName, 'https://example.com/')).toBe(false);
      expect(allowed(contents, eventName, 'file:///etc/passwd')).toBe(false);
      expect(allowed(contents, eventName, 'app://elsewhere/index.html')).toBe(false);
      expect(allowed(contents, eventName, 'http://localhost:5173/')).toBe(false);
    }
  });

  it('opens no new windows, not even for the app’s own pages', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as never, bundleOnly);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://handledning/index.html' })).toEqual({ action: 'deny' });
  });

  it('attaches no <webview>', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as never, bundleOnly);
    const event = navigationEvent('app://handledning/index.html');
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('locks down every web contents the app creates, not only the main window', () => {
    lockDownAllWebContents(fake.app as never, bundleOnly);
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(allowed(contents, 'will-navigate', 'https://example.com/')).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    denyAllPermissions(fake.session.defaultSession as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      fake.session.defaultSession.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(fake.session.defaultSession.permissionCheckHandler?.({}, permission, 'app://handledning', {})).toBe(false);
    }
  });
});

describe('where the content comes from', () => {
  it('an installed app always loads its own bundle, whatever ELECTRON_RENDERER_URL says', () => {
    const source = contentSource(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(source).toEqual({ kind: 'bundle', entryUrl: 'app://handledning/index.html' });
    expect(trustedOriginCheck(source)('http://localhost:5173/')).toBe(false);
  });

  it('an unpackaged run may use a dev server, and then trusts its origin', () => {
    const source = contentSource(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(source).toEqual({ kind: 'devServer', entryUrl: 'http://localhost:5173/' });
    const isTrusted = trustedOriginCheck(source);
    expect(isTrusted('http://localhost:5173/planering')).toBe(true);
    expect(isTrusted('http://localhost:5174/')).toBe(false);
  });

  it('an unpackaged run without a dev server loads the bundle', () => {
    expect(contentSource(false, {}).kind).toBe('bundle');
  });

  it('compares origins by scheme, host and port', () => {
    expect(originOf('app://handledning/assets/x.js')).toBe('app://handledning');
    expect(originOf('APP://Handledning/')).toBe('app://handledning');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(bundleOnly('app://handledning.evil.example/')).toBe(false);
  });
});
