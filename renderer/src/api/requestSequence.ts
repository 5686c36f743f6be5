// The bookkeeping behind useApiQuery, kept free of React so it can be tested on its own.
// A view asks again when its input changes or after a save; answers can come back in any
// order, and only the answer to the newest question may reach the screen.

export interface RequestSequence {
  /** A ticket for a new request; every ticket handed out before it goes stale. */
  next(): number;
  /** Whether this ticket's answer is still wanted: no newer request, no `retireAll` since. */
  isLatest(ticket: number): boolean;
  /** Every ticket handed out so far goes stale: the input changed, or the view is gone. */
  retireAll(): void;
}

export function createRequestSequence(): RequestSequence {
  let latest = 0;
  return {
    next: () => ++latest,
    isLatest: (ticket) => ticket === latest,
    retireAll: () => {
      latest++;
    },
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The same text for the same value whatever order its keys were written in. */
function sortedKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedKeys(v)]),
    );
  }
  return value as Json;
}

/**
 * A key that is equal exactly when the question is: the same method with an equal input.
 * A view builds a new input object on every render; the key lets the hook ask again only
 * when the input's content changes.
 */
export function queryKey(method: string, input: unknown): string {
  return JSON.stringify([method, sortedKeys(input)]);
}

/** The method and input back from a key (inputs are plain JSON: they travel as JSON to the backend). */
export function requestOf(key: string): { method: string; input: unknown } {
  const [method, input] = JSON.parse(key) as [string, unknown];
  return { method, input };
}
