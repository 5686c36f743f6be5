import { useEffect, useState } from 'react';

/**
 * False until the frame after `ready` first holds, then true. What the manager sees first (the
 * top of a long view) is drawn on its own; what lies below the fold follows in the next frame,
 * so a view shows sooner on a slow office PC.
 */
export function useNextFrame(ready: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => setShown(true));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
  return shown;
}
