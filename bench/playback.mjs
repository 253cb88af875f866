// Playback smoothness: play from the first year to the last at speed 4, recording every frame.
import { DESKTOP, openApp } from './browser.mjs';
import { focusSlider } from './steps.mjs';
import { round } from './stats.mjs';

function startRecording(maxYear) {
  const frames = [];
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  const playButtonShown = () =>
    [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Play');
  const slider = document.querySelector('input[type=range][aria-label="Year"]');
  let sawPause = false;
  window.__playback = new Promise((resolve) => {
    const started = performance.now();
    const tick = (ts) => {
      frames.push(ts);
      if (!playButtonShown()) sawPause = true;
      const atEnd = slider?.getAttribute('aria-valuenow') === String(maxYear);
      if ((sawPause && atEnd && playButtonShown()) || performance.now() - started > 60_000) {
        observer.disconnect();
        resolve({ frames, longTasks, finished: atEnd });
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function measurePlayback(context, baseUrl, { log }) {
  log('playback at speed 4');
  const { page } = await openApp(context, `${baseUrl}/`, DESKTOP);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  const range = await focusSlider(page);
  await page.keyboard.press('Home');
  await page.waitForFunction(
    (min) => document.querySelector('input[type=range]')?.getAttribute('aria-valuenow') === min,
    String(range.min),
  );
  await page.evaluate(startRecording, range.max);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const { frames, longTasks, finished } = await page.evaluate(() => window.__playback);
  await page.close();
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const durationMs = frames.at(-1) - frames[0];
  return {
    finished,
    years: range.max - range.min,
    durationMs: round(durationMs, 0),
    frames: frames.length,
    fps: round(((frames.length - 1) / durationMs) * 1000),
    longFrames: intervals.filter((d) => d > 50).length,
    maxFrameMs: round(Math.max(0, ...intervals)),
    longTasks: longTasks.length,
    maxLongTaskMs: round(Math.max(0, ...longTasks)),
  };
}
