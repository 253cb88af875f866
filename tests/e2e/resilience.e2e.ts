import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, searchParams, startBrowser } from './browser';

// Failures, keyboard paths and state that a hostile or unlucky reader meets (issue 17): each test
// here failed before its fix.
const session = startBrowser();

// A test that takes the network away gives it back even when it fails.
afterEach(async () => {
  await session.context?.setOffline(false);
});

const LINE_C = '/events/2014-line-c-starts-flowing';
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const pathname = (page: Page) => new URL(page.url()).pathname;

describe('failed or slow code: a message in the page, never a blank one', () => {
  it('shows the baked first screen when the entry chunk fails, then a reload message', async () => {
    const t = await session.newPage();
    await t.page.route(/\/assets\/index-[^/]*\.js$/, (route) =>
      route.abort('internetdisconnected'),
    );
    await t.page.goto(`${session.baseUrl}/?year=2010`);
    // The baked page shows its first screen without its script…
    const root = t.page.locator('#root');
    await expect.poll(() => root.textContent()).toMatch(/China–Turkmenistan Relations Explorer/);
    await expect.poll(() => root.textContent()).toMatch(/China’s exports to Turkmenistan/);
    // …and, as the script never runs, says so and offers a reload.
    const reload = t.page.getByRole('link', { name: 'Reload the page' });
    await expect.poll(() => reload.isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => t.page.getByText(/could not be loaded/).isVisible()).toBe(true);
    await t.close();
  });

  it("says it in the page's language when the entry chunk fails on a Russian page", async () => {
    const t = await session.newPage();
    await t.page.route(/\/assets\/index-[^/]*\.js$/, (route) =>
      route.abort('internetdisconnected'),
    );
    await t.page.goto(`${session.baseUrl}/ru?year=2010`);
    const reload = t.page.getByRole('link', { name: 'Перезагрузить страницу' });
    await expect.poll(() => reload.isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => t.page.getByText(/Обозреватель не загрузился/).isVisible()).toBe(true);
    expect(await t.page.getByText(/could not be loaded/).count()).toBe(0);
    await t.close();
  });

  it('replaces the loading text once the app has mounted', async () => {
    const t = await session.newPage();
    await t.goto('/');
    await expect.poll(() => t.page.locator('#root .boot').count()).toBe(0);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('ships no inline script in the page', async () => {
    const html = await (await fetch(`${session.baseUrl}/`)).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
  });

  it('offers "Reload the page" when the sources page cannot be fetched', async () => {
    const t = await session.newPage();
    await t.page.route(/SourcesPage-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await t.goto('/sources');
    const alert = t.page.getByRole('alert').filter({ hasText: 'could not be shown' });
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    // The header still works.
    await t.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Explorer' })
      .click();
    await expect.poll(() => slider(t.page).count()).toBe(1);
    await t.close();
  });

  it.each([
    ['the chart library', /TradeChart-[^/]*\.js$/],
    ['d3-array', /d3-array-[^/]*\.js$/],
  ])('fails only the chart box when %s cannot be fetched', async (_, pattern) => {
    const t = await session.newPage();
    await t.page.route(pattern, (route) => route.abort('internetdisconnected'));
    await t.goto('/?year=2020');
    const figure = t.page.getByRole('figure', { name: /Trade between China and Turkmenistan/ });
    const alert = figure.getByRole('alert').filter({ hasText: 'The chart could not be shown' });
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    // The readout, the controls, the tables and the downloads still work.
    await expect.poll(() => figure.getByText('$6.07 billion').count()).toBeGreaterThan(0);
    await figure.getByRole('button', { name: 'Table' }).click();
    await expect.poll(() => figure.getByRole('table').count()).toBeGreaterThan(1);
    await figure.getByRole('switch', { name: 'Log scale' }).check();
    await expect.poll(() => searchParams(t.page).scale).toBe('log');
    const download = t.page.waitForEvent('download');
    await figure.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await t.close();
  });
});

describe('downloads offline', () => {
  it('fetches the download code while idle, so a CSV downloads after the network is lost', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2020');
    await expect
      .poll(() => t.requests.some((url) => /\/download-[^/]*\.js$/.test(url)), { timeout: 15_000 })
      .toBe(true);
    await session.context.setOffline(true);
    try {
      const download = t.page.waitForEvent('download');
      await t.page
        .getByRole('figure', { name: /trade/i })
        .getByRole('button', { name: 'Download CSV' })
        .click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    } finally {
      await session.context.setOffline(false);
    }
    await t.close();
  });

  it('says in a sentence that the reader appears to be offline when the code cannot be fetched', async () => {
    const t = await session.newPage();
    await t.page.route(/\/download-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await t.goto('/?year=2020');
    await session.context.setOffline(true);
    try {
      await t.page
        .getByRole('figure', { name: /trade/i })
        .getByRole('button', { name: 'Download CSV' })
        .click();
      const alert = t.page.getByRole('alert').filter({ hasText: /offline/ });
      await expect.poll(() => alert.count()).toBe(1);
      const text = await alert.textContent({ timeout: 5_000 });
      expect(text).toMatch(/^You appear to be offline/);
      expect(text).not.toMatch(/dynamically imported|fetch/i);
    } finally {
      await session.context.setOffline(false);
    }
    await t.close();
  });
});

/**
 * Whether the focused element can be seen, a frame after it took focus (as a person sees it):
 * the centre of its first line (of the part within the window, for a tall one) must be in the window and not under the sticky year
 * controls, a sticky year heading or the edge of a scroll box that clips it. (An SVG link's centre
 * may fall beside its line, on the map below it: only what covers it counts there.)
 */
async function coverCheck(): Promise<{ seen: boolean; what: string } | null> {
  // Two frames, or 200 ms should headless Chromium skip frames on a busy machine.
  await new Promise((ok) => {
    const timer = setTimeout(ok, 200);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        ok(undefined);
      }),
    );
  });
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  // The centre of the part within the window (a tall table may reach beyond it).
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, innerHeight);
  const x = box.left + box.width / 2;
  const y = (top + bottom) / 2;
  const inWindow = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  const hit = inWindow ? document.elementFromPoint(x, y) : null;
  const svg = el instanceof SVGElement;
  const coveredBy = (selector: string) => {
    const cover = hit?.closest(selector);
    return cover !== null && cover !== undefined && !cover.contains(el);
  };
  const seen =
    hit !== null &&
    (hit === el ||
      el.contains(hit) ||
      (!coveredBy('.year-controls') &&
        !coveredBy('.event-year__heading') &&
        (svg || !hit.contains(el))));
  const what = `${el.tagName} “${(el.textContent ?? '').trim().slice(0, 40)}” at ${Math.round(y)}`;
  return { seen, what };
}

