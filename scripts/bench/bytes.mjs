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

/** Loads the page at one viewport, recording every response until the first screen is usable. */
async function firstScreen(context, url, viewport) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
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
  // "Usable": the year slider is visible, and the load event and network idle have passed.
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('slider', { name: 'Year' }).waitFor({ state: 'visible' });
  const files = await Promise.all(pending);
  await page.close();
  const sum = (kind) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  return { jsGzip: sum('js'), cssGzip: sum('css'), otherGzip: sum('other'), files };
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
