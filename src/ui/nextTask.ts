/**
 * Resolves in a new task of the event loop, so that the browser may paint and handle input
 * between two steps of long work (the app's start: reading the dataset, then hydrating). With
 * `scheduler.yield()` where the browser has it (the continuation runs ahead of other queued
 * tasks), else a message to a MessageChannel (not clamped like a nested `setTimeout`), else a
 * timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}
