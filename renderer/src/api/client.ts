import type { Result } from '../../../shared/api/result';
import { translate } from '../../../shared/i18n/translate';
import { withPrefetch, type Call } from './prefetch';

// One client over either transport: the Electron preload when present, else the
// loopback HTTP server of browser mode, which wants the per-launch token.

const TOKEN_KEY = 'handledning.token';

/**
 * Browser mode opens the app at `#token=...`. Keep the token for this tab only and take
 * it out of the address bar so it is not bookmarked or shown.
 */
function takeToken(): string | null {
  const match = /^#token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpCall(token: string | null): Call {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input),
      });
    } catch {
      return { ok: false, error: { code: 'NETWORK', message: translate('error.network') } };
    }
    try {
      return (await response.json()) as Result<never>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: translate('error.internal') } };
    }
  };
}

function transport(): Call {
  const bridge = window.handledning;
  if (bridge) {
    return async (method, input) => {
      try {
        return await bridge[method](input);
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: translate('error.internal') } };
      }
    };
  }
  return httpCall(takeToken());
}

export const api = withPrefetch(transport());
