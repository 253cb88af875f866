import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `callback` once the browser is idle after the next frame has painted (or after `timeout`
 * ms at the latest). Returns a function that cancels it.
 *
 * Used for work the first screen does not need: code for views below the fold or drawn a moment
 * later in a box of their final size, and prefetching other routes.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  let cancelled = false;
  let idleId: number | undefined;
  let timerId: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!cancelled) callback();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') idleId = requestIdleCallback(run, { timeout });
    else timerId = setTimeout(run, 0);
  };
  // A frame first, so what is already rendered paints before the deferred work starts.
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : undefined;
  const frameId = frame ? frame(() => (timerId = setTimeout(schedule, 0))) : undefined;
  if (!frame) schedule();
  return () => {
    cancelled = true;
    if (frameId !== undefined) cancelAnimationFrame(frameId);
    if (idleId !== undefined) cancelIdleCallback(idleId);
    if (timerId !== undefined) clearTimeout(timerId);
  };
}

/** Fetches a lazily loaded chunk once the browser is idle, so showing it later is quick. */
export function usePrefetch(load: () => Promise<unknown>, timeout?: number): void {
  useEffect(() => whenIdle(() => void load().catch(() => undefined), timeout), [load, timeout]);
}

/**
 * False on the first render; true once the browser has painted it and is idle (see whenIdle).
 * The switch is a transition, so React renders what it reveals in short slices that leave the
 * page responsive, instead of in one long task.
 */
export function useIdle(timeout?: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setIdle(true)), timeout), [timeout]);
  return idle;
}

/**
 * For a view that is costly to draw: `[ref, wanted]`, where `wanted` turns true (for good) once
 * the first screen has painted, the browser is idle, and the element given to `ref` is within
 * `rootMargin` of the viewport. A view below the fold is drawn as the reader scrolls towards it,
 * not while the first screen loads. Without IntersectionObserver it is drawn when idle.
 */
export function useWantedWhenNear<T extends Element>(
  rootMargin = '0px',
): [(element: T | null) => void, boolean] {
  const idle = useIdle();
  const [element, setElement] = useState<T | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        startTransition(() => setNear(true));
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, near, rootMargin]);
  return [setElement, idle && near];
}
