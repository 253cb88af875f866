// Memory: JS heap after load, and after 500 year steps and 50 event openings (a leak shows as growth).
import { DESKTOP, openApp } from './browser.mjs';
import { runSteps } from './steps.mjs';
import { round } from './stats.mjs';

async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Opens the n-th link of the "Events" list, waits for its address, and goes Back. */
async function openEvent(page, n) {
  const links = page.getByRole('list', { name: 'Events' }).getByRole('link');
  const count = await links.count();
  if (count === 0) throw new Error('no links in the "Events" list');
  const where = (what) => `event opening ${n}: ${what} (at ${page.url()})`;
  await links.nth(n % count).click();
  // Wait until the app has settled on the event's address (it may rewrite it once, e.g. adding
  // the year) and painted: pressing Back in between races the app's own history.replaceState.
  await page
    .waitForURL((url) => url.pathname.startsWith('/events/'), { waitUntil: 'commit' })
    .catch(() => Promise.reject(new Error(where('the event did not open'))));
  await page.evaluate(
    () =>
      new Promise((ok) => {
        let href = location.href;
        let still = 0;
        const tick = () => {
          still = location.href === href ? still + 1 : 0;
          href = location.href;
          if (still >= 3) ok();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  await page.goBack({ waitUntil: 'commit' });
  await page
    .waitForURL((url) => !url.pathname.startsWith('/events/'), { waitUntil: 'commit' })
    .catch(() => Promise.reject(new Error(where('Back did not leave the event'))));
  await page.getByRole('slider', { name: 'Year' }).waitFor({ state: 'visible' });
}

export async function measureMemory(context, baseUrl, { steps, openings, log }) {
  log(`memory soak (${steps} year steps, ${openings} event openings)`);
  const { page } = await openApp(context, `${baseUrl}/`, DESKTOP);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const before = await heapAfterGc(cdp);
  const rounds = Math.max(1, openings);
  let warm = null;
  for (let i = 0; i < rounds; i += 1) {
    const n = Math.round((steps * (i + 1)) / rounds) - Math.round((steps * i) / rounds);
    if (n > 0) await runSteps(page, n);
    if (i < openings) await openEvent(page, i);
    // After the first round every code path has run once (lazy chunks, caches): growth from
    // here on is what repeats, so it tells a leak from one-time warm-up.
    if (i === 0) warm = await heapAfterGc(cdp);
  }
  const after = await heapAfterGc(cdp);
  await page.close();
  return {
    steps,
    openings,
    beforeBytes: before,
    warmBytes: warm,
    afterBytes: after,
    growthPct: round(((after - before) / before) * 100),
    growthAfterWarmUpPct: round(((after - warm) / warm) * 100),
  };
}
