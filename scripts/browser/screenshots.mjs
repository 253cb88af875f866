// Takes screenshots of the built app at desktop and phone widths, for people to look at.
// Usage: npm run build && node scripts/browser/screenshots.mjs [outDir] [path ...]
// DARK=1: the dark theme. FULL=1: the whole page, every lazily drawn view drawn (scrolled
// through as a reader would). NOSCRIPT=1: with JavaScript off, the baked page alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ADVICE, findChromium, QUIET_FLAGS } from './chromium-path.mjs';
import { scrollThrough } from './scroll-through.mjs';

const [outDir = 'docs/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length
  ? paths
  : ['/', '/events/2009-central-asia-china-gas-pipeline-inaugurated', '/sources'];
const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_ADVICE);
  process.exit(1);
}
/** Whether fontconfig knows a font with Chinese glyphs (Debian: `apt-get install fonts-noto-cjk`). */
function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
if (pages.some((p) => p.startsWith('/zh')) && !hasCjkFont())
  console.warn(
    'No CJK font found: Chinese pages will show empty boxes. Install one: sudo apt-get install -y fonts-noto-cjk',
  );
mkdirSync(outDir, { recursive: true });
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const local = server.resolvedUrls?.local[0];
if (!local) throw new Error('vite preview gave no local address');
const base = local.replace(/\/$/, '');
const noScript = process.env.NOSCRIPT === '1';
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shots-')), {
  executablePath,
  javaScriptEnabled: !noScript,
  args: ['--headless', ...QUIET_FLAGS],
});
const dark = process.env.DARK === '1';
for (const [label, width, height] of /** @type {const} */ ([
  ['desktop', 1440, 900],
  ['phone', 375, 740],
])) {
  for (const path of pages) {
    const page = await context.newPage();
    page.on(
      'console',
      (m) =>
        (m.type() === 'error' || m.type() === 'warning') &&
        console.log(`  ${m.type()}: ${m.text()}`),
    );
    page.on('pageerror', (e) => console.log(`  pageerror: ${e.message}`));
    await page.setViewportSize({ width, height });
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(base + path);
    if (!noScript) {
      // As the browser tests' `goto` (tests/e2e/browser.ts): the baked page is shown before its
      // script runs; wait until React has hydrated it (`<html data-ready>`, src/main.tsx), or
      // the scroll-through would wait on placeholders that only the live page draws.
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      if (process.env.FULL === '1') await scrollThrough(page);
    }
    await page.waitForTimeout(600);
    const name = `${label}${path.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '') || '-home'}${dark ? '-dark' : ''}${noScript ? '-noscript' : ''}.png`;
    await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL === '1' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    console.log(
      `${join(outDir, name)}${overflow > 0 ? `  ⚠ horizontal overflow ${overflow}px` : ''}`,
    );
    await page.close();
  }
}
await context.close();
await server.close();
