// In-page instrumentation for year steps, installed with page.evaluate(installProbe).
// Runs in the browser: it must not close over anything from Node.

export function installProbe() {
  if (window.__bench) return;
  const eventTimings = new Map(); // keydown event.timeStamp → Event Timing duration
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'keydown') eventTimings.set(e.startTime, e.duration);
    }).observe(
      // `durationThreshold` is in the Event Timing spec but not yet in TypeScript's DOM types.
      /** @type {PerformanceObserverInit} */ ({
        type: 'event',
        durationThreshold: 16,
        buffered: true,
      }),
    );
  } catch {
    /* Event Timing unsupported: only the rAF measure is reported. */
  }
  const shows = (year) => {
    const y = String(year);
    const slider = document.querySelector('input[type=range][aria-label="Year"]');
    if (!slider || slider.getAttribute('aria-valuenow') !== y) return false;
    const status = document.querySelector('[role=status]');
    if (!status || !status.textContent.includes(y)) return false;
    // Views that draw the selected year may expose it as data-view-year on their root.
    for (const el of document.querySelectorAll('[data-view-year]'))
      if (el.getAttribute('data-view-year') !== y) return false;
    return true;
  };
  let armed = null;
  // The app's own work for a key runs in the slider's input event (React renders and commits
  // there, synchronously): a listener on the window in the bubbling phase runs after it.
  const appWorkDone = () => {
    if (armed && armed.t0 !== null && armed.appDone === null) armed.appDone = performance.now();
  };
  window.addEventListener('input', appWorkDone);
  window.addEventListener(
    'keydown',
    (event) => {
      if (!armed || armed.t0 !== null) return;
      armed.t0 = performance.now();
      armed.eventTimeStamp = event.timeStamp;
      const step = armed;
      const deadline = step.t0 + step.timeoutMs;
      let frames = 0;
      const tick = (frameStart) => {
        frames += 1;
        if (shows(step.expected)) {
          // This frame shows the year; a task queued now runs once the frame has been rendered.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now();
            // The step's cost: the app's work for the key, plus the rendering of the frame that
            // shows the year, without the time between them when the main thread only waits for
            // the display's next frame (that depends on when in the frame interval the key came).
            // Left out only when the first frame after the key shows the year.
            const appDone = step.appDone ?? painted;
            const waited = frames === 1 && frameStart > appDone ? frameStart - appDone : 0;
            requestAnimationFrame((nextFrame) => {
              step.resolve({
                frameMs: painted - step.t0,
                costMs: painted - step.t0 - waited,
                nextRafMs: nextFrame - step.t0,
                eventTimeStamp: step.eventTimeStamp,
              });
            });
          };
          channel.port2.postMessage(0);
        } else if (performance.now() > deadline) {
          step.resolve({ timedOut: true, eventTimeStamp: step.eventTimeStamp });
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { capture: true },
  );
  window.__bench = {
    shows,
    arm(expected, timeoutMs = 5000) {
      let resolve;
      const done = new Promise((r) => (resolve = r));
      armed = { expected, t0: null, appDone: null, timeoutMs, resolve, done };
    },
    async result() {
      const r = await armed.done;
      armed = null;
      return r;
    },
    /** Event Timing durations (ms) by keydown timeStamp; entries arrive late, so ask at the end. */
    async eventTimings(timeStamps) {
      await new Promise((ok) => setTimeout(ok, 250));
      const out = timeStamps.map((t) => eventTimings.get(t) ?? null);
      // Read once per run of steps: forget them, so the probe does not grow through a soak.
      eventTimings.clear();
      return out;
    },
  };
}
