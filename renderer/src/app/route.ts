import { useEffect, useState } from 'react';

// Views live in the address fragment so links, Back and Forward work in both Electron
// and browser mode without a server route per view.

export type Route = 'planning' | 'settings' | 'newUnit';

const HASHES: Record<Route, string> = {
  planning: '#/planering',
  settings: '#/installningar',
  newUnit: '#/ny-enhet',
};

export const hrefOf = (route: Route): string => HASHES[route];

function routeOf(hash: string): Route {
  const entry = Object.entries(HASHES).find(([, h]) => h === hash);
  return (entry?.[0] as Route | undefined) ?? 'planning';
}

export function navigate(route: Route): void {
  window.location.hash = HASHES[route];
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
