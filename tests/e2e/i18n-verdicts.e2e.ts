import { describe, expect, it } from 'vitest';
import { leftoverEnglish } from './leftoverEnglish';
import { expectNoAxeViolations, expectNoHorizontalScroll, PHONE, startBrowser } from './browser';

// The computed verdict notes in Russian and Chinese (src/data/verdictNotes.ts): on the claims
// page, in the trade claims table and in the energy claims, in the page's language and numbers,
// never the English marked "English only"; the map's country names with them.

const session = startBrowser();

const EXPECTED = {
  ru: {
    englishOnly: 'только по-английски',
    exports: /^445\sмлн\sдолл\. — цифра за 2020 год\.$/,
    tradeNote:
      /^9,72\sмлрд\sдолл\. — цифра за 2012 год; утверждение совпадает с цифрой за 2013 год/,
    country: 'КАЗАХСТАН',
  },
  zh: {
    englishOnly: '仅有英文',
    exports: /^2020年的数据为4\.45亿美元。$/,
    tradeNote: /^2012年的数据为97\.2亿美元；该说法与2013年的数据（100亿美元）相符。$/,
    country: '哈萨克斯坦',
  },
} as const;

describe.each(['ru', 'zh'] as const)('the verdict notes in %s', (locale) => {
  const expected = EXPECTED[locale];

  it(
    'the claims page says every note in the language, no English left, axe clean, fits 375 px',
    { timeout: 180_000 },
    async () => {
      const t = await session.newPage();
      await t.goto(`/${locale}/claims`);
      const notes = t.page.locator('.claims-list .claim__note');
      await notes.first().waitFor();
      expect(await notes.count()).toBe(14);
      expect(await t.page.locator('.claims-list .claim__note .english-only').count()).toBe(0);
      expect(await t.page.locator('.claims-list').innerText()).not.toContain(expected.englishOnly);
      expect(await t.page.locator('#claim-2020-china-exports .claim__note').innerText()).toMatch(
        expected.exports,
      );
      expect(await leftoverEnglish(t.page, { root: '.claims-page' })).toEqual([]);
      await expectNoAxeViolations(t.page);
      expect(t.errors).toEqual([]);
      await t.close();

      const phone = await session.newPage({ viewport: PHONE });
      await phone.goto(`/${locale}/claims`);
      await phone.page.locator('.claims-list .claim__note').first().waitFor();
      await expectNoHorizontalScroll(phone.page);
      expect(phone.errors).toEqual([]);
      await phone.close();
    },
  );

  it(
    'the explorer’s trade claims table, energy claims and map speak the language',
    { timeout: 180_000 },
    async () => {
      const t = await session.newPage();
      await t.goto(`/${locale}/?year=2012`);
      const table = t.page.locator('.trade-claims-table');
      await table.waitFor();
      const row = table.locator('tbody tr').nth(1);
      expect(await row.locator('td').last().innerText()).toMatch(expected.tradeNote);
      expect(await leftoverEnglish(t.page, { root: '.trade-claims-section' })).toEqual([]);
      const energyClaims = t.page.locator('.energy-claims');
      await energyClaims.waitFor();
      expect(await energyClaims.innerText()).not.toContain(expected.englishOnly);
      expect(await leftoverEnglish(t.page, { root: '.energy-claims' })).toEqual([]);
      // The map's labels are drawn in its SVG, which the scan leaves out: read them here.
      const countries = await t.page
        .locator('.map-country-labels text')
        .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(countries).toContain(expected.country);
      expect(countries.join(' ')).not.toMatch(/[A-Za-z]{3,}/);
      expect(await t.page.locator('.map-arrow text').textContent()).not.toMatch(/\bto\b/);
      expect(t.errors).toEqual([]);
      await t.close();
    },
  );
});
