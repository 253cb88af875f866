import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, PHONE, startBrowser } from './browser';

const session = startBrowser();

const figure = (page: Page) => page.getByRole('figure', { name: /gas exports/i });
const readout = (page: Page) => figure(page).locator('.energy-readout');
/** The two charts: SVGs with role "application", each named by its title. */
const mainChart = (page: Page) =>
  figure(page).getByRole('application', { name: /^Turkmenistan’s pipeline gas exports/ });
const useChart = (page: Page) =>
  figure(page).getByRole('application', { name: /^Lines A–D capacity in service/ });

describe('energy view in a real browser', () => {
  it('reads out the selected year and follows the slider, shares only in complete years', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2023');
    await mainChart(t.page).waitFor();
    await expect.poll(() => readout(t.page).textContent()).toContain('2023: 39.5 bcm');
    const list = figure(t.page).getByRole('list', { name: 'Destinations, 2023' });
    expect(await list.textContent()).toContain('China 77%');
    expect(await readout(t.page).textContent()).toContain('probably an estimate carried forward');

    const slider = t.page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await t.page.keyboard.press('Home');
    await expect
      .poll(() => readout(t.page).textContent())
      .toContain('No gas export figures for 1991');
    await slider.fill('2008');
    await expect.poll(() => readout(t.page).textContent()).toContain('2008: 6.5 bcm');
    const text = (await readout(t.page).textContent()) ?? '';
    expect(text).toContain('incomplete');
    expect(text).toContain('Iran 6.5 bcm');
    expect(text).not.toMatch(/\d+%/);
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(t.page).textContent()).toContain('Russia 64%');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('clicking a bar selects its year, on both charts, as on the trade chart', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2023');
    const main = mainChart(t.page);
    await main.waitFor();
    /** The centre of a year's bar: under its tick label, halfway up the plot. */
    const barOf = async (chart: typeof main, year: number) => {
      await chart.scrollIntoViewIfNeeded();
      const tick = chart.locator('text').filter({ hasText: new RegExp(`^${year}$`) });
      const label = (await tick.first().boundingBox())!;
      const box = (await chart.boundingBox())!;
      return { x: label.x + label.width / 2, y: box.y + box.height * 0.75 };
    };
    const slider = t.page.getByRole('slider', { name: 'Year' });
    const b2012 = await barOf(main, 2012);
    await t.page.mouse.click(b2012.x, b2012.y);
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2012');
    await expect.poll(() => readout(t.page).textContent()).toContain('2012:');
    await expect.poll(() => new URL(t.page.url()).searchParams.get('year')).toBe('2012');
    // An incomplete year too (its bars are hatched, drawn under the hatching).
    const b2004 = await barOf(main, 2004);
    await t.page.mouse.click(b2004.x, b2004.y);
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2004');

    const use = useChart(t.page);
    await use.scrollIntoViewIfNeeded();
    const u2018 = await barOf(use, 2018);
    await t.page.mouse.click(u2018.x, u2018.y);
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2018');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('downloads CSV, SVG and PNG through the shared download code', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2020');
    const fig = figure(t.page);
    await mainChart(t.page).waitFor();
    const [csv] = await Promise.all([
      t.page.waitForEvent('download'),
      fig.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('turkmenistan-gas-exports.csv');
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toContain('gas exports by destination');
    expect(lines.some((l) => l.includes('2001-2008 are incomplete'))).toBe(true);
    const header = lines.find((l) => l.startsWith('year,'))!.split(',');
    expect(header.slice(0, 4)).toEqual(['year', 'coverage', 'china_bcm', 'russia_bcm']);
    const row2009 = lines.find((l) => l.startsWith('2009,'))!.split(',');
    expect(row2009[header.indexOf('russia_bcm')]).toBe('10.661');
    expect(row2009[header.indexOf('china_bcm')]).toBe('');
    expect(row2009[header.indexOf('capacity_bcm')]).toBe('15');
    expect(lines.find((l) => l.startsWith('2008,'))).toContain('incomplete');

    const [svg] = await Promise.all([
      t.page.waitForEvent('download'),
      fig.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('gas exports by destination');
    expect(svgText).not.toContain('var(--');
    const [png] = await Promise.all([
      t.page.waitForEvent('download'),
      fig.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  // Two full axe runs: allow them time on a busy two-core machine (as trade.e2e.ts does).
  it(
    'shows the table alternative and is axe clean, on a phone too',
    { timeout: 180_000 },
    async () => {
      for (const viewport of [undefined, PHONE]) {
        const t = await session.newPage(viewport ? { viewport } : {});
        await t.goto('/?year=2014');
        const fig = figure(t.page);
        await mainChart(t.page).waitFor();
        await fig.getByRole('button', { name: 'Table' }).click();
        const table = fig.getByRole('table', { name: /gas exports by destination/i });
        expect(await table.getByRole('row', { name: /^2009/ }).textContent()).toContain(
          '10.7 bcm (64%)',
        );
        expect(await table.getByRole('row', { name: /^2005/ }).textContent()).toContain(
          'not covered',
        );
        await expectNoAxeViolations(t.page);
        const overflow = await t.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(t.errors).toEqual([]);
        await t.close();
      }
    },
  );
});

describe('the article’s claims', () => {
  it('lists every claim with its verdict and links to the view and year', async () => {
    const t = await session.newPage();
    await t.goto('/');
    await t.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Claims' })
      .click();
    await t.page.getByRole('heading', { name: /claims/i, level: 1 }).waitFor();
    const list = t.page.getByRole('list', { name: 'Claims' });
    await list.waitFor();
    const item = (id: string) => t.page.locator(`li#${id}`);
    expect(await list.locator(':scope > li').count()).toBe(14);
    expect(await item('claim-2016-gas-supply-target').textContent()).toMatch(
      /2016.*differs.*29\.4 bcm/,
    );
    expect(await item('claim-2009-gas-exports-via-russia-share').textContent()).toMatch(
      /matches.*63\.7%.*“nearly” 70% is read as 63% to 70%/,
    );
    const commodity = item('claim-2014-china-imports-agri-textile-share');
    expect(await commodity.textContent()).toMatch(/differs.*99\.2%/);
    const share2022 = item('claim-2022-china-share-of-tkm-trade');
    expect(await share2022.textContent()).toMatch(
      /cannot be checked.*Context, not a verdict.*71%.*19%/,
    );
    await expectNoAxeViolations(t.page);

    await commodity.getByRole('link', { name: /What China buys/ }).click();
    const buys = t.page.getByRole('region', { name: /What China buys/ });
    expect(await buys.textContent()).toContain('the only year found');
    expect(await buys.textContent()).toContain('99.2% HS 27');

    await item('claim-2016-gas-supply-target')
      .getByRole('link', { name: /Gas exports, 2016/ })
      .click();
    await expect
      .poll(() => t.page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow'))
      .toBe('2016');
    await figure(t.page).waitFor();
    await expect.poll(() => readout(t.page).textContent()).toContain('2016: 37.3 bcm');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('data coverage on the year slider', () => {
  it('summarises the selected year as text and draws the strip', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2022');
    const slider = t.page.getByRole('slider', { name: 'Year' });
    const text = (await slider.getAttribute('aria-valuetext')) ?? '';
    expect(text).toMatch(/^2022: no official trade figures; gas to China 32\.9 bcm; \d+ events?$/);
    await slider.focus();
    await t.page.keyboard.press('ArrowRight');
    await expect
      .poll(() => slider.getAttribute('aria-valuetext'))
      .toMatch(
        /^2023: trade: a rounded news figure only \(low confidence\); gas to China 30\.5 bcm/,
      );
    expect(await t.page.locator('.coverage-strip__year').count()).toBe(2025 - 1991 + 1);
    expect(await t.page.locator('.coverage-strip .coverage-strip__trade--news').count()).toBe(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
