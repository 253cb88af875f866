import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, PHONE, searchParams, startBrowser } from './browser';

const session = startBrowser();

const FIRST = 1991;
const LAST = 2025;
// TradeChart's margins: left 4 + y-axis 60, right 24.
const PLOT_LEFT = 64;
const PLOT_RIGHT = 24;

const figure = (page: Page) => page.getByRole('figure', { name: /trade/i });
/** The main chart: an SVG with role "application" named by its title. */
const chartSvg = (page: Page) =>
  figure(page).getByRole('application', { name: /^China–Turkmenistan trade/ });
/** The drawn series (exports, imports, balance), by the colour the app gives each. */
const seriesPaths = (page: Page) => chartSvg(page).locator('path[stroke^="var(--series-"]');
/** The shaded gaps between China's and the mirror's figures: the series' colours, translucent. */
const gapAreas = (page: Page) =>
  chartSvg(page).locator('path[fill^="var(--series-"][fill-opacity="0.2"]');

async function readout(page: Page, label: RegExp): Promise<string> {
  const term = figure(page).locator('dt').filter({ hasText: label });
  return (await term.locator('xpath=following-sibling::dd').textContent()) ?? '';
}

async function pointForYear(page: Page, year: number) {
  const box = (await chartSvg(page).boundingBox())!;
  const plot = box.width - PLOT_LEFT - PLOT_RIGHT;
  return {
    x: box.x + PLOT_LEFT + ((year - FIRST) / (LAST - FIRST)) * plot,
    y: box.y + box.height * 0.55,
  };
}

/** The selected year as marked on the chart: the year whose position the reference line is at. */
async function markedYear(page: Page): Promise<number> {
  const box = (await chartSvg(page).boundingBox())!;
  // The selected year's vertical line.
  const x1 = await chartSvg(page)
    .locator('.trade-selected-year line')
    .evaluateAll((lines) =>
      Number(lines.find((l) => l.getAttribute('x1') === l.getAttribute('x2'))?.getAttribute('x1')),
    );
  const plot = box.width - PLOT_LEFT - PLOT_RIGHT;
  return Math.round(FIRST + ((x1 - PLOT_LEFT) / plot) * (LAST - FIRST));
}

/** The axes' tick labels, drawn by the app's own AxisTick. */
const tickLabels = (page: Page) => chartSvg(page).locator('text.axis-tick');

