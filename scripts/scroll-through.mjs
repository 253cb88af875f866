// Scrolls a page from top to bottom a screen at a time, the way a reader does, so that views drawn
// only when they come into view (the trade chart on phones, the pipeline map) are drawn; waits
// until no placeholder is busy, then returns to the top. Used by the browser tests, the benchmark
// (except for the first-screen measures, which must not scroll) and the screenshots.

/** @param {import('playwright-core').Page} page */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
      await frame();
    }
  });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(() => window.scrollTo(0, 0));
}
