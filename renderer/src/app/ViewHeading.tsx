import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

// Until the user has pressed a key or clicked, the page has just loaded: leave the focus
// where the browser put it. After that, a newly shown view takes the focus on its heading.
let userHasActed = false;
for (const type of ['keydown', 'pointerdown'] as const) {
  window.addEventListener(type, () => (userHasActed = true), { capture: true, once: true });
}

/**
 * The one h1 of a view. When the user moves to another view, focus lands on its heading,
 * so keyboard and screen-reader users start reading from the top of the new view.
 */
export function ViewHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (userHasActed) ref.current?.focus();
  }, []);
  return (
    <Title order={1} ref={ref} id={id} tabIndex={-1} className="view-heading">
      {children}
    </Title>
  );
}
