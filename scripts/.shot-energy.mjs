import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { findChromium, QUIET_FLAGS } from './chromium-path.mjs';
const [out, path, selector, ...rest] = process.argv.slice(2);
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sh-')), { executablePath: findChromium(), args: ['--headless', ...QUIET_FLAGS] });
for (const dark of [false, true]) for (const [w, h] of [[1440, 900], [375, 740]]) {
  const page = await ctx.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`  ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`  pageerror: ${e.message}`));
  await page.setViewportSize({ width: w, height: h });
  if (dark) await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(base + path);
  const pre = rest[0] ? page.locator(rest[0]).first() : null;
  if (pre) { await pre.waitFor(); await pre.scrollIntoViewIfNeeded(); }
  const el = page.locator(selector).first();
  await el.waitFor({ timeout: 15000 });
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const name = join(out, `${w}${dark ? '-dark' : ''}.png`);
  await el.screenshot({ path: name });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(name, overflow > 0 ? `overflow ${overflow}` : '');
  await page.close();
}
await ctx.close(); await server.close();
