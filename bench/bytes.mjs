// Gzipped bytes of JavaScript and CSS: what the first screen loads, and the whole build.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DESKTOP, PHONE } from './browser.mjs';

const gz = (buffer) => gzipSync(buffer).length; // zlib's default level (6), as servers send

function kindOf(url, contentType = '') {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (path.endsWith('.css') || contentType.includes('text/css')) return 'css';
  return 'other';
}

/**
 * Loads the page at one viewport and sorts every response into what the first screen needed and
 * what came after. "First screen" = requested before the app's `explorer-first-screen` User
 * Timing mark, which the explorer sets once its first screen is on the page and answers input
 * (src/app/ExplorerPage.tsx). Code deferred until then (the chart, the map, prefetched routes)
 * is listed as `later`.
 */
async function firstScreen(context, url, viewport) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  // Each viewport is a first visit: nothing may come from the HTTP cache of the one before.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const kind = kindOf(response.url(), response.headers()['content-type']);
        const body = await response.body().catch(() => Buffer.alloc(0));
        return { url: new URL(response.url()).pathname, kind, raw: body.length, gzip: gz(body) };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('slider', { name: 'Year' }).waitFor({ state: 'visible' });
  const timing = await page.evaluate(() => {
    const mark = performance.getEntriesByName('explorer-first-screen')[0];
    return {
      markMs: mark ? mark.startTime : null,
      started: performance
        .getEntriesByType('resource')
        .map((e) => ({ url: new URL(e.name).pathname, startMs: e.startTime })),
    };
  });
  if (timing.markMs === null)
    throw new Error('the page never set the "explorer-first-screen" mark');
  const files = await Promise.all(pending);
  await page.close();
  const startOf = new Map(timing.started.map((e) => [e.url, e.startMs]));
  // The document itself has no resource entry: it is always first.
  const first = files.filter((f) => (startOf.get(f.url) ?? 0) < timing.markMs);
  const later = files.filter((f) => !first.includes(f));
  const sum = (list, kind) => list.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return {
    firstScreenMs: Math.round(timing.markMs),
    jsGzip: sum(first, 'js'),
    cssGzip: sum(first, 'css'),
    otherGzip: sum(first, 'other'),
    files: first,
    later: { jsGzip: sum(later, 'js'), cssGzip: sum(later, 'css'), files: later },
  };
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every JS and CSS file in the build output. */
function buildTotals(outDir) {
  const files = walk(outDir)
    .filter((f) => ['.js', '.mjs', '.css'].includes(extname(f)))
    .map((f) => {
      const body = readFileSync(f);
      return {
        file: relative(outDir, f),
        kind: f.endsWith('.css') ? 'css' : 'js',
        raw: body.length,
        gzip: gz(body),
      };
    });
  const sum = (kind) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return { jsGzip: sum('js'), cssGzip: sum('css'), files };
}

export async function measureBytes(context, baseUrl, outDir) {
  return {
    firstScreenPhone: await firstScreen(context, `${baseUrl}/`, PHONE),
    firstScreenDesktop: await firstScreen(context, `${baseUrl}/`, DESKTOP),
    total: buildTotals(outDir),
  };
}
