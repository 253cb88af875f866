import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  PHONE,
  searchParams,
  startBrowser,
} from './browser';

const session = startBrowser();

const INAUGURATED = '2009-central-asia-china-gas-pipeline-inaugurated';
const PARTNERSHIP = '2013-strategic-partnership-declared';

const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const pathname = (page: Page) => new URL(page.url()).pathname;

/** The dates (datetime) of the events whose links carry aria-current="true". */
function currentDates(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-label="Events"] a[aria-current="true"]')].map(
      (a) => a.closest('li')?.querySelector('time')?.getAttribute('datetime') ?? '',
    ),
  );
}

/** How far (px) the group of `year` is from the top of the list's scroll box. */
function groupOffset(page: Page, year: number) {
  return page.evaluate((y) => {
    const box = document.querySelector('.event-scroll')!;
    const group = box.querySelector(`[data-year="${y}"]`)!;
    return Math.abs(group.getBoundingClientRect().top - box.getBoundingClientRect().top);
  }, year);
}

describe('event list in a real browser', () => {
  it('highlights the selected year while scrubbing, scrolling the list but not the page or the focus', async () => {
    const t = await session.newPage({ reducedMotion: true });
    await t.goto('/?year=2013');
    await expect.poll(() => currentDates(t.page)).toHaveLength(6);
    expect((await currentDates(t.page)).every((d) => d.startsWith('2013'))).toBe(true);
    // When the list comes into view, its box shows the selected year at its top.
    const scrollBox = t.page.locator('.event-scroll');
    await scrollBox.scrollIntoViewIfNeeded();
    await expect.poll(() => groupOffset(t.page, 2013)).toBeLessThan(2);
    // Scrubbing with the list in view: the slider keeps the focus without scrolling the page to it.
    await slider(t.page).evaluate((el) => el.focus({ preventScroll: true }));
    const pageScroll = await t.page.evaluate(() => window.scrollY);
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => currentDates(t.page)).toHaveLength(5);
    expect((await currentDates(t.page)).every((d) => d.startsWith('2014'))).toBe(true);
    // The focus stays on the slider; the page does not move; the 2014 group is at the list's top.
    expect(await slider(t.page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await t.page.evaluate(() => window.scrollY)).toBe(pageScroll);
    await expect.poll(() => groupOffset(t.page, 2014)).toBeLessThan(2);
    await t.page.keyboard.press('ArrowRight'); // 2015 has no events
    await expect.poll(() => currentDates(t.page)).toEqual([]);
    await expect.poll(() => t.page.getByText('No events in 2015.').count()).toBe(1);
    // Scrubbed far while the list is out of view: it shows that year once it is back in view.
    await t.page.evaluate(() => window.scrollTo(0, 0));
    const field = t.page.getByRole('textbox', { name: 'Go to year' });
    await field.fill('2006');
    await field.press('Enter');
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2006');
    await scrollBox.scrollIntoViewIfNeeded();
    await expect.poll(() => groupOffset(t.page, 2006)).toBeLessThan(2);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens an event by click: its address, its year, its details; Back returns', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2001&category=pipeline');
    await list(t.page)
      .getByRole('link', { name: /pipeline inaugurated/i })
      .click();
    await expect.poll(() => pathname(t.page)).toBe(`/events/${INAUGURATED}`);
    await expect.poll(() => searchParams(t.page)).toEqual({ year: '2009', category: 'pipeline' });
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2009');
    const heading = t.page.getByRole('heading', { level: 2, name: /pipeline inaugurated/i });
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    await expect.poll(() => t.page.title()).toMatch(/^Central Asia–China gas pipeline inaugurated/);
    expect(await t.page.locator('.event-details time').getAttribute('datetime')).toBe('2009-12-14');
    await expect
      .poll(() => t.page.getByRole('region', { name: 'Sources' }).getByRole('listitem').count())
      .toBeGreaterThan(0);
    await t.page.getByRole('link', { name: 'Next event' }).click();
    await expect.poll(() => pathname(t.page)).not.toBe(`/events/${INAUGURATED}`);
    await t.page.goBack();
    await expect.poll(() => pathname(t.page)).toBe(`/events/${INAUGURATED}`);
    await t.page.goBack();
    await expect.poll(() => t.page.url()).toBe(`${session.baseUrl}/?year=2001&category=pipeline`);
    await expect.poll(() => t.page.locator('.event-details').count()).toBe(0);
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2001');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens a deep link directly, with the event year, the title and "Back to explorer"', async () => {
    const t = await session.newPage();
    await t.goto(`/events/${PARTNERSHIP}`);
    await expect
      .poll(() => t.page.getByRole('heading', { name: 'Strategic partnership declared' }).count())
      .toBe(1);
    await expect.poll(() => slider(t.page).getAttribute('aria-valuenow')).toBe('2013');
    await expect.poll(() => t.page.title()).toMatch(/^Strategic partnership declared/);
    await expect
      .poll(() => t.page.getByRole('status').textContent())
      .toMatch(/2013.*Strategic partnership/);
    await t.page.getByRole('link', { name: 'Back to explorer' }).click();
    await expect.poll(() => pathname(t.page)).toBe('/');
    expect(searchParams(t.page).year).toBe('2013');
    await expect.poll(() => t.page.title()).not.toMatch(/Strategic partnership/);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('says "not found" for an unknown event id and offers a way back', async () => {
    const t = await session.newPage();
    await t.goto('/events/no-such-event?year=2005');
    const heading = t.page.getByRole('heading', { name: /not found/i });
    await expect.poll(() => heading.count()).toBe(1);
    await t.page.getByRole('link', { name: 'Back to explorer' }).click();
    await expect.poll(() => t.page.url()).toBe(`${session.baseUrl}/?year=2005`);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens with Enter and closes with Escape, returning focus to the link that opened it', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2009');
    const link = list(t.page).getByRole('link', { name: /pipeline inaugurated/i });
    await link.focus();
    await t.page.keyboard.press('Enter');
    await expect.poll(() => pathname(t.page)).toBe(`/events/${INAUGURATED}`);
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.id)).toBe('event-title');
    await t.page.keyboard.press('Escape');
    await expect.poll(() => t.page.url()).toBe(`${session.baseUrl}/?year=2009`);
    await expect.poll(() => link.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('keeps category and search filters in the address across a reload', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2010');
    const group = t.page.getByRole('group', { name: 'Categories' });
    await group.getByRole('checkbox', { name: /^pipeline/i }).check();
    await t.page.getByRole('searchbox', { name: 'Search events' }).fill('tajik');
    await expect
      .poll(() => searchParams(t.page))
      .toEqual({ year: '2010', category: 'pipeline', q: 'tajik' });
    // The count says how many links the list holds.
    const shownCount = () =>
      t.page.evaluate(() => {
        const links = document.querySelectorAll('[aria-label="Events"] a[href^="/events/"]');
        const text = document.querySelector('.event-panel__count')?.textContent;
        return text === `${links.length} of 51 events` ? text : null;
      });
    const count = '4 of 51 events';
    await expect.poll(shownCount).toBe(count);
    await t.page.reload();
    await t.page.waitForSelector('#main');
    await expect
      .poll(() => group.getByRole('checkbox', { name: /^pipeline/i }).isChecked())
      .toBe(true);
    await expect
      .poll(() => t.page.getByRole('searchbox', { name: 'Search events' }).inputValue())
      .toBe('tajik');
    await expect.poll(shownCount).toBe(count);
    await t.page.getByRole('searchbox', { name: 'Search events' }).fill('no such thing at all');
    await t.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => searchParams(t.page)).toEqual({ year: '2010' });
    expect(t.errors).toEqual([]);
    await t.close();
  });
});

