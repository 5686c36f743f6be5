import { useLayoutEffect, useRef } from 'react';

/**
 * This render's value behind a stable ref: table cells and guards registered once call the
 * latest handlers without being rebuilt. The ref is updated once the render commits (a render
 * may be thrown away), and before any click can reach a handler.
 */
export function useLatest<T>(value: T): { current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
