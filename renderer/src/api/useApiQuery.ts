import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import type { ApiError, Result } from '../../../shared/api/result';
import { api } from './client';
import { createRequestSequence, queryKey, requestOf } from './requestSequence';

// How a view reads data: one call, asked again when its input changes and on `reload`
// (after a save). Answers that arrive after a newer request, or after the view is gone,
// are dropped, so a slow answer never overwrites a newer one.

export interface ApiQuery<T> {
  /** The last answer's value; null until the first one. */
  data: T | null;
  /** The last answer's error; cleared by the next good answer. */
  error: ApiError | null;
  /** True until the first answer for the current input. */
  loading: boolean;
  /** Ask again; resolves once the answer is in (or dropped for a newer one). */
  reload: () => Promise<void>;
  /** Put a value the backend returned from a save in place of the loaded one. */
  setData: (value: T) => void;
}

export interface QueryOptions {
  /**
   * Keep showing the previous input's data and error while the new input's answer is on
   * its way (a table that changes period), instead of nothing (a different month's form).
   */
  keepPreviousData?: boolean;
}

interface Answer<T> {
  /** The question this answer is for. */
  key: string;
  data: T | null;
  /** The question `data` answered: an error keeps the data from before. */
  dataKey: string | null;
  error: ApiError | null;
}

const answered =
  <T>(key: string, result: Result<T>) =>
  (previous: Answer<T> | null): Answer<T> =>
    result.ok
      ? { key, data: result.value, dataKey: key, error: null }
      : { key, data: previous?.data ?? null, dataKey: previous?.dataKey ?? null, error: result.error };

function call<M extends MethodName>(key: string): Promise<Result<MethodOutput<M>>> {
  const { method, input } = requestOf(key);
  return api.call(method as M, input as MethodInput<M>);
}

/** `input` null asks nothing (the view does not know yet what to ask). */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M> | null, options: QueryOptions = {}): ApiQuery<MethodOutput<M>> {
  const key = input === null ? null : queryKey(method, input);
  const [sequence] = useState(createRequestSequence);
  // An answer prefetched on the link that opened the view is drawn in its first render, not one round later.
  const [answer, setAnswer] = useState<Answer<MethodOutput<M>> | null>(() => {
    const prefetched = input === null ? null : api.peek(method, input);
    return key !== null && prefetched ? answered(key, prefetched)(null) : null;
  });
  const drawnFromPrefetch = useRef(answer?.key ?? null);

  useEffect(() => {
    if (key === null) return;
    if (drawnFromPrefetch.current === key) {
      // Already on screen: taking it only uses it up (it serves one view once).
      drawnFromPrefetch.current = null;
      void call<M>(key);
      return;
    }
    const ticket = sequence.next();
    void call<M>(key).then((result) => {
      if (sequence.isLatest(ticket)) setAnswer(answered(key, result));
    });
    return () => sequence.retireAll();
  }, [key, sequence]);

  const reload = useCallback(async () => {
    if (key === null) return;
    const ticket = sequence.next();
    const result = await call<M>(key);
    if (sequence.isLatest(ticket)) setAnswer(answered(key, result));
  }, [key, sequence]);

  const setData = useCallback(
    (value: MethodOutput<M>) => {
      if (key === null) return;
      // A saved value is newer than any answer still on its way.
      sequence.retireAll();
      setAnswer({ key, data: value, dataKey: key, error: null });
    },
    [key, sequence],
  );

  const current = key !== null && (options.keepPreviousData || answer?.key === key);
  const dataShown = key !== null && (options.keepPreviousData || answer?.dataKey === key);
  return {
    data: dataShown ? (answer?.data ?? null) : null,
    error: current ? (answer?.error ?? null) : null,
    loading: key !== null && answer?.key !== key,
    reload,
    setData,
  };
}
