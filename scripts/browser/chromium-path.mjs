// Where the browser tests and the benchmark find Chromium: $CHROMIUM_PATH, else /usr/bin/chromium.
import { existsSync } from 'node:fs';

export const CHROMIUM_ADVICE =
  "Chromium was not found. Install Debian's package (`sudo apt-get install -y chromium`, which " +
  'gives /usr/bin/chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary. ' +
  'Never `npx playwright install`: the tests use playwright-core with the system browser.';

/** @returns {string | null} the Chromium binary to use, or `null` when there is none. */
export function findChromium() {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : null;
}

/** Flags that keep Chromium quiet on a closed network (no background requests, no sandbox as root). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
