import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

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

/** How far ahead of the window a view's code is fetched (see useWantedWhenNear): a screen. */
const PREFETCH_MARGIN = '100% 0px';

/**
 * For a view that is costly to draw: `[ref, wanted]`, where `wanted` turns true (for good) once
 * the first screen has painted, the browser is idle, and the element given to `ref` is within
 * `rootMargin` of the viewport. A view below the fold is drawn as the reader scrolls towards it,
 * not while the first screen loads. Without IntersectionObserver it is drawn when idle.
 *
 * `prefetch`, the view's code, is fetched once the browser is idle and the element is within a
 * screen of the viewport: a view far down a phone's page is not fetched (and its code, a chart
 * library, not run) while the first screen loads, but before the reader reaches it. Without
 * IntersectionObserver it is fetched when idle.
 */
export function useWantedWhenNear<T extends Element>(
  rootMargin = '0px',
  prefetch?: () => Promise<unknown>,
): [(element: T | null) => void, boolean] {
  const idle = useIdle();
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // The element is kept in a ref, not in state: a state update from a ref callback is made
  // during React's commit, at the highest priority, so it would re-render the view at once and
  // with it run every pending effect of the page in the same long task (the first hydration).
  // (The slots that use this keep one element for good: it is observed once it is there.)
  const element = useRef<T | null>(null);
  const setElement = useCallback((next: T | null) => {
    element.current = next;
  }, []);
  /** Calls `then` once the element is within `margin` of the viewport; returns the cleanup. */
  const whenWithin = useCallback((margin: string, then: () => void) => {
    const watching = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        watching.disconnect();
        then();
      },
      { rootMargin: margin },
    );
    if (element.current) watching.observe(element.current);
    return () => watching.disconnect();
  }, []);
  useEffect(() => {
    if (near) return;
    return whenWithin(rootMargin, () => startTransition(() => setNear(true)));
  }, [near, rootMargin, whenWithin]);
  useEffect(() => {
    if (!prefetch) return;
    const load = () => void prefetch().catch(() => undefined);
    if (typeof IntersectionObserver === 'undefined') return whenIdle(load);
    let cancelIdle: (() => void) | undefined;
    const stop = whenWithin(PREFETCH_MARGIN, () => (cancelIdle = whenIdle(load)));
    return () => {
      stop();
      cancelIdle?.();
    };
  }, [prefetch, whenWithin]);
  return [setElement, idle && near];
}
