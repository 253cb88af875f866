import { useEffect, useState } from 'react';

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

/** False on the first render; true once the browser has painted it and is idle (see whenIdle). */
export function useIdle(timeout?: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeout), [timeout]);
  return idle;
}
