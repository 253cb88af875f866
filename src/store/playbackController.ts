import type { ExplorerStoreApi } from './explorerStore';

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * UI-free playback: while the store says `playing`, advance one year every 1/speed seconds and
 * stop at the last year. Returns a function that stops listening.
 */
export function startPlaybackController(api: ExplorerStoreApi, timers: Timers = browserTimers) {
  let handle: unknown = null;

  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };

  const schedule = () => {
    clear();
    const { playing, speed } = api.getState();
    if (!playing) return;
    handle = timers.setTimeout(tick, 1000 / speed);
  };

  function tick() {
    handle = null;
    const state = api.getState();
    if (!state.playing) return;
    if (state.year >= state.model.maxYear) {
      state.pause();
      return;
    }
    state.stepYear(1);
    if (api.getState().year >= state.model.maxYear) api.getState().pause();
    else schedule();
  }

  const unsubscribe = api.subscribe((state, prev) => {
    if (state.playing !== prev.playing || state.speed !== prev.speed) schedule();
  });
  schedule();
  return () => {
    unsubscribe();
    clear();
  };
}
