import { registerSW } from 'virtual:pwa-register';

/** Registers /sw.js (workbox-window); calls `onUpdate` when a new version is waiting. */
export function register(onUpdate: (reload: () => Promise<void>) => void) {
  const updateSW = registerSW({
    onNeedRefresh: () => onUpdate(() => updateSW(true)),
  });
}
