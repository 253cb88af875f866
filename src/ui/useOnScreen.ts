import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is in (or within `margin` of) the window, kept up to date by an
 * IntersectionObserver, which answers after the browser has laid the page out (asking does not
 * force a layout). `initial` is the answer until the first one; where IntersectionObserver is
 * missing the answer is always true.
 */
export function useOnScreen(
  ref: RefObject<Element | null>,
  margin = '200px',
  initial = true,
): boolean {
  const [onScreen, setOnScreen] = useState(() =>
    typeof IntersectionObserver === 'undefined' ? true : initial,
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) setOnScreen(entry.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return onScreen;
}