describe('event list and details: layout and accessibility', () => {
  for (const [label, viewport] of [
    ['1440', undefined],
    ['375', PHONE],
  ] as const) {
    it(`axe finds no violations on the list (filtered and empty) and the details at ${label}`, async () => {
      const t = await session.newPage(viewport ? { viewport } : {});
      await t.goto('/?year=2013&category=pipeline,energy');
      await t.page.waitForTimeout(300);
      await expectNoAxeViolations(t.page);
      await t.goto('/?q=nothing-matches-this');
      await expect
        .poll(() => t.page.getByRole('button', { name: 'Clear filters' }).count())
        .toBe(1);
      await expectNoAxeViolations(t.page);
      await t.goto(`/events/${INAUGURATED}`);
      await t.page.waitForTimeout(300);
      await expectNoAxeViolations(t.page);
      await expectNoHorizontalScroll(t.page);
      expect(t.errors).toEqual([]);
      await t.close();
    });
  }

  it('shows the details as a full view on a phone, which Escape and "Back to explorer" close', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.goto('/?year=2009');
    const link = list(t.page).getByRole('link', { name: /pipeline inaugurated/i });
    await link.click();
    const panel = t.page.locator('.explorer__details');
    await expect.poll(() => panel.count()).toBe(1);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(PHONE.width);
    expect(box.height).toBeGreaterThanOrEqual(PHONE.height - 1);
    const back = t.page.getByRole('link', { name: 'Back to explorer' });
    await expect.poll(() => back.isVisible()).toBe(true);
    const backBox = (await back.boundingBox())!;
    expect(backBox.y).toBeLessThan(PHONE.height);
    expect(backBox.height).toBeGreaterThanOrEqual(24);
    await t.page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => link.evaluate((a) => a === document.activeElement)).toBe(true);
    await link.click();
    await back.click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
