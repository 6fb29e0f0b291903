import { useCallback, useEffect, useState } from 'react';

/**
 * A form's work in progress, kept in this tab's sessionStorage: a reload, a crash of the page or
 * an expired session loses nothing typed, and closing the tab leaves nothing behind on a shared
 * office computer.
 */
export function useStoredDraft<T>(key: string, fresh: () => T): [T, (update: (draft: T) => T) => void, () => void] {
  const [draft, setDraft] = useState<T>(() => {
    const stored = sessionStorage.getItem(key);
    if (stored) {
      try {
        return JSON.parse(stored) as T;
      } catch {
        sessionStorage.removeItem(key);
      }
    }
    return fresh();
  });

  useEffect(() => {
    sessionStorage.setItem(key, JSON.stringify(draft));
  }, [key, draft]);

  const update = useCallback((change: (d: T) => T) => setDraft(change), []);
  const reset = useCallback(() => {
    sessionStorage.removeItem(key);
    setDraft(fresh());
  }, [key, fresh]);
  return [draft, update, reset];
}
