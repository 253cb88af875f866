// Launches Debian's Chromium (never a downloaded one) with flags that keep it quiet offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ADVICE, findChromium, QUIET_FLAGS } from '../scripts/browser/chromium-path.mjs';
import { scrollThrough } from '../scripts/browser/scroll-through.mjs';

export { QUIET_FLAGS };

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1440, height: 900 };

/** The Chromium binary, or exits with advice on how to install it. */
export function chromiumOrExit() {
  const path = findChromium();
  if (!path) {
    console.error(CHROMIUM_ADVICE);
    process.exit(1);
  }
  return path;
}

/** A persistent context in a fresh profile; `close` also removes the profile. */
export async function launchBrowser(executablePath) {
  const profile = mkdtempSync(join(tmpdir(), 'ctr-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: DESKTOP,
    args: ['--headless=new', ...QUIET_FLAGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a fresh page and waits until the first screen is usable. */
export async function openApp(context, url, viewport = DESKTOP) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('slider', { name: 'Year' }).waitFor({ state: 'visible' });
  // Views below the fold are drawn when scrolled to: draw them all, so that every view is there.
  await scrollThrough(page);
  return { page, errors };
}
