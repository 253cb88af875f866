// The story, the share dialog, the embed page and the jump bar in Russian and Chinese (issue 13):
// no leftover English interface text, the keys still turn the chapters, axe clean.
import { describe, expect, it } from 'vitest';
import { leftoverEnglish } from './leftoverEnglish';
import type { Page } from 'playwright-core';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';
import story from '../../src/data/raw/story.json';
import { PHONE, expectNoAxeViolations, startBrowser } from './browser';

const session = startBrowser();
/** The charts' own drawing (axis ticks, Recharts' labels) and the energy view, scanned in
 * i18n-views.e2e.ts. */
const CHARTS = ['#energy', '.trade-chart__plot'];
const content = { ru, zh } as const;
const chapterTitle = (locale: 'ru' | 'zh', id: string) =>
  (content[locale].story.chapters as Record<string, { title: string }>)[id]!.title;
const pathname = (page: Page) => new URL(page.url()).pathname;

describe.each([
  ['ru', story.chapters[0]!.id, ''],
  ['zh', 'partnership-2014', '/partnership-2014'],
] as const)('the story in %s', (locale, first, slug) => {
  it('tells the chapters in the language, turns them with the arrow keys, axe clean', async () => {
    const t = await session.newPage({ reducedMotion: true });
    await t.goto(`/${locale}/story${slug}`);
    await expect.poll(() => pathname(t.page)).toBe(`/${locale}/story/${first}`);
    const region = t.page.getByRole('region', { name: chapterTitle(locale, first) });
    await region.waitFor();
    expect(await leftoverEnglish(t.page, { skip: CHARTS })).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(await t.page.title()).toContain(chapterTitle(locale, first));

    const index = story.chapters.findIndex((c) => c.id === first);
    const next = story.chapters[index + 1]!;
    await expect.poll(() => region.evaluate((el) => el === document.activeElement)).toBe(true);
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => pathname(t.page)).toBe(`/${locale}/story/${next.id}`);
    await t.page.getByRole('region', { name: chapterTitle(locale, next.id) }).waitFor();
    expect(await leftoverEnglish(t.page, { skip: CHARTS })).toEqual([]);
    await t.page.keyboard.press('ArrowLeft');
    await expect.poll(() => pathname(t.page)).toBe(`/${locale}/story/${first}`);
    await region.waitFor();
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('sharing and embedding in the page’s language', () => {
  it('shares the Russian page and gives a Russian embed snippet', async () => {
    const t = await session.newPage();
    await t.goto('/ru?year=2012');
    await t.page.locator('.trade-readout').waitFor();
    await t.page
      .getByRole('banner')
      .getByRole('button', { name: 'Поделиться', exact: true })
      .click();
    const dialog = t.page.getByRole('dialog', { name: 'Поделиться' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Адрес' }).inputValue()).toBe(
      `${session.baseUrl}/ru?year=2012`,
    );
    const snippet = await dialog.getByRole('textbox', { name: 'Код для встраивания' }).inputValue();
    expect(snippet).toContain(`src="${session.baseUrl}/ru/embed/trade?year=2012&amp;`);
    expect(snippet).toContain('title="Торговля Китая и Туркменистана, 2012 · ');
    expect(await leftoverEnglish(t.page, { skip: CHARTS })).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('draws the Chinese embed, its link back to the Chinese explorer', async () => {
    const t = await session.newPage();
    await t.goto('/zh/embed/trade?year=2012&theme=dark');
    await expect.poll(() => t.page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await t.page.locator('.trade-readout').waitFor();
    const open = t.page.getByRole('link', { name: /在浏览器中打开/ });
    expect(await open.getAttribute('href')).toMatch(/^\/zh\?year=2012/);
    expect(await leftoverEnglish(t.page, { skip: CHARTS })).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('the jump bar on a phone, in Russian', () => {
  it('names the views in Russian at 375 px', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.goto('/ru?year=2012');
    const bar = t.page.getByRole('navigation', { name: 'Перейти к' });
    await bar.waitFor();
    for (const name of ['Торговля', 'Карта', 'Газ', 'События'])
      expect(await bar.getByRole('link', { name, exact: true }).count()).toBe(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
