import { describe, expect, it } from 'vitest';
import { expectNoHorizontalScroll, PHONE, searchParams, startBrowser } from './browser';

const session = startBrowser();

describe('year controls in a real browser', () => {
  it('moves the year with the keyboard, keeps the address in sync and logs no errors', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2005');
    const slider = t.page.getByRole('slider', { name: 'Year' });
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2005');
    await slider.focus();
    await t.page.keyboard.press('ArrowRight');
    await t.page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2007');
    await expect.poll(() => searchParams(t.page).year).toBe('2007');
    await expect.poll(() => t.page.getByRole('status').textContent()).toContain('2007');
    await t.page.keyboard.press('Home');
    await expect.poll(() => searchParams(t.page).year).toBe('1991');
    await t.page.keyboard.press('End');
    await expect.poll(() => searchParams(t.page).year).toBe('2025');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('replaces history while scrubbing, so Back leaves the explorer in one step', async () => {
    const t = await session.newPage();
    await t.goto('/sources');
    await t.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Explorer', exact: true })
      .click();
    const slider = t.page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    for (let i = 0; i < 5; i += 1) await t.page.keyboard.press('ArrowLeft');
    await expect.poll(() => searchParams(t.page).year).toBeDefined();
    await t.page.goBack();
    await expect.poll(() => new URL(t.page.url()).pathname).toBe('/sources');
    await t.close();
  });

  it('drags the slider with a pointer and a touch', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2000');
    const slider = t.page.getByRole('slider', { name: 'Year' });
    const box = (await slider.boundingBox())!;
    await t.page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2025');
    await t.page.mouse.move(box.x + box.width - 8, box.y + box.height / 2);
    await t.page.mouse.down();
    await t.page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 8 });
    await t.page.mouse.up();
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('1991');
    await t.close();

    const phone = await session.newPage({ viewport: PHONE });
    await phone.goto('/?year=2000');
    const s2 = phone.page.getByRole('slider', { name: 'Year' });
    const b2 = (await s2.boundingBox())!;
    const client = await phone.page.context().newCDPSession(phone.page);
    const point = (x: number) => [{ x, y: b2.y + b2.height / 2 }];
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: point(b2.x + b2.width / 2),
    });
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(b2.x + b2.width - 2),
    });
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect
      .poll(async () => Number(await s2.getAttribute('aria-valuenow')))
      .toBeGreaterThan(2015);
    await phone.close();
  });

  it('plays through to the last year and stops, with Pause while playing', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2022');
    await t.page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await t.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => t.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await expect.poll(() => searchParams(t.page).year, { timeout: 5000 }).toBe('2025');
    await expect.poll(() => t.page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('goes to a typed year and clamps one outside the data', async () => {
    const t = await session.newPage();
    await t.goto('/');
    const field = t.page.getByRole('textbox', { name: 'Go to year' });
    await field.fill('2013');
    await field.press('Enter');
    await expect.poll(() => searchParams(t.page).year).toBe('2013');
    await field.fill('1850');
    await field.press('Enter');
    await expect.poll(() => searchParams(t.page).year).toBe('1991');
    await expect.poll(() => t.page.getByRole('alert').textContent()).toContain('1991');
    await t.close();
  });
});

describe('addresses', () => {
  it('falls back to defaults for invalid parameters and clamps out-of-range years', async () => {
    const t = await session.newPage();
    await t.goto('/?year=abc&reporter=nobody&scale=cubic');
    const slider = t.page.getByRole('slider', { name: 'Year' });
    const defaultYear = await slider.getAttribute('aria-valuenow');
    expect(Number(defaultYear)).toBeGreaterThan(2000);
    await expect.poll(() => t.page.url()).toBe(`${session.baseUrl}/`);
    await t.goto('/?year=99999');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2025');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens an event at its own address with its year, and Back returns', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2001');
    await t.page
      .getByRole('list', { name: 'Events' })
      .getByRole('link', { name: /pipeline inaugurated/i })
      .click();
    await expect
      .poll(() => new URL(t.page.url()).pathname)
      .toBe('/events/2009-central-asia-china-gas-pipeline-inaugurated');
    await expect
      .poll(() => t.page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow'))
      .toBe('2009');
    await expect.poll(() => t.page.getByRole('status').textContent()).toMatch(/2009.*inaugurated/i);
    await t.page.goBack();
    await expect.poll(() => t.page.url()).toBe(`${session.baseUrl}/?year=2001`);
    await expect
      .poll(() => t.page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow'))
      .toBe('2001');
    await t.close();
  });

  it('shows a not-found page with a way home, and for unknown events', async () => {
    const t = await session.newPage();
    await t.goto('/no/such/page');
    await expect
      .poll(() => t.page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/not found/i);
    await t.page
      .getByRole('link', { name: /explorer/i })
      .first()
      .click();
    await expect.poll(() => t.page.getByRole('slider', { name: 'Year' }).count()).toBe(1);
    await t.goto('/events/no-such-event');
    await expect.poll(() => t.page.getByRole('heading', { name: /not found/i }).count()).toBe(1);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('lists every source with its credit line', async () => {
    const t = await session.newPage();
    await t.goto('/sources');
    await expect
      .poll(() => t.page.getByRole('heading', { level: 1, name: 'Sources' }).count())
      .toBe(1);
    const text = await t.page.locator('main').textContent();
    expect(text).toContain('Global Energy Monitor, Global Gas Infrastructure Tracker (CC BY 4.0)');
    expect(text).toContain('IMF, Direction of Trade Statistics (DOTS)');
    await t.close();
  });
});

describe('layout', () => {
  it('has no horizontal scrolling at 375 px', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.goto('/');
    await expectNoHorizontalScroll(t.page);
    await t.close();
  });
});
