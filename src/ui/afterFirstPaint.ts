/** The longest wait for the first paint: for a browser that paints but does not report it (every
 * current one reports it; a busy phone may take over a second to paint a long page). */
const MAX_WAIT_MS = 3000;

const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;

/**
 * Calls `run` once, after the page's first contentful paint has been reported (Paint Timing), or
 * at once when there is nothing to wait for: a hidden page (a background tab does not paint), a
 * browser without Paint Timing, a paint already reported. Never later than MAX_WAIT_MS.
 */
export function afterFirstPaint(run: () => void): void {
  if (
    document.visibilityState !== 'visible' ||
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes.includes('paint') ||
    painted()
  ) {
    run();
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    run();
  };
  const observer = new PerformanceObserver(() => {
    if (painted()) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(go, MAX_WAIT_MS);
}
