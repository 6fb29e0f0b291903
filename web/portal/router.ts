import { useEffect, useState } from 'react';

/** The portal's pages live under /portal; moving between them is a pushState, never a page load on a slow link. */
export function navigate(to: string) {
  history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return path;
}

/** A link that moves within the portal; a plain link still works with a modifier key or without script. */
export function follow(event: { preventDefault(): void; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }, to: string) {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  navigate(to);
}
