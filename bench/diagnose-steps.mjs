// `npm run bench:diagnose -- [--rate 4] [--steps 40] [--names] [--url http://…] [--css 'rule…']`
// Where a year step's time goes: for each step, the key's task and each rendering phase of the
// frame that shows the year (from a Chromium trace), and which components React rendered (from
// a stand-in for the React DevTools hook, which production React calls on every commit). Builds
// and serves the app unless `--url` names a served build; `--names` builds it unminified, so the
// components have their own names (and run a little slower). `--css` adds a style to the page
// first, to try a rule without a build. Numbers under tracing run higher than the bench's own.
import { parseArgs } from 'node:util';
import { chromiumOrExit, DESKTOP, launchBrowser, openApp } from './browser.mjs';
import { buildAndServe } from './server.mjs';
import { round } from './stats.mjs';
import { runSteps, summarizeSteps } from './steps.mjs';

const { values: opts } = parseArgs({
  options: {
    rate: { type: 'string', default: '4' },
    steps: { type: 'string', default: '40' },
    url: { type: 'string' },
    css: { type: 'string' },
    names: { type: 'boolean', default: false },
  },
});
const rate = Number(opts.rate);
const count = Number(opts.steps);
const PHASES = ['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

/** In the page: counts, per component name, the components React rendered in each commit. */
function installRenderCounter() {
  const counts = new Map();
  const nameOf = (fiber) => {
    const type = fiber.type;
    if (!type || typeof type === 'string') return null;
    return type.displayName || type.name || type.render?.name || type.type?.name || null;
  };
  // A child that is also its parent's previous child was not visited: React reused the subtree.
  const walk = (parent) => {
    const reused = new Set();
    for (let old = parent.alternate?.child; old; old = old.sibling) reused.add(old);
    for (let child = parent.child; child; child = child.sibling) {
      if (reused.has(child)) continue;
      // PerformedWork: the component's function ran in this render.
      const name = child.flags & 1 ? nameOf(child) : null;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      walk(child);
    }
  };
  const hook = {
    supportsFiber: true,
    renderers: new Map(),
    counting: false,
    counts,
    inject: () => 1,
    checkDCE: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id, root) => {
      if (hook.counting) walk(root.current);
    },
  };
  Object.assign(window, { __REACT_DEVTOOLS_GLOBAL_HOOK__: hook });
}

/** The main thread's complete events of a trace, oldest first. */
function mainThreadEvents(events) {
  const busy = new Map();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X') continue;
    const thread = `${e.pid}:${e.tid}`;
    busy.set(thread, (busy.get(thread) ?? 0) + e.dur);
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
}

/** Each step's cost and its parts, in ms, from the trace events of its window. */
function stepRows(samples, events) {
  const keys = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  // The steps are the last keys (runSteps may first press Home).
  const stepKeys = keys.slice(keys.length - samples.length);
  return samples.map((sample, i) => {
    const key = stepKeys[i];
    const end = key.ts + (sample.costMs ?? 0) * 1000;
    const inStep = events.filter((e) => e.ts >= key.ts && e.ts <= end);
    const row = { cost: sample.costMs ?? NaN, key: key.dur / 1000 };
    for (const phase of PHASES)
      row[phase] = inStep.filter((e) => e.name === phase).reduce((sum, e) => sum + e.dur / 1000, 0);
    return row;
  });
}

async function main() {
  const chromePath = chromiumOrExit();
  const server = opts.url ? null : await buildAndServe({ minify: !opts.names });
  const baseUrl = opts.url ?? server?.baseUrl;
  const browser = await launchBrowser(chromePath);
  try {
    await browser.context.addInitScript(installRenderCounter);
    const { page } = await openApp(browser.context, `${baseUrl}/`, DESKTOP);
    await page.bringToFront();
    if (opts.css) await page.addStyleTag({ content: opts.css });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      },
      transferMode: 'ReportEvents',
    });
    await page.evaluate(() => {
      window.__REACT_DEVTOOLS_GLOBAL_HOOK__.counting = true;
    });
    const samples = await runSteps(page, count);
    const renders = await page.evaluate(() => {
      const hook = window.__REACT_DEVTOOLS_GLOBAL_HOOK__;
      hook.counting = false;
      return [...hook.counts];
    });
    await cdp.send('Tracing.end');
    await traced;

    const summary = summarizeSteps(samples);
    console.log(
      `${count} steps at CPU ${rate}×: cost p50 ${summary.costP50Ms} ms, p95 ${summary.costP95Ms} ms`,
    );
    const rows = stepRows(samples, mainThreadEvents(events));
    const columns = ['cost', 'key', ...PHASES];
    const cell = (v) => String(round(v)).padStart(9);
    console.log(`\nPer step, slowest first (ms; "key" is the key's task, where React renders)`);
    console.log(columns.map((c) => c.slice(0, 9).padStart(9)).join(''));
    for (const row of [...rows].sort((a, b) => b.cost - a.cost))
      console.log(columns.map((c) => cell(row[c])).join(''));
    const mean = (c) => rows.reduce((sum, r) => sum + r[c], 0) / rows.length;
    console.log(columns.map((c) => cell(mean(c))).join(''), ' mean');

    const total = renders.reduce((sum, [, n]) => sum + n, 0);
    console.log(
      `\nComponents rendered per step: ${round(total / count)} (every commit, transitions too)`,
    );
    for (const [name, n] of renders.sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${String(round(n / count)).padStart(7)}  ${name}`);
    await page.close();
  } finally {
    await browser.close();
    await server?.close();
  }
}

await main();