describe('trade figure in a real browser', () => {
  it('scrubbing with the slider and on the chart updates the readout and the marker', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2005');
    await chartSvg(t.page).waitFor();
    expect(await readout(t.page, /exports to Turkmenistan, 2005/)).toBe('$90.4 million');
    await expect.poll(() => markedYear(t.page)).toBe(2005);
    const slider = t.page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(t.page, /exports to Turkmenistan, 2006/)).toBe('$162 million');
    await expect.poll(() => markedYear(t.page)).toBe(2006);

    // Click on the chart: a second way to scrub.
    const p2020 = await pointForYear(t.page, 2020);
    await t.page.mouse.click(p2020.x, p2020.y);
    await expect.poll(() => searchParams(t.page).year).toBe('2020');
    expect(await readout(t.page, /imports from Turkmenistan, 2020/)).toBe('$6.07 billion');
    expect(await readout(t.page, /Balance.*2020/)).toBe('$5.63 billion');
    await expect.poll(() => markedYear(t.page)).toBe(2020);

    // Drag from 2000 to 2010.
    const a = await pointForYear(t.page, 2000);
    const b = await pointForYear(t.page, 2010);
    await t.page.mouse.move(a.x, a.y);
    await t.page.mouse.down();
    await t.page.mouse.move(b.x, b.y, { steps: 10 });
    await t.page.mouse.up();
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2010');

    // A gap reads "no data" and the line is not bridged: the 2023 point stands alone.
    await t.goto('/?year=2022');
    await chartSvg(t.page).waitFor();
    expect(await readout(t.page, /exports to Turkmenistan, 2022/)).toBe('no data');
    expect(await readout(t.page, /Balance.*2022/)).toBe('no data');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('reporter and scale change the chart and the address', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2020');
    await chartSvg(t.page).waitFor();
    const importsPath = () =>
      chartSvg(t.page).locator('path[stroke="var(--series-imports)"]').getAttribute('d');
    const before = await importsPath();
    await figure(t.page).getByRole('radio', { name: 'Turkmenistan (mirror)' }).check();
    await expect.poll(() => searchParams(t.page).reporter).toBe('mirror');
    await expect.poll(importsPath).not.toBe(before);
    expect(await readout(t.page, /imports from Turkmenistan, 2020/)).toBe('$4.44 billion');
    expect(await figure(t.page).textContent()).toContain('IMF_DOTS_TKM');

    const lines = () => seriesPaths(t.page).count();
    expect(await lines()).toBe(3);
    await figure(t.page).getByRole('switch', { name: 'Log scale' }).check();
    await expect.poll(() => searchParams(t.page).scale).toBe('log');
    // On a log scale the balance (which changes sign) is not drawn; ticks are powers of ten.
    await expect.poll(lines).toBe(2);
    const ticks = (await tickLabels(t.page).allTextContents()).filter((l) => l.startsWith('$'));
    expect(ticks).toContain('$1B');
    expect(ticks).toContain('$1M');
    await t.page.goBack();
    await expect.poll(() => searchParams(t.page).scale).toBeUndefined();
    expect(t.errors).toEqual([]);
    await t.close();
  });

  // One axe run inside: allow it time on a busy machine.
  it(
    '"Both" draws both reporters with the gap shaded, reads out and downloads both',
    {
      timeout: 120_000,
    },
    async () => {
      const t = await session.newPage();
      await t.goto('/?year=2020');
      await chartSvg(t.page).waitFor();
      const fig = figure(t.page);
      await fig.getByRole('radio', { name: 'Both' }).check();
      await expect.poll(() => searchParams(t.page).reporter).toBe('both');
      // Four lines (each flow China-reported and mirror) and two shaded gaps; no balance line.
      await expect.poll(() => seriesPaths(t.page).count()).toBe(4);
      expect(await chartSvg(t.page).locator('path[stroke="var(--series-balance)"]').count()).toBe(
        0,
      );
      expect(await gapAreas(t.page).count()).toBe(2);
      expect(await readout(t.page, /imports from Turkmenistan, 2020/)).toBe(
        'China: $6.07 billionMirror: $4.44 billionGap: −$1.63 billion',
      );
      expect(await fig.textContent()).toMatch(/Why they differ:.*imports CIF.*exports FOB/);
      // A year without mirror figures: the gap reads as missing, not as zero.
      await t.page.getByRole('slider', { name: 'Year' }).focus();
      await t.page.keyboard.press('End');
      await t.page.keyboard.press('ArrowLeft');
      await t.page.keyboard.press('ArrowLeft');
      await expect
        .poll(() => readout(t.page, /imports from Turkmenistan, 2023/))
        .toBe('China: $9.60 billionMirror: no dataGap: no data');

      const [csv] = await Promise.all([
        t.page.waitForEvent('download'),
        fig.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      expect(csv.suggestedFilename()).toBe('china-turkmenistan-trade-both.csv');
      const lines = readFileSync((await csv.path())!, 'utf8')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toContain('China-reported and mirror');
      expect(lines).toContain(
        '2020,444815020,426487894,-18327126,6071165280,4444088132,-1627077148,IMF_DOTS_CHN,IMF_DOTS_TKM',
      );
      expect(lines).toContain('2023,1000000000,,,9600000000,,,NEWS_GACC_2023,');

      await fig.getByRole('button', { name: 'Table' }).click();
      const table = t.page.getByRole('table', { name: /trade/i });
      expect(await table.getByRole('row', { name: /^2020/ }).textContent()).toContain(
        '−$1.63 billion',
      );
      await expectNoAxeViolations(t.page);
      await t.page.goBack();
      await expect.poll(() => searchParams(t.page).reporter).toBeUndefined();
      expect(t.errors).toEqual([]);
      await t.close();
    },
  );

  it('downloads exactly the series on screen as CSV, and the chart as SVG and PNG', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2020&reporter=mirror');
    await chartSvg(t.page).waitFor();
    const fig = figure(t.page);

    const [csv] = await Promise.all([
      t.page.waitForEvent('download'),
      fig.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('china-turkmenistan-trade-mirror.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toContain('Turkmenistan-reported (mirror)');
    expect(text).toContain('Units: current US dollars');
    expect(text).toContain('# Source IMF_DOTS_TKM:');
    expect(text).not.toContain('IMF_DOTS_CHN');
    expect(lines).toContain('year,china_exports_usd,china_imports_usd,balance_usd,source_id');
    expect(lines).toContain('2020,426487894,4444088132,4017600238,IMF_DOTS_TKM');
    expect(lines).toContain('2023,,,,');
    expect(lines.filter((l) => /^\d{4},/.test(l))).toHaveLength(LAST - FIRST + 1);

    const [svg] = await Promise.all([
      t.page.waitForEvent('download'),
      fig.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('China–Turkmenistan trade by year');
    expect(svgText).toContain('Current US dollars');
    expect(svgText).toContain('Sources: IMF_DOTS_TKM');
    expect(svgText).not.toContain('var(--');

    const [png] = await Promise.all([
      t.page.waitForEvent('download'),
      fig.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(10_000);

    const origin = new URL(session.baseUrl).origin;
    expect(
      t.requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('shows the numbers as a table and the claims with their verdicts', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2020');
    const fig = figure(t.page);
    await fig.getByRole('button', { name: 'Table' }).click();
    const table = t.page.getByRole('table', { name: /trade/i });
    await table.waitFor();
    const row = table.getByRole('row', { name: /^2020/ });
    expect(await row.textContent()).toContain('$445 million');
    expect(await row.textContent()).toContain('$6.07 billion');
    expect(await table.getByRole('row', { name: /^2022/ }).textContent()).toContain('no data');
    const claims = t.page.getByRole('table', { name: /article claims/i });
    expect(await claims.getByRole('row', { name: /^2012 Bilateral/ }).textContent()).toContain(
      'matches the 2013 figure',
    );
    await t.close();
  });

  it('works with the keyboard alone', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2001');
    await chartSvg(t.page).waitFor();
    const fig = figure(t.page);
    await fig.getByRole('switch', { name: 'Log scale' }).focus();
    await t.page.keyboard.press('Space');
    await expect.poll(() => searchParams(t.page).scale).toBe('log');
    await t.page.keyboard.press('Tab');
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParams(t.page).reporter).toBe('mirror');
    await t.page.keyboard.press('ArrowLeft');
    await expect.poll(() => searchParams(t.page).reporter).toBeUndefined();

    // Tab into the chart: the SVG (Recharts' keyboard tooltip), then the markers.
    await chartSvg(t.page).focus();
    await t.page.keyboard.press('ArrowRight');
    // Recharts' keyboard tooltip is a live region (role "status").
    await expect
      .poll(async () => (await fig.getByRole('status').allTextContents()).join(' '))
      .toMatch(/Year \d{4}/);
    let name = '';
    for (let i = 0; i < 20 && !/Article claim, 2012/.test(name); i += 1) {
      await t.page.keyboard.press('Tab');
      name = await t.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(name).toMatch(/Article claim, 2012.*differs.*matches the 2013 figure/);
    await expect.poll(() => t.page.getByRole('tooltip').textContent()).toContain('2013 figure');
    await t.page.keyboard.press('Enter');
    await expect.poll(() => searchParams(t.page).year).toBe('2012');

    for (let i = 0; i < 40 && !/2009:.*inaugurated/i.test(name); i += 1) {
      await t.page.keyboard.press('Tab');
      name = await t.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(name).toMatch(/2009:.*inaugurated/i);
    await t.page.keyboard.press('Enter');
    await expect.poll(() => new URL(t.page.url()).pathname).toMatch(/^\/events\/2009-/);
    expect(searchParams(t.page).scale).toBe('log');
    await t.page.goBack();
    await expect.poll(() => new URL(t.page.url()).pathname).toBe('/');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  // Two full axe runs with every table and chart open: about 58 s at a load average of 17 on two
  // cores, so the file's 60 s would make it fail on a busy machine for timing reasons alone.
  it(
    'is axe clean with everything open, on desktop and phone, and does not overflow at 375 px',
    {
      timeout: 180_000,
    },
    async () => {
      for (const viewport of [undefined, PHONE]) {
        const t = await session.newPage(viewport ? { viewport } : {});
        await t.goto('/?year=2013&scale=log&reporter=mirror');
        await chartSvg(t.page).waitFor();
        const fig = figure(t.page);
        await fig.getByRole('button', { name: 'Table' }).click();
        await fig.getByRole('checkbox', { name: /share of Turkmenistan/i }).check();
        await fig.getByRole('application', { name: /share of Turkmenistan/ }).waitFor();
        await t.page.waitForTimeout(200);
        await expectNoAxeViolations(t.page);
        const overflow = await t.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await t.close();
      }
    },
  );

  it('on a phone, draws the chart only when it is scrolled to, in a box of its final height', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.page.goto(`${session.baseUrl}/`);
    await t.page.getByRole('slider', { name: 'Year' }).waitFor();
    const placeholder = figure(t.page).getByText('Loading the chart…');
    await placeholder.waitFor();
    // The first screen is idle and the chart's code is fetched, but it is not drawn below the fold.
    await t.page.waitForLoadState('networkidle');
    expect(await chartSvg(t.page).count()).toBe(0);
    const before = (await placeholder.boundingBox())!;
    const sourcesLine = figure(t.page).getByText(/^Sources:/);
    const sourcesTop = (await sourcesLine.boundingBox())!.y;
    await placeholder.scrollIntoViewIfNeeded();
    await chartSvg(t.page).waitFor();
    expect(await placeholder.count()).toBe(0);
    const drawn = (await chartSvg(t.page).boundingBox())!;
    expect(drawn.height).toBe(before.height);
    // Nothing after the chart moved when it was drawn.
    const scrollY = await t.page.evaluate(() => window.scrollY);
    expect((await sourcesLine.boundingBox())!.y + scrollY).toBe(sourcesTop);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('takes screenshots at 1440 and 375 px', async () => {
    for (const [label, viewport] of [
      ['desktop', undefined],
      ['phone', PHONE],
    ] as const) {
      const t = await session.newPage(viewport ? { viewport } : {});
      await t.goto('/?year=2014');
      await chartSvg(t.page).waitFor();
      const path = join(tmpdir(), `trade-e2e-${label}.png`);
      await figure(t.page).screenshot({ path });
      expect(readFileSync(path).length).toBeGreaterThan(20_000);
      // Fewer year ticks on a phone.
      const ticks = await tickLabels(t.page)
        .filter({ hasText: /^\d{4}$/ })
        .count();
      expect(ticks).toBe(label === 'phone' ? 3 : 7);
      await t.close();
    }
  });
});
