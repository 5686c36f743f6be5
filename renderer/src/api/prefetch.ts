import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import { METHOD_POLICIES, type MethodName } from '../../../shared/api/methods';
import type { Result } from '../../../shared/api/result';
import { queryKey } from './requestSequence';

// Answers asked for ahead of time: when the manager points at or clicks a link, the next view's
// reads go out at once instead of after the address has changed and the view has mounted (issue
// 10: the plan and a week open within 100 ms of the click). An answer is used at most once, only
// while young, and never once a write has started or ended since it was asked for: after a save
// the view always reads again, so a prefetch can never show what the save changed.

/** How long a prefetched answer may wait for its view (a hover may come seconds before the click). */
export const PREFETCH_FRESH_MS = 5_000;

interface Prefetched {
  promise: Promise<Result<unknown>>;
  /** The answer once it is in, for a view that can draw it in its first render. */
  settled: Result<unknown> | null;
  askedAt: number;
  /** The write count when it was asked: any write since makes it unusable. */
  writes: number;
}

export interface PrefetchCache {
  /** Starts `ask` for `key` unless a usable answer for it is already there or on its way. */
  prefetch(key: string, ask: () => Promise<Result<unknown>>): void;
  /** The prefetched answer for `key`, taken out (so it serves one view once), if still usable. */
  take(key: string): Promise<Result<unknown>> | null;
  /** The answer for `key` if it is in and usable, left in place for `take`. */
  peek(key: string): Result<unknown> | null;
  /** A write started or ended: every answer asked for before it may be out of date. */
  wrote(): void;
}

export function createPrefetchCache(now: () => number = () => performance.now()): PrefetchCache {
  const entries = new Map<string, Prefetched>();
  let writes = 0;
  const usable = (key: string): Prefetched | null => {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.writes !== writes || now() - entry.askedAt > PREFETCH_FRESH_MS) {
      entries.delete(key);
      return null;
    }
    return entry;
  };
  return {
    prefetch(key, ask) {
      if (usable(key)) return;
      const entry: Prefetched = { promise: ask(), settled: null, askedAt: now(), writes };
      void entry.promise.then((result) => (entry.settled = result));
      entries.set(key, entry);
    },
    take(key) {
      const entry = usable(key);
      entries.delete(key);
      return entry?.promise ?? null;
    },
    peek: (key) => usable(key)?.settled ?? null,
    wrote() {
      writes++;
      entries.clear();
    },
  };
}

/** One API call over whichever transport the app runs on (see client.ts). */
export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

const isRead = (method: MethodName): boolean => METHOD_POLICIES[method].audit === 'readOnly';

export interface Api {
  call: Call;
  /** Asks a read ahead of the view that will need it; that view's call takes the answer. */
  prefetch: <M extends MethodName>(method: M, input: MethodInput<M>) => void;
  /** A read's prefetched answer if it is already in and still usable: a view can draw it at once. */
  peek: <M extends MethodName>(method: M, input: MethodInput<M>) => Result<MethodOutput<M>> | null;
}

/** The transport with the prefetched reads in front: a read takes a usable one; a write makes every one unusable. */
export function withPrefetch(send: Call, cache: PrefetchCache = createPrefetchCache()): Api {
  const call: Call = async (method, input) => {
    if (isRead(method)) {
      const prefetched = cache.take(queryKey(method, input)) as ReturnType<typeof send<typeof method>> | null;
      return prefetched ?? send(method, input);
    }
    // Before and after: an answer asked for while the write ran may hold either state.
    cache.wrote();
    try {
      return await send(method, input);
    } finally {
      cache.wrote();
    }
  };
  return {
    call,
    prefetch: (method, input) => {
      if (isRead(method)) cache.prefetch(queryKey(method, input), () => send(method, input));
    },
    peek: (method, input) => (isRead(method) ? (cache.peek(queryKey(method, input)) as Result<MethodOutput<typeof method>> | null) : null),
  };
}
