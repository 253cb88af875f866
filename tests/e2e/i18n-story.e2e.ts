// The story, the share dialog, the embed page and the jump bar in Russian and Chinese (issue 13):
// no leftover English interface text, the keys still turn the chapters, axe clean.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';
import story from '../../src/data/raw/story.json';
import { PHONE, expectNoAxeViolations, startBrowser } from './browser';

const session = startBrowser();
const content = { ru, zh } as const;
const chapterTitle = (locale: 'ru' | 'zh', id: string) =>
  (content[locale].story.chapters as Record<string, { title: string }>)[id]!.title;
const pathname = (page: Page) => new URL(page.url()).pathname;

/** A word in Latin letters (inner hyphens and apostrophes included). */
const LATIN_WORD = /[A-Za-z][A-Za-z’'-]*[A-Za-z]/g;
/** Latin words the translators kept in the content (IMF, DOTS, CNPC, file paths, titles…). */
const contentLatin = new Set(
  JSON.stringify([ru, zh])
    .match(LATIN_WORD)
    ?.map((w) => w.toLowerCase()) ?? [],
);
/** Titles of works and licences, written as their owners wrote them (the footer's credits). */
const TITLES = [
  'Direction of Trade Statistics',
  'Statistical Review of World Energy',
  'Energy Institute',
  'Global Energy Monitor',
  'Global Gas Infrastructure Tracker',
  'China–Turkmenistan relations',
  'CC BY-SA',
  'Natural Earth',
];
/** Words that are the same in every language: formats, units, codes. */
const SAME_EVERYWHERE = new Set(['csv', 'svg', 'png', 'zip', 'bibtex', 'readme', 'fob', 'cif']);

/**
 * The English words left in what the page shows, outside what may stay English: source ids,
 * addresses, the article's quoted words, texts marked `lang="en"` (publishers, credit lines,
 * the suggestion of English), code, the energy view (not yet translated) and the content
 * translators' own Latin words.
 */
async function leftoverEnglish(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skip =
      '[lang="en"], q, code, pre, kbd, textarea, .source-ref, .source__id, .data-version, #energy, .recharts-wrapper, svg, [aria-hidden="true"], .language-switcher, a[href^="http"], a[href^="/data/"]';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest(skip) || !el.checkVisibility()) continue;
      out.push(node.textContent ?? '');
    }
    return out;
  });
  const isEnglish = (w: string) =>
    w.length > 1 &&
    !/^[A-Z0-9_]+$/.test(w) &&
    !contentLatin.has(w.toLowerCase()) &&
    !SAME_EVERYWHERE.has(w.toLowerCase());
  // Each text that still holds an English word, shortened: the test's message says where.
  return texts
    .map((text) => TITLES.reduce((rest, title) => rest.replaceAll(title, ' '), text))
    .map((text) => text.replace(/https?:\/\/\S+/g, ' ').trim())
    .filter((text) => (text.match(LATIN_WORD) ?? []).some(isEnglish))
    .map((text) => text.slice(0, 80));
}

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
    expect(await leftoverEnglish(t.page)).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(await t.page.title()).toContain(chapterTitle(locale, first));

    const index = story.chapters.findIndex((c) => c.id === first);
    const next = story.chapters[index + 1]!;
    await expect.poll(() => region.evaluate((el) => el === document.activeElement)).toBe(true);
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => pathname(t.page)).toBe(`/${locale}/story/${next.id}`);
    await t.page.getByRole('region', { name: chapterTitle(locale, next.id) }).waitFor();
    expect(await leftoverEnglish(t.page)).toEqual([]);
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
    expect(await leftoverEnglish(t.page)).toEqual([]);
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
    expect(await leftoverEnglish(t.page)).toEqual([]);
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
