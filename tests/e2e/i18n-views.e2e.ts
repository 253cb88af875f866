import { describe, expect, it } from 'vitest';
import { leftoverEnglish } from './leftoverEnglish';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';
import { expectNoAxeViolations, startBrowser } from './browser';

// The energy view and the claims page in Russian and Chinese: no English interface text left
// (the same scan as i18n.e2e.ts, here over these two views), axe clean, the article's quotes in
// English with the project's translation beside them.

const session = startBrowser();

const FIGURE_NAME = { ru: /экспорт газа/i, zh: /天然气出口/ } as const;
const CLAIMS_HEADING = { ru: /утверждения/i, zh: /说法/ } as const;
const TABLE = { ru: 'Таблица', zh: '表格' } as const;

describe.each(['ru', 'zh'] as const)('the energy view and the claims page in %s', (locale) => {
  it(
    'the energy view, with its tables, has no English interface text and is axe clean',
    { timeout: 180_000 },
    async () => {
      const t = await session.newPage();
      await t.goto(`/${locale}?year=2023`);
      const figure = t.page.getByRole('figure', { name: FIGURE_NAME[locale] });
      await figure.scrollIntoViewIfNeeded();
      // The main chart: the first SVG with role "application", named by its title.
      await figure.getByRole('application').first().waitFor();
      const text = (await figure.locator('.energy-readout').textContent()) ?? '';
      expect(text).toContain(locale === 'ru' ? '39,5 млрд м³' : '395亿立方米');
      expect(text).toMatch(locale === 'ru' ? /Китай 77\s%/ : /中国 ?77%/);
      await figure.getByRole('button', { name: new RegExp(TABLE[locale], 'i') }).click();
      await figure.locator('.energy-tables').waitFor();
      // The article's quotes stay English, with the translation beside them.
      const quote = figure.locator('.energy-claims q[lang="en"]').first();
      await quote.waitFor();
      expect(await figure.locator('.energy-claims .claim-quote__translation').count()).toBe(
        await figure.locator('.energy-claims q').count(),
      );
      expect(await leftoverEnglish(t.page, { root: '#energy' })).toEqual([]);
      await expectNoAxeViolations(t.page);
      expect(t.errors).toEqual([]);
      await t.close();
    },
  );

  it(
    'the claims page has no English interface text, shows the quotes’ translations, axe clean',
    { timeout: 180_000 },
    async () => {
      const t = await session.newPage();
      await t.goto(`/${locale}/claims`);
      await t.page.getByRole('heading', { name: CLAIMS_HEADING[locale], level: 1 }).waitFor();
      const list = t.page.locator('.claims-list');
      await list.waitFor();
      expect(await list.locator(':scope > li').count()).toBe(14);
      const claim = t.page.locator('li#claim-2020-china-exports');
      expect(await claim.locator('q[lang="en"]').textContent()).toContain('445');
      expect(await claim.locator('.claim-quote__translation').textContent()).toContain(
        (locale === 'ru' ? ru : zh).claims['claim-2020-china-exports'].quoteTranslation,
      );
      expect(await leftoverEnglish(t.page, { root: '.claims-page' })).toEqual([]);
      await expectNoAxeViolations(t.page);
      expect(t.errors).toEqual([]);
      await t.close();
    },
  );
});
