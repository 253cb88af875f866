// Scrolls a page from top to bottom a screen at a time, the way a reader does, so that views drawn
// only when they come into view (the trade chart on phones, the pipeline map) are drawn; waits
// until no placeholder is busy, then returns to the top. Used by the browser tests, the benchmark
// (except for the first-screen measures, which must not scroll) and the screenshots.

const POLL = { polling: 100 };

/** @param {import('playwright-core').Page} page */
export async function scrollThrough(page) {
  // The app has rendered its page (and so its placeholders): a lazily loaded route (the story)
  // has arrived, or its placeholders below the fold would appear after the pass.
  await page.waitForSelector('#main');
  // Polled by a timer, not by animation frames: headless Chromium on a busy machine sometimes
  // stops producing frames for a while, and a wait on frames alone would then never end.
  await page.waitForFunction(() => !document.querySelector('.route-loading'), undefined, POLL);
  await page.evaluate(async () => {
    /** Waits `n` frames, each at most 100 ms (see above: a frame may not come). @param {number} n */
    const frames = async (n) => {
      for (let i = 0; i < n; i += 1)
        await new Promise((ok) => {
          const timer = setTimeout(ok, 100);
          requestAnimationFrame(() => {
            clearTimeout(timer);
            ok(undefined);
          });
        });
    };
    // At most 100 screens, each at least 100 px: a window reporting no height cannot loop forever.
    const screen = Math.max(window.innerHeight, 100);
    for (let y = 0, n = 0; y < document.documentElement.scrollHeight && n < 100; y += screen, n++) {
      window.scrollTo(0, y);
      await frames(2);
    }
    // A busy machine may skip the frame in which a placeholder crossed the window: visit each
    // placeholder still busy, and stay a moment.
    for (const el of document.querySelectorAll('[aria-busy="true"]')) {
      el.scrollIntoView({ block: 'center' });
      await frames(3);
    }
  });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, POLL);
  await page.evaluate(() => window.scrollTo(0, 0));
}
