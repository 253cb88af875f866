import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, foreignRequests, PHONE, startBrowser } from './browser';

const session = startBrowser();

type Expectation =
  | { kind: 'explorer'; search: string }
  | { kind: 'event'; path: string; title: RegExp; year?: string }
  | { kind: 'event-not-found' }
  | { kind: 'not-found' }
  | { kind: 'sources' };

const LINE_C = '/events/2014-line-c-starts-flowing';
const explorer = (search = ''): Expectation => ({ kind: 'explorer', search });

/** Hand-edited and broken addresses, and what each must give. */
const BAD_INPUTS: [string, Expectation][] = [
  ['/?year=abc', explorer()],
  ['/?year=', explorer()],
  ['/?year', explorer()],
  ['/?year=-1', explorer('?year=1991')],
  ['/?year=0', explorer('?year=1991')],
  ['/?year=99999999999999999999', explorer()],
  ['/?year=999999', explorer('?year=2025')],
  ['/?year=2010.5', explorer()],
  ['/?year=1e3', explorer()],
  ['/?year=0x7DA', explorer()],
  ['/?year=%20%202010%20', explorer('?year=2010')],
  ['/?year=2010&year=1999', explorer('?year=2010')],
  ['/?year=%E0%A4%A', explorer()],
  ['/?year=<script>alert(1)</script>', explorer()],
  ['/?reporter=', explorer()],
  ['/?reporter=MIRROR', explorer('?reporter=mirror')],
  ['/?reporter=russia', explorer()],
  ['/?reporter=mirror&reporter=china', explorer('?reporter=mirror')],
  ['/?scale=LOG', explorer('?scale=log')],
  ['/?scale=logarithmic', explorer()],
  ['/?scale=', explorer()],
  ['/?category=sports', explorer()],
  ['/?category=energy,sports', explorer('?category=energy')],
  ['/?category=', explorer()],
  ['/?category=,,,', explorer()],
  ['/?category=ENERGY', explorer('?category=energy')],
  ['/?category=security&category=energy', explorer('?category=energy,security')],
  ['/?q=', explorer()],
  ['/?q=%', explorer('?q=%25')],
  ['/?%=%&&&=', explorer()],
  ['/?year=2010&unknown=1', explorer('?year=2010')],
  [`/?q=${'gas'.repeat(400)}`, explorer(`?q=${'gas'.repeat(400).slice(0, 200)}`)],
  [
    '/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    explorer('?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E'),
  ],
  [
    '/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    explorer('?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E'),
  ],
  [LINE_C, { kind: 'event', path: LINE_C, title: /Line C starts flowing/ }],
  [`${LINE_C}/`, { kind: 'event', path: `${LINE_C}/`, title: /Line C starts flowing/ }],
  // The address's year is honoured beside an open event (clamped like anywhere else).
  [`${LINE_C}?year=1800`, { kind: 'event', path: LINE_C, title: /Line C/, year: '1991' }],
  [`${LINE_C}?year=2017`, { kind: 'event', path: LINE_C, title: /Line C/, year: '2017' }],
  [`${LINE_C}?year=abc`, { kind: 'event', path: LINE_C, title: /Line C/ }],
  [
    '/EVENTS/2014-line-c-starts-flowing',
    { kind: 'event', path: '/EVENTS/2014-line-c-starts-flowing', title: /Line C/ },
  ],
  ['/events/2014-LINE-C-STARTS-FLOWING', { kind: 'event-not-found' }],
  ['/events/no-such-event', { kind: 'event-not-found' }],
  ['/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E', { kind: 'event-not-found' }],
  [`/events/${'x'.repeat(3000)}`, { kind: 'event-not-found' }],
  ['/events/', { kind: 'not-found' }],
  ['/sources/', { kind: 'sources' }],
  ['/SOURCES', { kind: 'sources' }],
  ['/sources?year=abc', { kind: 'sources' }],
  ['/nowhere', { kind: 'not-found' }],
  ['/events/2014-line-c-starts-flowing/extra', { kind: 'not-found' }],
  ['//double//slashes', { kind: 'not-found' }],
  // Malformed fragments on the sources page.
  ['/sources#%E0%A4%A', { kind: 'sources' }],
  ['/sources#%', { kind: 'sources' }],
  ['/sources#%%%', { kind: 'sources' }],
  ['/sources#IMF_DOTS_CHN', { kind: 'sources' }],
  ['/sources#<img%20src=x%20onerror=alert(1)>', { kind: 'sources' }],
  // Paths that would read as another host (`//host/…`) once rewritten, with tracking parameters.
  ['//sources?fbclid=abc', { kind: 'sources' }],
  ['//sources', { kind: 'sources' }],
  ['///sources?utm_source=x', { kind: 'sources' }],
  ['/\\sources?fbclid=abc', { kind: 'sources' }],
  ['/\\/sources?year=abc', { kind: 'sources' }],
  [`/${LINE_C}?fbclid=x`, { kind: 'event', path: LINE_C, title: /Line C/ }],
  ['///host/?year=abc', { kind: 'not-found' }],
  ['//evil.example/?year=abc', { kind: 'not-found' }],
  ['//?year=2010&fbclid=1', explorer('?year=2010')],
  ['///?q=gas&fbclid=1', explorer('?q=gas')],
  // Long text cut on whole characters, never inside an emoji.
  [`/?q=a${'😀'.repeat(150)}`, explorer(`?${new URLSearchParams({ q: `a${'😀'.repeat(99)}` })}`)],
  [`/?q=a${'👨‍👩‍👧'.repeat(40)}`, explorer(`?${new URLSearchParams({ q: `a${'👨‍👩‍👧'.repeat(24)}` })}`)],
  [`/events/a${'😀'.repeat(60)}`, { kind: 'event-not-found' }],
];

