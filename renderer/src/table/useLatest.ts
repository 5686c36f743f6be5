import { useRef } from 'react';

/** This render's value behind a stable ref: cells call the latest handlers without the columns being rebuilt. */
export function useLatest<T>(value: T): { current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
