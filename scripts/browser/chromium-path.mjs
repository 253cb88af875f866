// Where the browser tests and the benchmark find Chromium: $CHROMIUM_PATH, else the first of
// SYSTEM_CHROMIUMS that exists (Debian's package, then Ubuntu's, which is a snap).
import { existsSync } from 'node:fs';

export const CHROMIUM_ADVICE =
  "Chromium was not found. Install Debian's package (`sudo apt-get install -y chromium`, which " +
  'gives /usr/bin/chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary. ' +
  'Never `npx playwright install`: the tests use playwright-core with the system browser.';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** @returns {string | null} the Chromium binary to use, or `null` when there is none. */
export function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : SYSTEM_CHROMIUMS;
  return candidates.find((path) => existsSync(path)) ?? null;
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
