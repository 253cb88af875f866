// What the benchmark's in-page scripts (probe.mjs, playback.mjs, steps.mjs) keep on `window`.
interface Window {
  /** The year-step probe installed by `installProbe`. */
  __bench?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Resolves with the frames and long tasks recorded during playback. */
  __playback?: Promise<unknown>;
  /** diagnose-steps.mjs's stand-in for the React DevTools hook, which counts renders. */
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
