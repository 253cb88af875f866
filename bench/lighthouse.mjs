// Lighthouse 12.2.3 through its programmatic API, in the same Chromium, mobile and desktop presets.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { QUIET_FLAGS } from './browser.mjs';
import { median, round } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** One Lighthouse run in a freshly launched Chromium; returns the numbers we keep. */
async function runOnce(chromePath, url, config) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...QUIET_FLAGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (id) =>
      lhr.categories[id]?.score == null ? null : lhr.categories[id].score * 100;
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .filter((a) => ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: audit('largest-contentful-paint'),
      fcpMs: audit('first-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      failing,
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

/** Median of `runs` runs per preset (each metric's own median); all runs are kept too. */
export async function measureLighthouse(chromePath, baseUrl, { runs, log }) {
  const out = {};
  for (const [preset, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const all = [];
    for (let i = 0; i < runs; i += 1) {
      log(`lighthouse ${preset} run ${i + 1}/${runs}`);
      all.push(await runOnce(chromePath, `${baseUrl}/`, config));
    }
    const med = (key, digits) => round(median(all.map((r) => r[key])), digits);
    out[preset] = {
      performance: med('performance', 0),
      accessibility: med('accessibility', 0),
      bestPractices: med('bestPractices', 0),
      lcpMs: med('lcpMs', 0),
      fcpMs: med('fcpMs', 0),
      tbtMs: med('tbtMs', 0),
      cls: med('cls', 4),
      failingAudits: [...new Set(all.flatMap((r) => r.failing))],
      runs: all.map((r) => ({ ...r, failing: undefined })),
    };
  }
  return out;
}
