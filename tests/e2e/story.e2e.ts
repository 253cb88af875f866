import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import story from '../../src/data/raw/story.json';
import {
  DESKTOP,
  PHONE,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  searchParams,
  startBrowser,
} from './browser';

const session = startBrowser();

const chapters = story.chapters;
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const pathname = (page: Page) => new URL(page.url()).pathname;
const region = (page: Page, title: string) => page.getByRole('region', { name: title });
/** The accessible name of the focused element's region, if the focus is on a story region. */
const focusedRegionTitle = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.matches('section.story')) return null;
    return document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? null;
  });

describe('story in a real browser', () => {
  it('walks through every chapter with Next, each setting the views and taking the focus', async () => {
    const t = await session.newPage({ reducedMotion: true });
    await t.goto('/story');
    // `/story` is the first chapter, at its own address.
    await expect.poll(() => pathname(t.page)).toBe(`/story/${chapters[0]!.id}`);
    for (const [i, chapter] of chapters.entries()) {
      const r = region(t.page, chapter.title);
      await r.waitFor();
      await expect.poll(() => focusedRegionTitle(t.page)).toBe(chapter.title);
      expect(await r.getByText(`Chapter ${i + 1} of ${chapters.length}`).count()).toBe(1);
      expect(
        await t.page
          .getByRole('progressbar', { name: 'Story progress' })
          .getAttribute('aria-valuenow'),
      ).toBe(String(i + 1));
      await expect
        .poll(() => slider(t.page).getAttribute('aria-valuenow'))
        .toBe(String(chapter.year));
      expect(await t.page.title()).toContain(chapter.title);
      const text = (await r.textContent()) ?? '';
      expect(text).not.toMatch(/undefined|NaN|\{|\}/);
      expect(await r.getByRole('heading', { name: 'Sources' }).count()).toBe(1);
      const next = r.getByRole('link', { name: /^Next/ });
      if (i < chapters.length - 1) await next.click();
      else expect(await next.count()).toBe(0);
    }
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens a chapter from a deep link with its event, lines and claims, and Back returns to it', async () => {
    const t = await session.newPage({ reducedMotion: true });
    await t.goto('/story/partnership-2014');
    const title = '2013–2014: Strategic partners and Line C';
    await region(t.page, title).waitFor();
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2014');
    expect(searchParams(t.page)).toEqual({ year: '2014' });
    // The chapter's numbers, from the data: Line C's capacity and the 2014 gas figure.
    expect(await region(t.page, title).textContent()).toContain('China received 25.5 bcm');
    // The map highlights the chapter's lines; the claims table marks its claims.
    await expect
      .poll(() => t.page.getByRole('link', { name: 'Line C: in service (highlighted)' }).count())
      .toBe(1);
    expect(await t.page.locator('.claims-table__row--marked').count()).toBe(1);
    // The event's title is announced with the year.
    await expect
      .poll(() => t.page.getByRole('status').first().textContent())
      .toContain('Line C starts flowing');

    await region(t.page, title).getByRole('link', { name: /^Next/ }).click();
    await region(t.page, '2015–2018: China becomes the main buyer').waitFor();
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2018');
    await t.page.goBack();
    await region(t.page, title).waitFor();
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2014');
    await expect.poll(() => focusedRegionTitle(t.page)).toBe(title);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('turns chapters with ← and → while the story has the focus, and leaves with Escape', async () => {
    const t = await session.newPage({ reducedMotion: true });
    await t.goto('/story/pipeline-2009');
    await expect.poll(() => focusedRegionTitle(t.page)).toBe('2009: The pipeline opens');
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => pathname(t.page)).toBe('/story/gas-trade-2012');
    await expect.poll(() => focusedRegionTitle(t.page)).toBe('2010–2012: Gas turns the balance');
    await t.page.keyboard.press('ArrowLeft');
    await t.page.keyboard.press('ArrowLeft');
    await expect.poll(() => pathname(t.page)).toBe('/story/construction-2008');
    // A link inside the chapter keeps the keys working.
    await t.page.getByRole('link', { name: 'Explore from here' }).focus();
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => pathname(t.page)).toBe('/story/pipeline-2009');
    // Outside the story region the arrows belong to what has the focus (here, the year slider).
    await slider(t.page).focus();
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2010');
    expect(pathname(t.page)).toBe('/story/pipeline-2009');
    // Escape leaves for the explorer, with the chapter's event open.
    await region(t.page, '2009: The pipeline opens').focus();
    await t.page.keyboard.press('Escape');
    await expect
      .poll(() => pathname(t.page))
      .toBe('/events/2009-central-asia-china-gas-pipeline-inaugurated');
    await t.page
      .getByRole('heading', { name: /Central Asia–China gas pipeline inaugurated/ })
      .waitFor();
    expect(searchParams(t.page)).toEqual({ year: '2009' });
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('"Explore from here" leaves the story with the views at the chapter’s year, unmarked', async () => {
    const t = await session.newPage({ reducedMotion: true });
    await t.goto('/story/gas-trade-2012?reporter=mirror');
    await region(t.page, '2010–2012: Gas turns the balance').waitFor();
    await expect.poll(() => t.page.locator('.map-list__badge').count()).toBe(2);
    // The chart fades the series the chapter does not talk about (here China's exports).
    const faded = t.page
      .getByRole('application', { name: /^China–Turkmenistan trade/ })
      .locator('path[stroke^="var(--series-"][stroke-opacity="0.3"]');
    await expect.poll(() => faded.count()).toBeGreaterThan(0);
    await t.page.getByRole('link', { name: 'Explore from here' }).click();
    await expect.poll(() => pathname(t.page)).toBe('/');
    expect(searchParams(t.page)).toEqual({ year: '2012', reporter: 'mirror' });
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2012');
    // Nothing stays highlighted in the explorer.
    await expect.poll(() => t.page.locator('.map-list__badge').count()).toBe(0);
    expect(await t.page.locator('.claims-table__row--marked').count()).toBe(0);
    await expect.poll(() => faded.count()).toBe(0);
    // And the explorer links back to the story.
    await t.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Story' })
      .click();
    await region(t.page, chapters[0]!.title).waitFor();
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('says "not found" for an unknown chapter, with a way into the story', async () => {
    const t = await session.newPage();
    await t.goto('/story/no-such-chapter');
    await t.page.getByRole('heading', { level: 1, name: 'Chapter not found' }).waitFor();
    await t.page.getByRole('link', { name: 'Start the story' }).click();
    await region(t.page, chapters[0]!.title).waitFor();
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('puts the chapter above the views on a phone, without horizontal scrolling', async () => {
    const t = await session.newPage({ viewport: PHONE, reducedMotion: true });
    await t.goto('/story/main-buyer-2018');
    const r = region(t.page, '2015–2018: China becomes the main buyer');
    await r.waitFor();
    const chapterBox = await r.boundingBox();
    const sliderBox = await slider(t.page).boundingBox();
    expect(chapterBox && sliderBox && chapterBox.y + chapterBox.height <= sliderBox.y).toBe(true);
    await expectNoHorizontalScroll(t.page);
    // Next at the end of a long chapter brings the next one's start into view.
    await r.getByRole('link', { name: /^Next/ }).click();
    const next = region(t.page, '2019: Arms, gas and the Uyghur letter');
    await next.waitFor();
    await expect.poll(async () => (await next.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    // Reduced motion: the progress bar does not animate.
    const duration = await t.page
      .locator('.story-progress__fill')
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(duration).toBeLessThan(0.01);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  const combos = (['light', 'dark'] as const).flatMap((theme) =>
    (
      [
        ['1440', DESKTOP],
        ['375', PHONE],
      ] as const
    ).map(([width, viewport]) => ({ theme, width, viewport })),
  );
  it.each(combos)('has no axe violations ($theme, $width px)', async ({ theme, viewport }) => {
    const t = await session.newPage({ viewport, reducedMotion: true });
    await t.page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await t.goto('/story/the-2020s');
    await region(t.page, chapters.at(-1)!.title).waitFor();
    await t.page.getByText('All chapters').click();
    await expectNoAxeViolations(t.page);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
