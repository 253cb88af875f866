// The machine's load: other work on a 2-core machine skews every timing, so it is recorded.
import { cpus, loadavg } from 'node:os';

export const load1 = () => Math.round(loadavg()[0] * 100) / 100;

/** True when the 1-minute load average exceeds the number of cores. */
export const busy = () => loadavg()[0] > cpus().length;

/** Waits (up to `maxMs`) until the 1-minute load average is below the number of cores. */
export async function waitForIdle(log, maxMs = 10 * 60_000) {
  const until = Date.now() + maxMs;
  while (busy() && Date.now() < until) {
    log(`waiting for the machine to calm down (load ${load1()}, ${cpus().length} cores)`);
    await new Promise((ok) => setTimeout(ok, 15_000));
  }
}
