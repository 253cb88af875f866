import { readFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, startBrowser } from './browser';

// The one test file that lets the service worker run (see startBrowser).
const session = startBrowser({ serviceWorkers: 'allow' });

const INAUGURATED = '2009-central-asia-china-gas-pipeline-inaugurated';

/**
 * Resolves once the page's service worker is activated (it precaches everything while
 * installing). The app registers it once the first screen is idle.
 */
async function swActive(page: Page) {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((resolve) =>
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
    );
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv',
};

/** A static server whose folder can be swapped: a "deployment" of a new build on the same origin. */
function swappableServer(initial: string) {
  let root = initial;
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      file = join(root, 'index.html'); // SPA fallback, like vite preview
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  return {
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    swap: (dir: string) => (root = dir),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('offline after the first visit', () => {
  it('reloads, opens an event and the sources, and downloads, with no network', async () => {
    const t = await session.newPage();
    await t.goto('/');
    await swActive(t.page);
    // The manifest makes it installable.
    const manifest = await t.page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBeTruthy();

    await session.context.setOffline(true);
    try {
      await t.page.reload();
      await t.page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect
        .poll(() => t.page.getByRole('contentinfo').textContent())
        .toMatch(/Data version \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}/);

      // A deep link to an event, typed into the address bar.
      await t.goto(`/events/${INAUGURATED}`);
      await t.page
        .getByRole('heading', { name: 'Central Asia–China gas pipeline inaugurated' })
        .waitFor();

      // The sources page, by its link.
      await t.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Sources' })
        .click();
      await t.page.getByRole('heading', { name: 'Data and how to cite' }).waitFor();

      // The published files are in the cache too.
      const trade = await t.page.evaluate(async () => {
        const r = await fetch('/data/trade.csv');
        return { ok: r.ok, text: await r.text() };
      });
      expect(trade.ok).toBe(true);
      expect(trade.text.split('\r\n')[0]).toBe(
        'year,reporter,china_exports_usd,china_imports_usd,basis,source_id',
      );

      // Download all data as a ZIP, offline.
      const [zip] = await Promise.all([
        t.page.waitForEvent('download'),
        t.page.getByRole('button', { name: 'Download all data (ZIP)' }).click(),
      ]);
      expect(zip.suggestedFilename()).toMatch(/^china-turkmenistan-data-.+\.zip$/);
      const entries = Object.keys(unzipSync(readFileSync((await zip.path())!)));
      expect(entries.some((e) => e.endsWith('/trade.csv'))).toBe(true);
      expect(entries.some((e) => e.endsWith('/datapackage.json'))).toBe(true);
      expect(entries.some((e) => e.endsWith('/CITATION.cff'))).toBe(true);
      await expectNoAxeViolations(t.page);

      // Download a CSV from the trade figure, offline.
      await t.goto('/?year=2020');
      const figure = t.page.getByRole('figure', { name: /trade/i });
      const [csv] = await Promise.all([
        t.page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const text = readFileSync((await csv.path())!, 'utf8');
      expect(text).toMatch(/# Data version: \d{4}-\d{2}-\d{2}\.[0-9a-f]{8}/);
      expect(text).toContain('2020,444815020,6071165280');
    } finally {
      await session.context.setOffline(false);
    }
    expect(t.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await t.close();
  }, 150_000);
});

describe('a new version', () => {
  it('is offered with "Reload", and swapped in only when the reader asks', async () => {
    const first = inject('outDir');
    const second = mkdtempSync(join(tmpdir(), 'ctr-e2e-v2-'));
    tempDirs.push(second);
    const server = swappableServer(first);
    const base = await server.listen();
    try {
      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/`);
      await swActive(page);

      // Deploy a second build whose page differs, on the same origin.
      const mark: Plugin = {
        name: 'second-build-mark',
        transformIndexHtml: () => [
          { tag: 'meta', attrs: { name: 'build-mark', content: 'second' }, injectTo: 'head' },
        ],
      };
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({
          mode: 'production',
          logLevel: 'warn',
          build: { outDir: second, emptyOutDir: true },
          plugins: [mark],
        });
      } finally {
        process.env.NODE_ENV = nodeEnv;
      }
      server.swap(second);

      // The next visit still runs the first version, and offers the second.
      await page.reload();
      const prompt = page.getByRole('alert').filter({ hasText: 'A new version is available' });
      const reload = prompt.getByRole('button', { name: 'Reload' });
      await reload.waitFor({ timeout: 40_000 });
      expect(await page.locator('meta[name="build-mark"]').count()).toBe(0);

      await Promise.all([page.waitForEvent('load'), reload.click()]);
      await expect
        .poll(() => page.locator('meta[name="build-mark"]').getAttribute('content'), {
          timeout: 20_000,
        })
        .toBe('second');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  }, 180_000);
});
