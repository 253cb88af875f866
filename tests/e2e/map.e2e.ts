import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  foreignRequests,
  PHONE,
  searchParams,
  startBrowser,
} from './browser';

const session = startBrowser();

describe('pipeline map in a real browser', () => {
  it('changes statuses and the gas volume with the year', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2008');
    const figure = t.page.getByRole('figure', { name: /pipeline/i });
    const list = t.page.getByRole('list', { name: 'Pipeline lines' });
    const item = (name: string) => list.getByRole('listitem').filter({ hasText: name });
    await expect.poll(() => item('Line A').textContent()).toContain('Line A: under construction');
    expect(await item('Line C').textContent()).toContain('status unknown');
    expect(await item('Line D').textContent()).toContain('not yet agreed');
    expect(await figure.textContent()).toMatch(/Gas sent to China, 2008\s*no data/);

    const slider = t.page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    for (let i = 0; i < 6; i += 1) await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParams(t.page).year).toBe('2014');
    await expect.poll(() => item('Line C').textContent()).toContain('Line C: in service');
    expect(await item('Line A').textContent()).toContain('Line A: in service');
    expect(await item('Line D').textContent()).toContain('Line D: under construction');
    expect(await figure.textContent()).toContain('25.5 bcm');
    expect(await figure.textContent()).toContain('55.0 bcm/yr');
    await expect
      .poll(() => t.page.locator('.map-line[data-line="C"]').getAttribute('class'))
      .toContain('map-line--in-service');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('lets a keyboard user reach a line, read its details and open its event', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2015');
    // Start from the last source link of the readout, just before the map, and Tab in.
    await t.page.locator('.map-readout .source-ref').last().focus();
    await t.page.keyboard.press('Tab');
    const focusedName = () =>
      t.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focusedName).toBe('Line A: in service');
    await t.page.keyboard.press('Tab');
    await t.page.keyboard.press('Tab');
    await expect.poll(focusedName).toBe('Line C: in service');
    const details = t.page.getByRole('region', { name: 'Line details' });
    await expect.poll(() => details.textContent()).toContain('Line C');
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('25.0 bcm/yr');
    expect(text).toContain('1,830 km');
    expect(text).toContain('Turkmenistan, Uzbekistan, Kazakhstan, China');
    expect(text).toContain('since 31 May 2014');
    expect(text).toContain('KEBEV_CNPC');
    await t.page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(t.page.url()).pathname)
      .toBe('/events/2014-line-c-starts-flowing');
    // Opening an event pushes a history entry: Back returns to the explorer.
    await t.page.goBack();
    await expect.poll(() => t.page.url()).toBe(`${session.baseUrl}/?year=2015`);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('highlights the lines of an open pipeline event', async () => {
    const t = await session.newPage();
    await t.goto('/events/2010-line-b-starts');
    const lineB = t.page.locator('.map-line[data-line="B"]');
    await expect.poll(() => lineB.getAttribute('class')).toContain('map-line--highlighted');
    expect(await lineB.getAttribute('aria-label')).toBe('Line B: in service (highlighted)');
    expect(await t.page.locator('.map-line[data-line="A"]').getAttribute('class')).not.toContain(
      'map-line--highlighted',
    );
    await t.close();
  });

  it('requests nothing from another host, and is axe clean', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2020');
    await t.page.locator('.map-line[data-line="D"]').hover();
    await t.page.waitForTimeout(300);
    expect(t.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(t, session.baseUrl)).toEqual([]);
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('fits 375 px without scrolling sideways and keeps every line visible', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.goto('/?year=2024');
    const svg = t.page.locator('.map-svg');
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.width).toBeGreaterThan(300);
    await expectNoHorizontalScroll(t.page);
    for (const id of ['A', 'B', 'C', 'D', 'WEPP2', 'WEPP3-W', 'WEPP4']) {
      const b = await t.page
        .locator(`.map-line[data-line="${id}"] .map-line__stroke`)
        .boundingBox();
      expect(b, id).not.toBeNull();
      expect(b!.width, id).toBeGreaterThan(10);
    }
    await expectNoAxeViolations(t.page);
    await t.page.screenshot({ path: '/tmp/map-e2e-phone.png', fullPage: true });
    await t.close();
  });

  it('redraws quickly on a year step', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2005');
    await t.page.screenshot({ path: '/tmp/map-e2e-desktop.png', fullPage: true });
    // Step through 20 years in the page itself and time each step until the map has updated.
    // Step through 20 years in the page itself: React commits an input event synchronously, so
    // the time to dispatch it is the time to re-render the explorer (an upper bound for the map).
    const perStep = await t.page.evaluate(async () => {
      const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const times: number[] = [];
      const labels: string[] = [];
      for (let y = 2006; y <= 2025; y += 1) {
        const t0 = performance.now();
        setValue.call(slider, String(y));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - t0);
        labels.push(
          document.querySelector('.map-line[data-line="A"]')!.getAttribute('aria-label')!,
        );
        // A frame (or 100 ms, should headless Chromium skip frames on a busy machine).
        await new Promise((r) => {
          const timer = setTimeout(r, 100);
          requestAnimationFrame(() => {
            clearTimeout(timer);
            setTimeout(r, 0);
          });
        });
      }
      return { times, labels };
    });
    expect(perStep.labels[0]).toBe('Line A: planned');
    expect(perStep.labels[3]).toBe('Line A: in service');
    await expect.poll(() => searchParams(t.page).year).toBe('2025');
    const mean = perStep.times.reduce((a, b) => a + b, 0) / perStep.times.length;
    console.log(
      `map e2e: mean ${mean.toFixed(1)} ms per year step (max ${Math.max(...perStep.times).toFixed(1)} ms)`,
    );
    expect(mean).toBeLessThan(300);
    await t.close();
  });
});
