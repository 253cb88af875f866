import { describe, expect, it } from 'vitest';
import { startBrowser } from './browser';

const session = startBrowser();

describe('soak', () => {
  it('scrubs through all years hundreds of times and opens events without errors or leaks', async () => {
    const t = await session.newPage();
    await t.goto('/?year=1991');
    const cdp = await t.page.context().newCDPSession(t.page);
    await cdp.send('Performance.enable');
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Memory.getDOMCounters')) as {
        documents: number;
        nodes: number;
        jsEventListeners: number;
      };
    };
    const slider = t.page.getByRole('slider', { name: 'Year' });
    const events = t.page.getByRole('list', { name: 'Events' }).getByRole('link');

    // One warm-up round so lazily built views exist before the baseline.
    await slider.focus();
    await t.page.keyboard.press('End');
    await t.page.keyboard.press('Home');
    const before = await counters();

    let steps = 0;
    for (let round = 0; round < 5; round += 1) {
      await slider.focus();
      for (let i = 0; i < 34; i += 1) await t.page.keyboard.press('ArrowRight');
      for (let i = 0; i < 34; i += 1) await t.page.keyboard.press('ArrowLeft');
      steps += 68;
      for (let i = 0; i < 4; i += 1) {
        await events.nth((round * 7 + i * 11) % 40).click();
        await expect.poll(() => new URL(t.page.url()).pathname).toMatch(/^\/events\//);
        await t.page.goBack();
        await expect.poll(() => new URL(t.page.url()).pathname).toBe('/');
      }
    }
    await slider.focus();
    await t.page.keyboard.press('Home');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('1991');
    const after = await counters();

    expect(steps).toBeGreaterThanOrEqual(300);
    expect(t.errors).toEqual([]);
    // Nothing left behind: the same documents, and DOM nodes and listeners within 10 %.
    expect(after.documents).toBeLessThanOrEqual(before.documents);
    expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1);
    expect(after.jsEventListeners).toBeLessThanOrEqual(before.jsEventListeners * 1.1);
    await t.close();
  }, 300_000);
});
