import { useEffect, useState, type RefObject } from 'react';

/** The width of an element in CSS pixels, rounded to `step`, kept up to date by a ResizeObserver. */
export function useElementWidth(
  ref: RefObject<Element | null>,
  fallback: number,
  step = 8,
): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.max(step, Math.round(w / step) * step));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, step]);
  return width;
}
