import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import {
  CHROMIUM_ADVICE,
  findChromium,
  QUIET_FLAGS,
} from '../../scripts/browser/chromium-path.mjs';
import { scrollThrough } from '../../scripts/browser/scroll-through.mjs';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 740 };

export interface Session {
  context: BrowserContext;
  baseUrl: string;
  /** A fresh page that records console errors, page errors and every request it makes. */
  newPage: (options?: {
    viewport?: { width: number; height: number };
    reducedMotion?: boolean;
  }) => Promise<TestPage>;
}

export interface TestPage {
  page: Page;
  errors: string[];
  requests: string[];
  goto: (path: string) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Launches Debian's Chromium once per test file; fails (never skips) when it is missing.
 * `javaScript: false` runs no script: `goto` only loads the baked page. Service workers are
 * blocked unless asked for: tests that stop a chunk with `page.route` would
 * otherwise be served by the worker's cache. Only tests/e2e/offline.e2e.ts allows them.
 */
export function startBrowser(
  options: { serviceWorkers?: 'allow' | 'block'; javaScript?: boolean } = {},
): Session {
  const javaScript = options.javaScript ?? true;
  const session = { baseUrl: '' } as Session;
  let profile = '';
  // Pages a test opened and did not close (it failed before `close`): closed after each test, so
  // a page that stopped answering cannot slow or hang the tests after it.
  const open = new Set<Page>();
  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(CHROMIUM_ADVICE);
    session.baseUrl = inject('baseUrl');
    profile = mkdtempSync(join(tmpdir(), 'ctr-chromium-'));
    session.context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: DESKTOP,
      serviceWorkers: options.serviceWorkers ?? 'block',
      // `javaScript: false`: a reader whose browser runs no script gets the baked pages alone.
      javaScriptEnabled: javaScript,
      args: ['--headless', ...QUIET_FLAGS],
    });
    session.newPage = async (options = {}) => {
      const page = await session.context.newPage();
      open.add(page);
      page.on('close', () => open.delete(page));
      // A new page is the one in front, as a tab a reader opens is, also for a test that loads
      // it with `page.goto` (see `goto` below for why it matters).
      await page.bringToFront();
      await page.setViewportSize(options.viewport ?? DESKTOP);
      if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (msg) => {
        // Playwright says so when it blocks the app's service worker (see above): expected.
        if (msg.text() === 'Service Worker registration blocked by Playwright') return;
        if (msg.type() === 'error' || msg.type() === 'warning')
          errors.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('crash', () => errors.push('crash: the page crashed'));
      page.on('request', (req) => requests.push(req.url()));
      return {
        page,
        errors,
        requests,
        goto: async (path: string) => {
          // The page a test opens is the one in front, as the page a reader opens is: Chromium
          // draws no frames for a tab behind another, so its IntersectionObserver never fires and
          // a view drawn when scrolled into sight would stay busy (a test with two tabs hit it).
          await page.bringToFront();
          await page.goto(session.baseUrl + path);
          if (!javaScript) return;
          // The baked page shows its content before its script runs: wait until React has
          // hydrated it (src/main.tsx marks <html data-ready>), so the controls answer.
          await page.waitForSelector('html[data-ready]', { state: 'attached' });
          // Lazily loaded views (the chart, the map, the event details, the sources) show a
          // busy placeholder until their chunk has arrived, and the chart and the map are drawn
          // only when scrolled into view: scroll through the page like a reader first.
          try {
            await bounded(scrollThrough(page), 30_000, `scrolling through ${path}`);
          } catch (error) {
            // Say whether the page still answers script, and what it shows (busy placeholders…).
            throw new Error(`${(error as Error).message}; ${await diagnose(page)}`, {
              cause: error,
            });
          }
        },
        close: () => page.close(),
      };
    };
  });
  afterEach(async ({ task }) => {
    // A failed try is said in the log, so a test that passes on its retry is never silent.
    // With the assertion's diff: "expected [ Array(1) ] to deeply equal []" alone does not say
    // which axe rule failed.
    const result = task.result;
    const error = result?.errors?.[0];
    if (result?.state === 'fail')
      console.warn(
        `e2e: "${task.name}" failed on try ${(result.retryCount ?? 0) + 1}: ${error?.message ?? ''}` +
          (error?.diff ? `\n${error.diff.slice(0, 1500)}` : ''),
      );
    const left = [...open];
    open.clear();
    // The test has failed already; a page that will not close is left to the context's close.
    await Promise.all(
      left.map((page) => bounded(page.close(), 5_000, 'closing').catch(() => undefined)),
    );
  });
  afterAll(async () => {
    await session.context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });
  return session;
}

/**
 * `promise`, or an error naming `what` after `ms`. Playwright bounds its waits but not
 * `evaluate`, `count` or key presses, which wait for the page's main thread: bounded here, a page
 * that stops answering fails its test with a message instead of hanging it.
 */
async function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What a page that stopped answering is doing: its state if its main thread still runs script
 * (read over a CDP session of its own), else that it does not answer.
 */
async function diagnose(page: Page): Promise<string> {
  try {
    const cdp = await bounded(page.context().newCDPSession(page), 3_000, 'a CDP session');
    try {
      const answer = await bounded(
        cdp.send('Runtime.evaluate', {
          expression: `[document.readyState, 'ready=' + document.documentElement.hasAttribute('data-ready'),
            'busy=' + document.querySelectorAll('[aria-busy="true"]').length,
            'route-loading=' + !!document.querySelector('.route-loading'),
            'height=' + document.documentElement.scrollHeight + '/' + innerHeight,
            'visibility=' + document.visibilityState].join(' ')`,
          returnByValue: true,
        }),
        3_000,
        'evaluate',
      );
      return `the page answers: ${String(answer.result.value)}`;
    } finally {
      await bounded(cdp.detach(), 3_000, 'detaching').catch(() => undefined);
    }
  } catch (error) {
    return `the page does not answer script (${(error as Error).message})`;
  }
}

/** Runs axe with the WCAG 2.x A/AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
  expect(summary).toEqual([]);
}

/** The query string of the page's address as an object. */
export function searchParams(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Expects the page to fit its viewport's width: no horizontal scroll. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The requests a page made to any host but the app's own (`data:` and `blob:` stay local). */
export function foreignRequests(t: TestPage, baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return t.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}
