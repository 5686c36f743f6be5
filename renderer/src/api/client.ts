import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import type { Result } from '../../../shared/api/result';
import { translate } from '../../../shared/i18n/translate';

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

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

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

function createApi(): { call: Call } {
  const bridge = window.handledning;
  if (bridge) {
    return {
      call: async (method, input) => {
        try {
          return await bridge[method](input);
        } catch {
          return { ok: false, error: { code: 'INTERNAL', message: translate('error.internal') } };
        }
      },
    };
  }
  return { call: httpCall(takeToken()) };
}

export const api = createApi();