describe('focus is never hidden under the sticky year controls', () => {
  it.each([
    [1440, 900],
    [375, 740],
    [640, 400],
    [1024, 300],
  ])('Shift+Tab up through the event list at %i×%i', async (width, height) => {
    const t = await session.newPage({ viewport: { width, height } });
    await t.goto('/?year=2010');
    await t.page.getByRole('link', { name: 'All sources' }).focus();
    const hidden: string[] = [];
    let stops = 0;
    for (let i = 0; i < 200; i += 1) {
      await t.page.keyboard.press('Shift+Tab');
      const result = await t.page.evaluate(coverCheck);
      if (!result) break;
      stops += 1;
      if (!result.seen) hidden.push(result.what);
    }
    expect(stops).toBeGreaterThan(60);
    expect(hidden).toEqual([]);
    await t.close();
  });
});

describe('the event details over the page below 960 px', () => {
  it('makes the page behind inert: Tab stays in the details, the tree leaves the page out', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.goto(LINE_C);
    const heading = t.page.getByRole('heading', { level: 2, name: /Line C starts flowing/ });
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const outside: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await t.page.keyboard.press('Tab');
      const where = await t.page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        return el.closest('.explorer__details') ? 'details' : `${el.tagName} ${el.textContent}`;
      });
      if (where !== 'details' && where !== 'body') outside.push(where);
    }
    expect(outside).toEqual([]);
    const cdp = await session.context.newCDPSession(t.page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    const exposed = nodes.filter((n) => !n.ignored);
    const named = (role: string, name: string) =>
      exposed.some((n) => n.role?.value === role && n.name?.value === name);
    expect(named('heading', 'Line C starts flowing')).toBe(true);
    expect(named('slider', 'Year')).toBe(false);
    expect(named('heading', 'Trade between China and Turkmenistan')).toBe(false);
    expect(named('link', 'All sources')).toBe(false);
    await cdp.detach();
    // Closed, the page is live again.
    await t.page.keyboard.press('Escape');
    await expect.poll(() => slider(t.page).count()).toBe(1);
    await slider(t.page).focus();
    await expect
      .poll(() => slider(t.page).evaluate((s) => s === document.activeElement))
      .toBe(true);
    await t.close();
  });

  it('leaves the page live beside the details at 1440 px', async () => {
    const t = await session.newPage({ viewport: DESKTOP });
    await t.goto(LINE_C);
    await slider(t.page).focus();
    await expect
      .poll(() => slider(t.page).evaluate((s) => s === document.activeElement))
      .toBe(true);
    await t.close();
  });
});

