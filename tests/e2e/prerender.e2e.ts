// The baked pages (scripts/vite-prerender.ts): each address arrives as its real first screen, with
// its head tags, before any script runs; the script then hydrates it without a warning.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { rawDataset } from '../../src/data/dataset';
import { formatBcm, formatUsd } from '../../src/data/format';
import { buildModel } from '../../src/data/model';
import { parseDataset } from '../../src/data/validate';
import noscriptEn from '../../src/data/i18n/catalogs/views/en.json';
import noscriptRu from '../../src/data/i18n/catalogs/views/ru.json';
import noscriptZh from '../../src/data/i18n/catalogs/views/zh.json';
import { DATA_FILE } from '../../src/data/publish/files';
import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  PHONE,
  startBrowser,
} from './browser';

const session = startBrowser();

const parsed = parseDataset(rawDataset);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const model = buildModel(parsed.dataset);
const year = model.defaultYear;
const chinaRow = model.dataset.trade.find((r) => r.year === year && r.reporter === 'china');
const EVENT = '2009-central-asia-china-gas-pipeline-inaugurated';
const event = model.eventsById.get(EVENT)!;

/** The HTML the server sends for `path`, as a crawler or a chat preview gets it: no script. */
async function html(path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(inject('baseUrl') + path, { headers: { accept: 'text/html' } });
  return { status: res.status, body: await res.text() };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
/** The page's text: tags dropped, entities read, spaces collapsed. */
function text(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ');
}
const body = (page: string) => page.slice(page.indexOf('<body'));
const head = (page: string) => page.slice(0, page.indexOf('</head>'));
const meta = (page: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(page)?.[1];

/** The content of each `<noscript>` of a page, in order. */
const noscripts = (page: string) =>
  [...body(page).matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!);
const hrefs = (markup: string) => [...markup.matchAll(/ href="([^"]*)"/g)].map((m) => m[1]!);
const dataHref = (file: string) => `/data/${file}`;

/** What each figure drawn by script says without it, and the files it links to. */
const ALTERNATIVES = {
  trade: { text: 'noscript.trade', files: [DATA_FILE.trade, DATA_FILE.totalTrade] },
  map: { text: 'noscript.map', files: [DATA_FILE.pipelines, DATA_FILE.milestones] },
  energy: { text: 'noscript.energy', files: [DATA_FILE.gasExports] },
} as const;
const LOCALES = [
  ['', noscriptEn],
  ['/ru', noscriptRu],
  ['/zh', noscriptZh],
] as const;

describe('baked pages, fetched without running a script', () => {
  it('/ has the heading, the year controls at the default year, the readout and its head', async () => {
    const { status, body: page } = await html('/');
    expect(status).toBe(200);
    const shown = text(body(page));
    expect(shown).toContain('China–Turkmenistan Relations Explorer');
    expect(page).toMatch(new RegExp(`class="year-controls__year"[^>]*>${year}<`));
    expect(page).toMatch(/<input[^>]*type="range"/);
    expect(chinaRow).toBeDefined();
    expect(shown).toContain(
      `China’s exports to Turkmenistan, ${year} ${formatUsd(chinaRow?.exportsUsd)}`,
    );
    expect(shown).toContain(`China’s imports from Turkmenistan, ${year}`);
    // The event list, with an event of that year.
    const ofYear = model.eventsByYear.get(year)?.[0];
    if (ofYear) expect(shown).toContain(ofYear.title);
    expect(page).toContain('<title>China–Turkmenistan Relations Explorer</title>');
    expect(page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/" \/>/);
    expect(meta(page, 'og:title')).toContain(String(year));
    expect(meta(page, 'og:image')).toMatch(/^https?:\/\/.+\/og-image\.png$/);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(page).toContain('data-prerendered="/"');
  });

  it("an event's address has its title and summary, in the page and in its head", async () => {
    const { status, body: page } = await html(`/events/${EVENT}`);
    expect(status).toBe(200);
    const shown = text(body(page));
    expect(shown).toContain(event.title);
    expect(shown).toContain(event.summary);
    expect(text(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '')).toBe(
      `${event.title} · China–Turkmenistan Relations Explorer`,
    );
    expect(text(meta(page, 'og:title') ?? '')).toBe(event.title);
    expect(text(meta(page, 'og:description') ?? '')).toBe(
      event.summary.length <= 200 ? event.summary : expect.any(String),
    );
    expect(meta(page, 'og:type')).toBe('article');
    expect(page).toMatch(new RegExp(`<link rel="canonical" href="[^"]+/events/${EVENT}" />`));
  });

  it('/sources lists the sources, with its own head', async () => {
    const { status, body: page } = await html('/sources');
    expect(status).toBe(200);
    const shown = text(body(page));
    expect(shown).toContain('Sources');
    const source = model.dataset.sources[0]!;
    expect(shown).toContain(source.title);
    expect(page).toContain('<title>Sources · China–Turkmenistan Relations Explorer</title>');
    expect(meta(page, 'description')).toBeTruthy();
  });

  it('each embed address has its figure: the heading, the year and the readout', async () => {
    const gas = model.gasByYear.get(year);
    const figures: [string, string, string[]][] = [
      [
        'trade',
        'China–Turkmenistan trade',
        ['Trade between China and Turkmenistan', `China’s exports to Turkmenistan, ${year}`],
      ],
      [
        'map',
        'Central Asia–China gas pipeline',
        ['Central Asia–China gas pipeline', `Gas sent to China, ${year} ${formatBcm(gas?.bcm)}`],
      ],
      [
        'energy',
        'Turkmenistan’s gas exports by destination',
        ['Turkmenistan’s gas exports by destination', `${year}:`, 'bcm exported by pipeline'],
      ],
    ];
    for (const [figure, title, readout] of figures) {
      const { status, body: page } = await html(`/embed/${figure}`);
      expect(status, figure).toBe(200);
      const shown = text(body(page));
      for (const line of readout) expect(shown, figure).toContain(line);
      // The figure itself, not the panel that waits for its code.
      for (const waiting of ['the figure…', 'the map…', 'the gas exports…'])
        expect(shown, figure).not.toContain(`Loading ${waiting}`);
      expect(page, figure).toMatch(new RegExp(`class="embed__year-value"[^>]*>${year}<`));
      expect(page, figure).toMatch(/<input[^>]*type="range"/);
      expect(page).toContain(`<title>${title} · China–Turkmenistan Relations Explorer</title>`);
      expect(meta(page, 'og:title'), figure).toBe(title);
      expect(page).toContain(`data-prerendered="/embed/${figure}"`);
    }
    const { body: page } = await html(`/embed/events/${EVENT}`);
    const shown = text(body(page));
    expect(shown).toContain(event.title);
    expect(shown).toContain(event.summary);
    expect(text(meta(page, 'og:title') ?? '')).toBe(event.title);
    // The embed's canonical page is the explorer's, so the sitemap lists no embed address.
    expect(page).toMatch(new RegExp(`<link rel="canonical" href="[^"]+/events/${EVENT}" />`));
    expect((await html('/sitemap.xml')).body).not.toContain('/embed/');
  });

  it("gives each figure drawn by script an alternative without it, in the page's language", async () => {
    const linked = new Set<string>();
    for (const [prefix, words] of LOCALES) {
      const pages: [string, (keyof typeof ALTERNATIVES)[]][] = [
        [prefix || '/', ['trade', 'map', 'energy']],
        [`${prefix}/embed/trade`, ['trade']],
        [`${prefix}/embed/energy`, ['energy']],
        // The map is baked whole (its lines are drawn on the server): it needs no alternative.
        [`${prefix}/embed/map`, []],
      ];
      for (const [path, figures] of pages) {
        const { status, body: page } = await html(path);
        expect(status, path).toBe(200);
        const blocks = noscripts(page);
        expect(blocks.length, path).toBe(figures.length);
        figures.forEach((figure, i) => {
          const { text: id, files } = ALTERNATIVES[figure];
          expect(text(blocks[i]!), `${path} ${figure}`).toContain(words[id]);
          expect(hrefs(blocks[i]!), `${path} ${figure}`).toEqual([
            ...files.map(dataHref),
            `${prefix}/sources#data`,
          ]);
        });
        for (const block of blocks) hrefs(block).forEach((href) => linked.add(href));
        // The page-wide English line is gone: each figure says so in place, in its language.
        expect(page, path).not.toContain('This explorer needs JavaScript');
      }
    }
    // Every linked file is published, and every linked page baked.
    for (const href of linked) {
      const res = await fetch(inject('baseUrl') + href);
      expect(res.status, href).toBe(200);
      const content = await res.text();
      if (href.startsWith('/data/')) expect(content.length, href).toBeGreaterThan(100);
      else expect(content, href).toContain('id="data"');
    }
  });

  it('has no inline script: every script is a file of this origin', async () => {
    for (const path of ['/', `/events/${EVENT}`, '/sources', '/claims', '/story']) {
      const scripts = (await html(path)).body.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toMatch(/ src="\/assets\//);
      expect(head((await html(path)).body)).toContain('http-equiv="Content-Security-Policy"');
    }
  });

  it('lists every address in sitemap.xml, which robots.txt names; 404.html says not found', async () => {
    const sitemap = (await html('/sitemap.xml')).body;
    for (const e of model.events) expect(sitemap).toContain(`/events/${e.id}</loc>`);
    expect(sitemap).toContain('/sources</loc>');
    expect((await html('/robots.txt')).body).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
    const notFound = (await html('/404.html')).body;
    expect(text(body(notFound))).toContain('Page not found');
    expect(meta(notFound, 'robots')).toBe('noindex');
  });
});

describe('baked pages in Russian and Chinese, fetched without running a script', () => {
  it('/ru and /zh are baked in their language, with <html lang> and hreflang links', async () => {
    for (const [path, lang, heading] of [
      ['/ru', 'ru', 'Торговля между Китаем и Туркменистаном'],
      ['/zh', 'zh-Hans', '中国与土库曼斯坦的贸易'],
    ] as const) {
      const { status, body: page } = await html(path);
      expect(status, path).toBe(200);
      expect(page, path).toContain(`<html lang="${lang}">`);
      expect(text(body(page)), path).toContain(heading);
      expect(page, path).toContain(`data-prerendered="${path}"`);
      expect(page).toMatch(new RegExp(`<link rel="canonical" href="[^"]+${path}" />`));
      for (const tag of ['en', 'ru', 'zh-Hans'])
        expect(page, path).toMatch(new RegExp(`<link rel="alternate" hreflang="${tag}" href=`));
    }
  });

  it("a Russian event page has the event's Russian title in the page and its head", async () => {
    const { status, body: page } = await html(`/ru/events/${EVENT}`);
    expect(status).toBe(200);
    const title = text(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '');
    expect(title).not.toContain(event.title);
    expect(title).toMatch(/[А-Яа-я]/);
    const shareTitle = text(meta(page, 'og:title') ?? '');
    expect(text(body(page))).toContain(shareTitle);
    expect(meta(page, 'og:locale')).toBe('ru_RU');
  });

  it('sends an address with a trailing slash to its baked page, keeping the query', async () => {
    for (const [from, to] of [
      ['/zh/', '/zh'],
      ['/ru/', '/ru'],
      ['/story/?year=2010', '/story?year=2010'],
      [`/ru/events/${EVENT}/`, `/ru/events/${EVENT}`],
    ] as const) {
      const res = await fetch(inject('baseUrl') + from, { redirect: 'manual' });
      expect(res.status, from).toBe(301);
      expect(res.headers.get('location'), from).toBe(to);
    }
    // Followed, `/zh/` is the Chinese page, not the English one a host would serve for it.
    const res = await fetch(inject('baseUrl') + '/zh/', { headers: { accept: 'text/html' } });
    expect(new URL(res.url).pathname).toBe('/zh');
    expect(await res.text()).toContain('<html lang="zh-Hans">');
  });

  it('lists the locale pages in the sitemap', async () => {
    const sitemap = (await html('/sitemap.xml')).body;
    expect(sitemap).toContain(`/ru/events/${EVENT}</loc>`);
    expect(sitemap).toContain('/zh/sources</loc>');
  });
});

describe('baked pages, with JavaScript off', () => {
  const off = startBrowser({ javaScript: false });

  /**
   * axe on `page` as it is without script. axe needs timers, which never fire with script off:
   * it runs on a copy of the page in a page that runs scripts, with what was hidden left out and
   * the `<noscript>` content, which a browser that runs scripts reads as text, as real elements.
   */
  async function expectNoAxeViolationsWithoutScript(page: Page) {
    const markup = await page.evaluate(() => {
      for (const el of document.body.querySelectorAll('*'))
        if (getComputedStyle(el).display === 'none') el.setAttribute('data-hidden-without-js', '');
      return document.documentElement.outerHTML;
    });
    const copy = await session.newPage();
    await copy.page.goto(`${session.baseUrl}/robots.txt`);
    await copy.page.setContent(
      markup
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<(\/?)noscript>/g, '<$1div>'),
    );
    await copy.page.evaluate(() =>
      document.querySelectorAll('[data-hidden-without-js]').forEach((el) => el.remove()),
    );
    expect(await copy.page.locator('.noscript-figure').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(copy.page);
    await copy.close();
  }

  it("show each figure's alternative in place of its busy placeholder, at both widths", async () => {
    for (const path of ['/', '/zh']) {
      for (const viewport of [DESKTOP, PHONE]) {
        const t = await off.newPage({ viewport });
        await t.goto(path);
        const where = `${path} ${viewport.width}`;
        const alternatives = t.page.locator('.noscript-figure');
        expect(await alternatives.count(), where).toBe(3);
        for (const alternative of await alternatives.all())
          expect(await alternative.isVisible(), where).toBe(true);
        // No placeholder says "Loading…" for ever, and no bar says the script failed to load.
        const shown = await t.page.evaluate(() => ({
          busy: [...document.querySelectorAll('[aria-busy="true"]')].filter(
            (el) => el.getClientRects().length > 0,
          ).length,
          stalled: getComputedStyle(document.querySelector('.boot-stalled')!).display,
        }));
        expect(shown, where).toEqual({ busy: 0, stalled: 'none' });
        await expectNoHorizontalScroll(t.page);
        if (viewport === DESKTOP) await expectNoAxeViolationsWithoutScript(t.page);
        expect(t.errors, where).toEqual([]);
        await t.close();
      }
    }
  });

  it("its links download the figure's data and open the sources page's data", async () => {
    for (const [path, allData, heading] of [
      ['/', 'All data files and how to cite', 'Data and how to cite'],
      ['/zh', '全部数据文件及引用方式', '数据及引用方式'],
    ] as const) {
      const t = await off.newPage();
      await t.goto(path);
      const download = t.page.waitForEvent('download');
      await t.page.getByRole('link', { name: DATA_FILE.pipelines, exact: true }).click();
      expect((await download).suggestedFilename(), path).toBe(DATA_FILE.pipelines);
      await t.page.getByRole('link', { name: allData }).first().click();
      await t.page.waitForURL(`**${path === '/' ? '' : path}/sources#data`);
      expect(await t.page.getByRole('heading', { name: heading }).isVisible(), path).toBe(true);
      expect(t.errors, path).toEqual([]);
      await t.close();
    }
  });
});

describe('baked pages, with their script', () => {
  it('hydrate the server HTML in place, with no warning or error', async () => {
    const embeds = ['/embed/trade', '/embed/map', '/embed/energy', `/embed/events/${EVENT}`];
    for (const path of [
      '/',
      `/events/${EVENT}`,
      '/sources',
      '/claims',
      '/story',
      ...embeds,
      '/ru',
      `/ru/events/${EVENT}`,
      '/zh/sources',
      '/ru/embed/map',
    ]) {
      const t = await session.newPage();
      // Hold the app's script back, mark a baked element, then let it run: hydrating keeps the
      // element (a fresh render would replace it).
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await t.page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const loaded = t.page.goto(session.baseUrl + path, { waitUntil: 'commit' });
      await t.page.waitForSelector('#main', { state: 'attached' });
      // The script is held: the page is the baked HTML alone.
      expect(await t.page.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(
        false,
      );
      await t.page.evaluate(() => {
        document.querySelector('#main')!.setAttribute('data-baked', 'yes');
      });
      release();
      await loaded;
      await t.page.waitForSelector('html[data-ready]', { state: 'attached' });
      expect(await t.page.locator('#main').getAttribute('data-baked'), path).toBe('yes');
      await t.page.waitForTimeout(300);
      expect(t.errors, path).toEqual([]);
      await t.close();
    }
  });

  it('an address with a query opens the baked page, then shows what the query asks', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2010');
    await expect.poll(() => t.page.locator('.year-controls__year').textContent()).toBe('2010');
    await expect
      .poll(() => t.page.getByText('China’s exports to Turkmenistan, 2010').count())
      .toBe(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('an unknown address shows the not-found page, with no error', async () => {
    const t = await session.newPage();
    await t.goto('/no/such/page');
    await t.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await t.page.title()).toBe('Page not found · China–Turkmenistan Relations Explorer');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
