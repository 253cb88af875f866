import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, PHONE, startBrowser } from './browser';

const session = startBrowser();

const EVENT = '2009-central-asia-china-gas-pipeline-inaugurated';
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Share' });
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName}:${el.textContent ?? ''}` : '';
  });
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Replaces the Clipboard API with one that records what was written, or refuses. */
const stubClipboard = (page: Page, refuse = false) =>
  page.addInitScript((refuse) => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) =>
          refuse
            ? Promise.reject(new DOMException('denied', 'NotAllowedError'))
            : Promise.resolve(void copied.push(text)),
      },
    });
  }, refuse);
const copied = (page: Page) =>
  page.evaluate(() => (window as unknown as { copied: string[] }).copied);

describe('the Share dialog', () => {
  it('opens from the keyboard, copies the link with a confirmation, closes with Escape', async () => {
    const t = await session.newPage();
    await stubClipboard(t.page);
    await t.goto('/?year=2012&scale=log');
    const share = t.page.getByRole('banner').getByRole('button', { name: 'Share', exact: true });
    await share.focus();
    await t.page.keyboard.press('Enter');
    await expect.poll(() => dialog(t.page).isVisible()).toBe(true);
    const address = dialog(t.page).getByRole('textbox', { name: 'Address' });
    expect(await address.inputValue()).toBe(`${session.baseUrl}/?year=2012&scale=log`);
    await expect.poll(() => address.evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog(t.page).getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => dialog(t.page).getByRole('status').first().textContent())
      .toBe('Link copied');
    expect(await copied(t.page)).toEqual([`${session.baseUrl}/?year=2012&scale=log`]);
    await t.page.keyboard.press('Escape');
    await expect.poll(() => dialog(t.page).count()).toBe(0);
    await expect.poll(() => focusedText(t.page)).toBe('BUTTON:Share');
    // Escape closed the dialog only: the page is still the explorer at that year.
    expect(new URL(t.page.url()).search).toBe('?year=2012&scale=log');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('says when copying fails and selects the address to copy by hand', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await stubClipboard(t.page, true);
    await t.goto('/?year=2012');
    await t.page.getByRole('button', { name: 'Share', exact: true }).click();
    await dialog(t.page).getByRole('button', { name: 'Copy link' }).click();
    const alert = dialog(t.page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Could not copy.*copy it by hand/);
    const selected = await t.page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
    });
    expect(selected).toBe(`${session.baseUrl}/?year=2012`);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('hands the address to the native share sheet where there is one', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.page.addInitScript(() => {
      const calls: unknown[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: unknown) => Promise.resolve(void calls.push(data)),
      });
    });
    await t.goto(`/events/${EVENT}`);
    // The details cover the page (and its header) on a phone: their own Share button.
    await t.page.getByRole('button', { name: 'Share this event' }).click();
    await dialog(t.page).getByRole('button', { name: 'Share…' }).click();
    await expect
      .poll(() =>
        t.page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls),
      )
      .toEqual([
        {
          title:
            'Central Asia–China gas pipeline inaugurated · China–Turkmenistan Relations Explorer',
          url: `${session.baseUrl}/events/${EVENT}?year=2009`,
        },
      ]);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it.each([
    ['light', DESKTOP],
    ['dark', DESKTOP],
    ['light', PHONE],
    ['dark', PHONE],
  ] as const)(
    'is accessible in the %s theme at %o, with no sideways scroll',
    async (scheme, viewport) => {
      const t = await session.newPage({ viewport });
      await t.page.emulateMedia({ colorScheme: scheme });
      await t.goto('/?year=2012');
      await t.page.getByRole('button', { name: 'Share', exact: true }).click();
      await expect.poll(() => dialog(t.page).isVisible()).toBe(true);
      await expectNoAxeViolations(t.page);
      expect(await overflow(t.page)).toBeLessThanOrEqual(0);
      expect(t.errors).toEqual([]);
      await t.close();
    },
  );
});

describe('the embed addresses', () => {
  // Another site: a page on another origin (another port; a local one, since Chromium lets no
  // public page reach the local network), whose HTML each test sets.
  let hostHtml = '';
  let host: Server;
  let hostUrl = '';
  beforeAll(async () => {
    host = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(hostHtml);
    });
    await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => host.close(() => ok())));

  it('the snippet’s address shows the figure at its year inside another site’s iframe', async () => {
    const t = await session.newPage();
    await stubClipboard(t.page);
    await t.goto('/?year=2012');
    await t.page.getByRole('button', { name: 'Share', exact: true }).click();
    await dialog(t.page).getByRole('radio', { name: 'Pipeline map' }).check();
    await dialog(t.page).getByRole('radio', { name: 'Dark' }).check();
    await dialog(t.page).getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => copied(t.page)).toHaveLength(1);
    const [snippet = ''] = await copied(t.page);
    expect(snippet).toContain(`src="${session.baseUrl}/embed/map?year=2012&amp;theme=dark"`);

    // A page on another origin with the snippet, and a frame of the full explorer beside it.
    hostHtml = `<!doctype html><html lang="en"><title>Host</title><h1>An article</h1>${snippet}
      <iframe src="${session.baseUrl}/?year=2012" title="full"></iframe></html>`;
    expect(hostUrl).not.toBe(session.baseUrl);
    await t.page.goto(`${hostUrl}/article`);
    const frame = t.page.frameLocator('iframe[src*="/embed/map"]');
    await expect
      .poll(() => frame.getByRole('figure', { name: /pipeline/i }).count(), { timeout: 20_000 })
      .toBe(1);
    // The baked page is there at once; its script then applies the address's year and theme.
    await frame.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await expect
      .poll(() => frame.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow'))
      .toBe('2012');
    await expect.poll(() => frame.getByText('Gas sent to China, 2012').count()).toBe(1);
    expect(await frame.locator('html').evaluate((el) => (el as HTMLElement).dataset.theme)).toBe(
      'dark',
    );
    const open = frame.getByRole('link', { name: /Open in the explorer/ });
    expect(await open.getAttribute('href')).toBe('/?year=2012');
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await open.getAttribute('rel')).toBe('noopener');
    // The rest of the app refuses the frame: Chromium shows its error page in it instead.
    await expect
      .poll(() => t.page.frames().some((f) => f.url().startsWith('chrome-error://')), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(await t.page.frameLocator('iframe[title="full"]').locator('#main').count()).toBe(0);
    expect(t.errors.filter((e) => !/frame-ancestors|Refused to (display|frame)/i.test(e))).toEqual(
      [],
    );
    await t.close();
  });

  it('are served with headers that let any site frame them', async () => {
    const response = await fetch(`${session.baseUrl}/embed/trade?year=2012`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/; frame-ancestors \*$/);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  const EMBEDS = [
    ['/embed/trade?year=2012&reporter=mirror', 'figure', /trade/i],
    ['/embed/map?year=2012', 'figure', /pipeline/i],
    ['/embed/energy?year=2012', 'figure', /gas exports/i],
    [`/embed/events/${EVENT}`, 'article', /Central Asia–China gas pipeline inaugurated/],
  ] as const;
  for (const [path, role, name] of EMBEDS)
    it.each([
      ['light', DESKTOP],
      ['dark', PHONE],
      ['dark', DESKTOP],
      ['light', PHONE],
    ] as const)(
      `${path} shows one figure, accessible in the %s theme at %o`,
      async (theme, viewport) => {
        const t = await session.newPage({ viewport });
        await t.goto(`${path}${path.includes('?') ? '&' : '?'}theme=${theme}`);
        expect(await t.page.getByRole(role, { name }).count()).toBe(1);
        // Minimal chrome: no site header, navigation or footer of the app.
        expect(await t.page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
        expect(await t.page.getByRole('link', { name: /Open in the explorer/ }).count()).toBe(1);
        expect(await t.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        if (role === 'figure')
          expect(
            await t.page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow'),
          ).toBe('2012');
        await expectNoAxeViolations(t.page);
        expect(await overflow(t.page)).toBeLessThanOrEqual(0);
        expect(t.errors).toEqual([]);
        await t.close();
      },
    );

  it.each(['/embed/nothing', '/embed/events/no-such-event'])(
    'an unknown figure at %s is "not found"',
    async (path) => {
      const t = await session.newPage();
      await t.goto(path);
      expect(await t.page.getByRole('heading', { level: 1, name: /not found/i }).count()).toBe(1);
      expect(t.errors).toEqual([]);
      await t.close();
    },
  );
});

describe('the phone’s jump bar', () => {
  const bar = (page: Page) => page.getByRole('navigation', { name: 'Jump to' });

  it.each([false, true])(
    'at 375 px, one tap on Events brings the events into view and marks it (reduced motion: %s)',
    async (reducedMotion) => {
      const t = await session.newPage({ viewport: PHONE, reducedMotion });
      if (reducedMotion) {
        // As a reader arrives: the views below are not drawn yet.
        await t.page.goto(`${session.baseUrl}/?year=2012`);
        await t.page.waitForSelector('#main');
      } else await t.goto('/?year=2012');
      expect(await bar(t.page).getByRole('link').allTextContents()).toEqual([
        'Trade',
        'Map',
        'Energy',
        'Events',
      ]);
      expect(
        await bar(t.page).getByRole('link', { name: 'Trade' }).getAttribute('aria-current'),
      ).toBe('location');
      await bar(t.page).getByRole('link', { name: 'Events' }).click();
      const events = bar(t.page).getByRole('link', { name: 'Events' });
      await expect
        .poll(() => events.getAttribute('aria-current'), { timeout: 15_000 })
        .toBe('location');
      expect(await bar(t.page).locator('[aria-current]').count()).toBe(1);
      // The events' box starts just under the sticky year controls and bar, not beneath them.
      await expect
        .poll(
          () =>
            t.page.evaluate(() => {
              const top = document.getElementById('events')!.getBoundingClientRect().top;
              const under = document.querySelector('.jump-bar')!.getBoundingClientRect().bottom;
              return top >= under - 1 && top <= under + 24;
            }),
          { timeout: 15_000 },
        )
        .toBe(true);
      expect(await t.page.getByRole('list', { name: 'Events' }).isVisible()).toBe(true);
      expect(await overflow(t.page)).toBeLessThanOrEqual(0);
      expect(t.errors).toEqual([]);
      await t.close();
    },
  );

  it('is not shown on a desktop', async () => {
    const t = await session.newPage();
    await t.goto('/');
    expect(await bar(t.page).isVisible()).toBe(false);
    await t.close();
  });
});
