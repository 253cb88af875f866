import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, PHONE, startBrowser } from './browser';

const session = startBrowser();

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent ?? ''}` : '';
  });

describe('keyboard shortcuts in a real browser', () => {
  it('toggles play with K whatever its case: Shift+K, and K with Caps Lock', async () => {
    const t = await session.newPage();
    await t.goto('/?year=2000');
    await t.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await t.page.keyboard.press('Shift+K');
    await expect.poll(() => t.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    // With Caps Lock on, the key is an upper-case K without Shift.
    await t.page.keyboard.press('K');
    await expect.poll(() => t.page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await t.page.keyboard.press('k');
    await expect.poll(() => t.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await t.page.keyboard.press('k');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('opens the dialog with ?, lists the commands, closes with Escape and returns focus', async () => {
    const t = await session.newPage();
    await t.goto('/');
    const opener = t.page.getByRole('button', { name: 'Keyboard shortcuts' });
    await opener.focus();
    await t.page.keyboard.press('Shift+Slash'); // "?"
    await expect.poll(() => dialog(t.page).isVisible()).toBe(true);
    await expect.poll(() => focusedName(t.page)).toBe('BUTTON:Close');
    for (const title of ['Play or pause', 'Previous year', 'Next year', 'Close the event details'])
      expect(await dialog(t.page).getByText(title).count()).toBe(1);
    await expectNoAxeViolations(t.page);
    // Keys pressed in the dialog do not reach the explorer behind it.
    await t.page.keyboard.press('k');
    expect(await t.page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await t.page.keyboard.press('Escape');
    await expect.poll(() => dialog(t.page).count()).toBe(0);
    await expect.poll(() => focusedName(t.page)).toBe('BUTTON:Keyboard shortcuts');
    // The button opens it too; Close closes it.
    await opener.click();
    await dialog(t.page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog(t.page).count()).toBe(0);
    await expect.poll(() => focusedName(t.page)).toBe('BUTTON:Keyboard shortcuts');
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('Escape in the dialog closes only the dialog, not the event behind it', async () => {
    const t = await session.newPage({ viewport: PHONE });
    await t.goto('/events/2009-central-asia-china-gas-pipeline-inaugurated');
    await t.page.keyboard.type('?');
    await expect.poll(() => dialog(t.page).isVisible()).toBe(true);
    const box = await dialog(t.page).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await t.page.keyboard.press('Escape');
    await expect.poll(() => dialog(t.page).count()).toBe(0);
    expect(new URL(t.page.url()).pathname).toBe(
      '/events/2009-central-asia-china-gas-pipeline-inaugurated',
    );
    // The next Escape closes the event.
    await t.page.getByRole('heading', { level: 2, name: /inaugurated/i }).focus();
    await t.page.keyboard.press('Escape');
    await expect.poll(() => new URL(t.page.url()).pathname).toBe('/');
    expect(t.errors).toEqual([]);
    await t.close();
  });
});
