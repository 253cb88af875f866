// Memory: JS heap after load, and after 500 year steps and 50 event openings (a leak shows as growth).
import { DESKTOP, openApp } from './browser.mjs';
import { installProbe } from './probe.mjs';
import { runSteps } from './steps.mjs';
import { round } from './stats.mjs';

async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * How much of the JS heap is compiled code (bytecode, baseline and optimised machine code and
 * their metadata: the heap snapshot's "code" nodes). V8 compiles more of the app's functions,
 * and optimises them, the more often they run, so this part grows through any soak whether or
 * not the app keeps anything; it is bounded by the app's code and V8 drops it again when unused.
 */
async function codeBytes(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const code = snapshot.meta.node_types[0].indexOf('code');
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length)
    if (nodes[i + type] === code) bytes += nodes[i + size];
  return bytes;
}

/** The heap after GC, split into compiled code and the rest (objects, strings, arrays…). */
async function heap(cdp) {
  const used = await heapAfterGc(cdp);
  const code = await codeBytes(cdp);
  return { used, code, data: used - code };
}

/**
 * Waits until the app has loaded all it loads by itself: the lazily loaded chunks it fetches
 * once the first screen is idle (map, event details, sources page). Otherwise the baseline
 * would miss them and their one-time loading would count as growth.
 */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((/** @type {(value?: unknown) => void} */ ok) => {
        const idle = (fn) =>
          typeof requestIdleCallback === 'function'
            ? requestIdleCallback(fn, { timeout: 1000 })
            : setTimeout(fn, 50);
        let seen = -1;
        let quiet = 0;
        const check = () => {
          const n = performance.getEntriesByType('resource').length;
          quiet = n === seen ? quiet + 1 : 0;
          seen = n;
          if (quiet >= 3) ok();
          else idle(() => setTimeout(check, 200));
        };
        check();
      }),
  );
}

/**
 * Sets up, before the baseline, what the soak's own tooling keeps in the page: the step probe,
 * and Playwright's helper script in the page's world (its first `locator.evaluate` injects about
 * 300 KiB of source, plus what compiling it costs). None of it changes the app's state. Without
 * this the first round's "growth" was partly the measuring tools.
 */
async function installTooling(page) {
  await page.evaluate(installProbe);
  await page
    .getByRole('slider', { name: 'Year' })
    .evaluate((el) => el.getAttribute('aria-valuenow'));
  await page.getByRole('list', { name: 'Events' }).getByRole('link').count();
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
      new Promise((/** @type {(value?: unknown) => void} */ ok) => {
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

const pct = (from, to) => round(((to - from) / from) * 100);

/**
 * Warm-up: every year once, there and back, and one event opened. After it every code path of the
 * soak has run and every per-year cache is filled, and React keeps its second ("alternate") copy
 * of each component it has updated: one-time growth, which a leak is told apart from.
 */
async function warmUp(page) {
  const { min, max } = await page.getByRole('slider', { name: 'Year' }).evaluate((el) => ({
    min: Number(el.getAttribute('aria-valuemin')),
    max: Number(el.getAttribute('aria-valuemax')),
  }));
  await runSteps(page, 2 * (max - min));
  await openEvent(page, 0);
}

export async function measureMemory(context, baseUrl, { steps, openings, log }) {
  log(`memory soak (${steps} year steps, ${openings} event openings, after a warm-up)`);
  const { page } = await openApp(context, `${baseUrl}/`, DESKTOP);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  // Right after load, before the idle-time chunks and the tooling: for comparison only.
  const loaded = await heapAfterGc(cdp);
  await settle(page);
  await installTooling(page);
  const settled = await heap(cdp);
  await warmUp(page);
  const before = await heap(cdp);
  const rounds = Math.max(1, openings);
  for (let i = 0; i < rounds; i += 1) {
    const n = Math.round((steps * (i + 1)) / rounds) - Math.round((steps * i) / rounds);
    if (n > 0) await runSteps(page, n);
    if (i < openings) await openEvent(page, i + 1);
  }
  const after = await heap(cdp);
  await page.close();
  return {
    steps,
    openings,
    loadedBytes: loaded,
    settledBytes: settled.used,
    beforeBytes: before.used,
    afterBytes: after.used,
    // Across the soak, from the warm baseline: the whole heap, and without compiled code (what
    // the app's objects, strings and arrays take; the budget is on this one).
    growthPct: pct(before.used, after.used),
    dataGrowthPct: pct(before.data, after.data),
    // From the settled page, before the warm-up.
    growthFromSettledPct: pct(settled.used, after.used),
    dataGrowthFromSettledPct: pct(settled.data, after.data),
    growthFromLoadPct: pct(loaded, after.used),
    dataBytes: { settled: settled.data, before: before.data, after: after.data },
    codeBytes: { settled: settled.code, before: before.code, after: after.code },
  };
}
