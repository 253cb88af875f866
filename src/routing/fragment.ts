import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** The element id a fragment names; a malformed one (`#%E0%A4%A`, `#%`) is taken as written. */
function fragmentId(hash: string): string {
  const text = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Scrolls to the element the address's fragment names (`/sources#id`) and focuses it, when the
 * fragment changes and when `content`, what the page draws its targets from, does: falsy while
 * the targets are not drawn yet.
 */
export function useFragmentTarget(content: unknown) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash || !content) return;
    const target = document.getElementById(fragmentId(hash));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash, content]);
}
