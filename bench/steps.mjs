// Year-step latency: keyboard steps on the slider, key event → the frame that shows the year.
import { DESKTOP, openApp } from './browser.mjs';
import { installProbe } from './probe.mjs';
import { percentile, round } from './stats.mjs';

/** Focuses the slider and returns `{ min, max, year }`. */
export async function focusSlider(page) {
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  return slider.evaluate((el) => ({
    min: Number(el.getAttribute('aria-valuemin')),
    max: Number(el.getAttribute('aria-valuemax')),
    year: Number(el.getAttribute('aria-valuenow')),
  }));
}

/** Presses one key on the focused slider and measures it; returns the probe's result. */
export async function step(page, key, expected) {
  await page.evaluate((y) => window.__bench.arm(y), expected);
  await page.keyboard.press(key);
  return page.evaluate(() => window.__bench.result());
}

/** `count` steps to and fro across the range, starting from the first year. */
export async function runSteps(page, count) {
  await page.evaluate(installProbe);
  const range = await focusSlider(page);
  if (range.year !== range.min) await step(page, 'Home', range.min);
  let year = range.min;
  let direction = 1;
  const samples = [];
  for (let i = 0; i < count; i += 1) {
    if (year + direction > range.max || year + direction < range.min) direction = -direction;
    year += direction;
    const sample = await step(page, direction > 0 ? 'ArrowRight' : 'ArrowLeft', year);
    samples.push(sample);
    if (sample.timedOut) {
      // Resynchronise with what the slider shows, so one lost step does not fail all the rest.
      sample.expected = year;
      year = (await focusSlider(page)).year;
      sample.shown = year;
    }
  }
  const timings = await page.evaluate(
    (stamps) => window.__bench.eventTimings(stamps),
    samples.map((s) => s.eventTimeStamp),
  );
  return samples.map((s, i) => ({ ...s, eventTimingMs: timings[i] }));
}

/** p50/p95 of the samples, by both measures. */
export function summarizeSteps(samples) {
  const ok = samples.filter((s) => !s.timedOut);
  const frame = ok.map((s) => s.frameMs);
  const cost = ok.map((s) => s.costMs);
  const nextRaf = ok.map((s) => s.nextRafMs);
  // Event Timing only reports events of 16 ms or more; a step without an entry was faster.
  const et = ok.map((s) => s.eventTimingMs ?? 0);
  return {
    steps: samples.length,
    timedOut: samples.length - ok.length,
    costP50Ms: round(percentile(cost, 50)),
    costP95Ms: round(percentile(cost, 95)),
    costMaxMs: round(Math.max(...cost)),
    p50Ms: round(percentile(frame, 50)),
    p95Ms: round(percentile(frame, 95)),
    maxMs: round(Math.max(...frame)),
    nextRafP50Ms: round(percentile(nextRaf, 50)),
    nextRafP95Ms: round(percentile(nextRaf, 95)),
    eventTimingOver16: ok.filter((s) => s.eventTimingMs !== null).length,
    eventTimingP95Ms: percentile(et, 95),
    eventTimingMaxMs: Math.max(0, ...et),
  };
}

export async function measureSteps(context, baseUrl, { steps, log }) {
  const out = {};
  for (const [label, rate] of [
    ['normal', 1],
    ['throttled4x', 4],
  ]) {
    log(`year steps (${label}, ${steps} steps)`);
    const { page } = await openApp(context, `${baseUrl}/`, DESKTOP);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const samples = await runSteps(page, steps);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    out[label] = summarizeSteps(samples);
    await page.close();
  }
  return out;
}
