import { whenIdle } from '../ui/idle';

/**
 * The service worker that makes the explorer work offline (built by vite-plugin-pwa, see
 * vite.config.ts). Registered only in a production build, once the first screen is idle, from a
 * chunk of its own, so the first screen's code hardly grows. A new version never replaces the
 * running one by itself: the page shows a prompt, and only the reader's "Reload" swaps them.
 */

type Listener = () => void;
let updateReady: (() => Promise<void>) | null = null;
const listeners = new Set<Listener>();

export const updatePrompt = {
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** True once a new version has been installed and is waiting for the reader's reload. */
  available: () => updateReady !== null,
  apply: () => updateReady?.(),
};

/** For the worker's registration (and tests): a new version is waiting; `reload` swaps it in. */
export function announceUpdate(reload: () => Promise<void>) {
  updateReady = reload;
  listeners.forEach((l) => l());
}

export function startServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'test') return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  whenIdle(() => {
    import('./registerServiceWorker')
      .then((m) => m.register(announceUpdate))
      .catch(() => undefined); // offline support is an extra: the page works without it
  }, 4000);
}