/** The page's address never leaves the app's origin nor reads as another host. */
async function expectOwnAddress(page: Page, baseUrl: string) {
  const url = new URL(page.url());
  expect(url.origin).toBe(new URL(baseUrl).origin);
  expect(url.pathname).not.toMatch(/^\/[/\\]/);
  expect(page.url()).not.toContain('%EF%BF%BD');
  // No half of an emoji (a lone surrogate) nor a replacement character on the page.
  const broken = await page.evaluate(() =>
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/.test(
      document.body.innerText,
    ),
  );
  expect(broken).toBe(false);
}

describe('bad input: every hand-edited address gives a default or a clear message', () => {
  it.each(BAD_INPUTS)('%s', async (path, expected) => {
    const t = await session.newPage();
    const dialogs: string[] = [];
    t.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await t.goto(path);
    const { page } = t;
    const slider = page.getByRole('slider', { name: 'Year' });
    switch (expected.kind) {
      case 'explorer':
        await expect.poll(() => slider.count()).toBe(1);
        await expect.poll(() => new URL(page.url()).search).toBe(expected.search);
        break;
      case 'event':
        await expect
          .poll(() => page.getByRole('heading', { name: expected.title }).count())
          .toBe(1);
        await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe(expected.year ?? '2014');
        break;
      case 'event-not-found':
        await expect.poll(() => page.getByRole('heading', { name: /not found/i }).count()).toBe(1);
        await expect
          .poll(() => page.getByRole('link', { name: /back to explorer/i }).count())
          .toBe(1);
        break;
      case 'not-found':
        await expect
          .poll(() => page.getByRole('heading', { level: 1, name: /not found/i }).count())
          .toBe(1);
        break;
      case 'sources':
        await expect
          .poll(() => page.getByRole('heading', { level: 1, name: 'Sources' }).count())
          .toBe(1);
        break;
    }
    // The rest of the page keeps working: the year can still be moved where there is a slider.
    if ((await slider.count()) === 1) {
      await slider.focus();
      const before = Number(await slider.getAttribute('aria-valuenow'));
      await page.keyboard.press(before > 1991 ? 'ArrowLeft' : 'ArrowRight');
      await expect
        .poll(async () => Number(await slider.getAttribute('aria-valuenow')))
        .not.toBe(before);
    }
    await expectOwnAddress(page, session.baseUrl);
    expect(dialogs).toEqual([]);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('malformed fragments reached while on the sources page', () => {
  it.each(['%E0%A4%A', '%', '%ZZ', 'IMF_DOTS_CHN'])('#%s', async (hash) => {
    const t = await session.newPage();
    await t.goto('/sources');
    await t.page.evaluate((h) => (location.hash = h), hash);
    await t.page.waitForTimeout(200);
    await expect
      .poll(() => t.page.getByRole('heading', { level: 1, name: 'Sources' }).count())
      .toBe(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('malformed percent-encoding reached inside the app', () => {
  // A static host may refuse such an address outright (vite preview answers 400); when the app
  // is already running and the address changes under it, the app itself must cope.
  it.each(['/events/%E0%A4%A', '/%E0%A4%A', '/events/%'])('%s', async (path) => {
    const t = await session.newPage();
    await t.goto('/');
    await t.page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect.poll(() => t.page.getByRole('heading', { name: /not found/i }).count()).toBe(1);
    // React Router itself warns that it could not decode the path; nothing else may be logged.
    expect(t.errors.filter((e) => !e.includes('could not be decoded'))).toEqual([]);
    await t.close();
  });
});

describe('offline and private', () => {
  it('makes no request to any host but its own through a whole journey', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2009');
    const slider = t.page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    for (let i = 0; i < 5; i += 1) await t.page.keyboard.press('ArrowRight');
    await t.page.getByRole('list', { name: 'Events' }).getByRole('link').first().click();
    await expect.poll(() => new URL(t.page.url()).pathname).toMatch(/^\/events\//);
    await t.page.goto(`${session.baseUrl}/sources`);
    await t.page.waitForLoadState('networkidle');
    expect(t.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(t, session.baseUrl)).toEqual([]);
    await t.close();
  });

  it('ships a Content-Security-Policy with no inline script and no other origin', async () => {
    const t = await session.newPage();
    await t.goto('/');
    const csp = await t.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens every external link with rel="noopener noreferrer"', async () => {
    const t = await session.newPage();
    for (const path of ['/sources', LINE_C, '/']) {
      await t.goto(path);
      const rels = await t.page.$$eval('a[href^="http"]', (links) =>
        links.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`),
      );
      if (path === '/sources') expect(rels.length).toBeGreaterThan(80);
      for (const rel of rels) expect(rel).toBe('_blank noopener noreferrer');
    }
    await t.close();
  });
});

describe('accessibility in both themes and at both widths', () => {
  const pages = ['/', LINE_C, '/sources', '/nowhere'];
  const combos = (['light', 'dark'] as const).flatMap((theme) =>
    (
      [
        ['1440', DESKTOP],
        ['375', PHONE],
      ] as const
    ).flatMap(([width, viewport]) => pages.map((path) => ({ theme, width, viewport, path }))),
  );
  it.each(combos)(
    'axe finds no violations on $path ($theme, $width px)',
    async ({ theme, viewport, path }) => {
      const t = await session.newPage({ viewport });
      await t.page.emulateMedia({ colorScheme: theme });
      await t.goto(path);
      await t.page.waitForTimeout(200);
      await expectNoAxeViolations(t.page);
      expect(t.errors).toEqual([]);
      await t.close();
    },
    120_000,
  );

  it('remembers the theme chosen with the toggle', async () => {
    const t = await session.newPage();
    await t.page.emulateMedia({ colorScheme: 'light' });
    await t.goto('/');
    const toggle = t.page.getByRole('button', { name: 'Dark theme' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect
      .poll(() => t.page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await t.page.reload();
    await expect
      .poll(() => t.page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'))
      .toBe('true');
    const background = await t.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(16, 20, 24)');
    await t.page.getByRole('button', { name: 'Dark theme' }).click();
    await t.close();
  });

  it('keeps focus visible on every control reached with Tab', async () => {
    const t = await session.newPage();
    await t.goto('/');
    for (let i = 0; i < 25; i += 1) {
      await t.page.keyboard.press('Tab');
      const outline = await t.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
          ? 'visible'
          : `${el.tagName} has no outline`;
      });
      expect(outline).not.toMatch(/no outline/);
    }
    await t.close();
  });
});

describe('failures', () => {
  it('shows a reload button when a lazily loaded view cannot be fetched, and the rest works', async () => {
    const t = await session.newPage();
    await t.page.route(/PipelineMap-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await t.page.goto(`${session.baseUrl}/?year=2010`);
    // The map is drawn when it comes into view.
    await t.page
      .getByRole('heading', { name: 'Central Asia–China gas pipeline' })
      .scrollIntoViewIfNeeded();
    const alert = t.page
      .getByRole('alert')
      .filter({ hasText: 'The pipeline map could not be shown' });
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => alert.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    const slider = t.page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2011');
    await expect.poll(() => t.page.getByRole('list', { name: 'Events' }).count()).toBe(1);
    await t.close();
  });
});
