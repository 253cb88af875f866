/**
 * Resolves in a new task of the event loop, so that the browser may paint and handle input
 * between two steps of long work (the app's start: reading the dataset, then hydrating). With
 * `scheduler.yield()` where the browser has it (the continuation runs ahead of other queued
 * tasks), else a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
