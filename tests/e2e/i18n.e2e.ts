import { describe, expect, it } from 'vitest';
import { leftoverEnglish } from './leftoverEnglish';
import { expectNoAxeViolations, searchParams, startBrowser } from './browser';

const session = startBrowser();
/** The charts' own drawing (axis ticks, Recharts' labels) and the energy view, scanned in
 * i18n-views.e2e.ts. */
const CHARTS = ['#energy', '.trade-chart__plot'];

describe.each(['ru', 'zh'] as const)('the explorer in %s', (locale) => {
  const lang = locale === 'zh' ? 'zh-Hans' : 'ru';

  // One page per test: each scan and axe run of a whole page takes a while on a busy machine.
  const openExplorer = async () => {
    const t = await session.newPage();
    await t.goto(`/${locale}?year=2009`);
    await expect.poll(() => t.page.locator('html').getAttribute('lang')).toBe(lang);
    await t.page.locator('.trade-readout').waitFor();
    await t.page.locator('.event-list').waitFor();
    return t;
  };

  it('shows the explorer with no English interface text, axe clean', async () => {
    const t = await openExplorer();
    await t.page.locator('.pipeline-map').scrollIntoViewIfNeeded();
    await t.page.locator('.map-list').waitFor();
    expect(await leftoverEnglish(t.page, { skip: CHARTS })).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens an event from the list in the same language, with no English text, axe clean', async () => {
    const t = await openExplorer();
    // An event, reached by its link in the list (the address keeps the locale).
    await t.page.locator('.event-list a').first().click();
    await expect.poll(() => new URL(t.page.url()).pathname).toMatch(`/${locale}/events/`);
    await t.page.locator('.event-details h2').waitFor();
    expect(await leftoverEnglish(t.page, { skip: CHARTS })).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('says in its own language that a download failed (the code could not be fetched)', async () => {
    const t = await session.newPage();
    await t.page.route(/\/download-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await t.goto(`/${locale}?year=2009`);
    await t.page.locator('.trade-readout').waitFor();
    await t.page.locator('.trade .download-buttons button').first().click();
    const alert = t.page.locator('.trade').getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(
      locale === 'ru' ? /^Похоже, нет подключения к сети/ : /^您似乎处于离线状态/,
    );
    expect(text).not.toMatch(/[A-Za-z]/);
    await t.close();
  });

  it('shows the sources with no English interface text, axe clean', async () => {
    const t = await session.newPage();
    await t.goto(`/${locale}/sources`);
    await t.page.locator('.sources').waitFor();
    expect(await leftoverEnglish(t.page, { skip: CHARTS })).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('switching language', () => {
  it('keeps the year, the open event and the filters; Back returns; unknown prefixes are not found', async () => {
    const t = await session.newPage();
    await t.goto(
      '/events/2009-central-asia-china-gas-pipeline-inaugurated?year=2009&category=energy,pipeline',
    );
    await t.page
      .getByRole('heading', { name: /pipeline/i, level: 2 })
      .first()
      .waitFor();
    await t.page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Русский' })
      .click();
    await expect
      .poll(() => new URL(t.page.url()).pathname)
      .toBe('/ru/events/2009-central-asia-china-gas-pipeline-inaugurated');
    expect(searchParams(t.page)).toMatchObject({ year: '2009', category: 'energy,pipeline' });
    await expect.poll(() => t.page.locator('html').getAttribute('lang')).toBe('ru');
    await t.page.getByRole('link', { name: 'Назад к обозревателю' }).waitFor();
    await t.page
      .getByRole('navigation', { name: 'Язык' })
      .getByRole('link', { name: '中文' })
      .click();
    await expect.poll(() => new URL(t.page.url()).pathname).toMatch(/^\/zh\/events\//);
    await t.page.getByRole('link', { name: '返回浏览器' }).waitFor();
    await expect.poll(() => t.page.title()).toContain('中国—土库曼斯坦关系浏览器');
    await t.page.goBack();
    await expect.poll(() => new URL(t.page.url()).pathname).toMatch(/^\/ru\/events\//);
    await t.page.getByRole('link', { name: 'Назад к обозревателю' }).waitFor();
    await t.page.goBack();
    await expect.poll(() => new URL(t.page.url()).pathname).toMatch(/^\/events\//);
    await t.page.getByRole('link', { name: 'Back to explorer' }).waitFor();
    // The last choice is remembered (suggested, never forced): the English page offers Chinese.
    await t.page
      .getByRole('complementary', { name: 'Language' })
      .getByRole('link', { name: '中文' })
      .waitFor();

    await t.goto('/de/sources');
    await t.page.getByRole('heading', { name: /not found/i }).waitFor();
    expect(new URL(t.page.url()).pathname).toBe('/de/sources');
    await t.goto('/ru/nowhere');
    await t.page.getByRole('heading', { name: 'Страница не найдена' }).waitFor();
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('loads only its own catalog and content', async () => {
    const t = await session.newPage();
    const scripts: string[] = [];
    t.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await t.goto('/zh');
    await t.page.locator('.trade-readout').waitFor();
    expect(scripts.some((s) => /_messages_zh-/.test(s))).toBe(true);
    expect(scripts.some((s) => /_messages_ru-|\/ru-[\w-]+\.js$/.test(s))).toBe(false);
    await t.goto('/');
    await t.page.locator('.trade-readout').waitFor();
    await t.close();
  });
});
