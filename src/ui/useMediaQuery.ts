import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches now; re-renders when that changes. False where there is none,
 * and for `null` (no query asked: nothing is subscribed).
 *
 * While React hydrates a baked page it is false (the HTML was baked without a window), and a
 * query that then matches re-renders its component at once, before the page answers input: so
 * a component high in the tree (the shell) asks only while it needs the answer.
 */
export function useMediaQuery(query: string | null): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (query === null || typeof matchMedia !== 'function') return () => undefined;
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const matches = useCallback(
    () => query !== null && typeof matchMedia === 'function' && matchMedia(query).matches,
    [query],
  );
  return useSyncExternalStore(subscribe, matches, () => false);
}