describe('the address reproduces what is on screen', () => {
  it('keeps the year stepped to with the details open across a reload', async () => {
    const t = await session.newPage();
    await t.goto(LINE_C);
    const heading = t.page.getByRole('heading', { level: 2, name: /Line C starts flowing/ });
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    for (let i = 0; i < 3; i += 1) await t.page.keyboard.press('.');
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2017');
    await expect.poll(() => searchParams(t.page).year).toBe('2017');
    await t.page.reload();
    await t.page.waitForSelector('#main');
    await expect.poll(() => heading.count()).toBe(1);
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2017');
    await t.page.waitForTimeout(500);
    expect(pathname(t.page)).toBe(LINE_C);
    expect(searchParams(t.page).year).toBe('2017');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('writes the year into an event address even when it is the default year', async () => {
    const t = await session.newPage();
    await t.goto(`${LINE_C}?year=2024`);
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2024');
    await t.page.reload();
    await t.page.waitForSelector('#main');
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2024');
    expect(searchParams(t.page).year).toBe('2024');
    await t.close();
  });
});

describe('closing the details returns to where they were opened', () => {
  const list = (page: Page) => page.getByRole('list', { name: 'Events' });

  it('goes back to the entry that opened them, so Back does not re-open the event', async () => {
    const t = await session.newPage();
    await t.goto('/sources');
    await t.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Explorer' })
      .click();
    await expect.poll(() => slider(t.page).count()).toBe(1);
    await t.page.getByRole('slider', { name: 'Year' }).focus();
    const start = t.page.url();
    await list(t.page)
      .getByRole('link', { name: /Line C starts flowing/ })
      .click();
    await expect.poll(() => pathname(t.page)).toBe(LINE_C);
    await t.page.getByRole('link', { name: 'Next event' }).click();
    await expect.poll(() => pathname(t.page)).not.toBe(LINE_C);
    await t.page.keyboard.press('Escape');
    await expect.poll(() => t.page.url()).toBe(start);
    await expect.poll(() => t.page.locator('.explorer__details').count()).toBe(0);
    await t.page.goBack();
    await expect.poll(() => pathname(t.page)).toBe('/sources');
    await t.page.goForward();
    await expect.poll(() => t.page.url()).toBe(start);
    await expect.poll(() => t.page.locator('.explorer__details').count()).toBe(0);
    // The same with "Back to explorer".
    await list(t.page)
      .getByRole('link', { name: /Line C starts flowing/ })
      .click();
    await expect.poll(() => pathname(t.page)).toBe(LINE_C);
    await t.page.getByRole('link', { name: 'Back to explorer' }).click();
    await expect.poll(() => t.page.url()).toBe(start);
    await t.page.goBack();
    await expect.poll(() => pathname(t.page)).toBe('/sources');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('replaces the entry when the details were the first page', async () => {
    const t = await session.newPage();
    await t.goto(LINE_C);
    const length = await t.page.evaluate(() => history.length);
    await t.page.getByRole('link', { name: 'Back to explorer' }).click();
    await expect.poll(() => pathname(t.page)).toBe('/');
    expect(searchParams(t.page).year).toBe('2014');
    expect(await t.page.evaluate(() => history.length)).toBe(length);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('the theme button agrees with the page', () => {
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const DARK = 'rgb(16, 20, 24)';
  const pressed = (page: Page) =>
    page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed');

  it('follows the system until a choice is made, then keeps the choice', async () => {
    const t = await session.newPage();
    await t.page.emulateMedia({ colorScheme: 'light' });
    await t.goto('/');
    await t.page.evaluate(() => localStorage.clear());
    await t.page.reload();
    await t.page.waitForSelector('#main');
    await expect.poll(() => pressed(t.page)).toBe('false');
    await t.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pressed(t.page)).toBe('true');
    await expect.poll(() => background(t.page)).toBe(DARK);
    await t.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => pressed(t.page)).toBe('false');
    await t.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => pressed(t.page)).toBe('true');
    await t.page.emulateMedia({ colorScheme: 'dark' });
    await t.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => pressed(t.page)).toBe('true');
    await expect.poll(() => background(t.page)).toBe(DARK);
    // The next click does something visible.
    await t.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => pressed(t.page)).toBe('false');
    await expect.poll(() => background(t.page)).not.toBe(DARK);
    await t.page.evaluate(() => localStorage.clear());
    await t.close();
  });

  it('carries a choice to the other open tabs', async () => {
    const a = await session.newPage();
    const b = await session.newPage();
    await a.page.emulateMedia({ colorScheme: 'light' });
    await b.page.emulateMedia({ colorScheme: 'light' });
    await a.goto('/');
    await a.page.evaluate(() => localStorage.clear());
    await b.goto('/sources');
    await expect.poll(() => pressed(b.page)).toBe('false');
    await a.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => pressed(b.page)).toBe('true');
    await expect.poll(() => background(b.page)).toBe(DARK);
    await a.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => pressed(b.page)).toBe('false');
    await expect.poll(() => background(b.page)).not.toBe(DARK);
    await a.page.evaluate(() => localStorage.clear());
    await a.close();
    await b.close();
  });
});

describe('the footer', () => {
  it('opens "All sources" without reloading the app', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2010');
    await t.page.evaluate(() => ((window as unknown as { marker: number }).marker = 17));
    await t.page.getByRole('contentinfo').getByRole('link', { name: 'All sources' }).click();
    await expect
      .poll(() => t.page.getByRole('heading', { level: 1, name: 'Sources' }).count())
      .toBe(1);
    expect(await t.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(17);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('headers that keep other sites from framing the app', () => {
  it.each(['/', '/sources', LINE_C])('vite preview sends them for %s', async (path) => {
    const response = await fetch(session.baseUrl + path);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
