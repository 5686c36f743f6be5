/**
 * Where the window's content comes from, and which origins count as the app's own.
 * Only these origins may navigate the window or call the API over IPC.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'handledning';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type ContentSource = { kind: 'bundle'; entryUrl: string } | { kind: 'devServer'; entryUrl: string };

/**
 * The packaged app always loads its own bundle; a dev server (ELECTRON_RENDERER_URL) is
 * honoured only in an unpackaged run, so an environment variable can never point an
 * installed app at foreign content.
 */
export function contentSource(isPackaged: boolean, env: NodeJS.ProcessEnv): ContentSource {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && devUrl && originOf(devUrl)?.startsWith('http')) {
    return { kind: 'devServer', entryUrl: devUrl };
  }
  return { kind: 'bundle', entryUrl: `${APP_ORIGIN}/index.html` };
}

/**
 * `scheme://host[:port]`, lower-cased, or null for a URL that cannot be parsed. Built by
 * hand because WHATWG `URL.origin` is the string "null" for non-special schemes like app:.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`.toLowerCase();
  } catch {
    return null;
  }
}

export type OriginCheck = (url: string) => boolean;

export function trustedOriginCheck(source: ContentSource): OriginCheck {
  const trusted = new Set([APP_ORIGIN, originOf(source.entryUrl)]);
  return (url) => {
    const origin = originOf(url);
    return origin !== null && trusted.has(origin);
  };
}
