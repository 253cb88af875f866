// `npm run bench [-- --quick] [-- --skip-lighthouse] [-- --check] [-- --check-only]`
// Builds the app, serves it, measures it in Chromium, prints a table and writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { load1, waitForIdle } from './load.mjs';
import { checkBudgets } from './budgets.mjs';
import { chromiumOrExit, launchBrowser } from './browser.mjs';
import { measureBytes } from './bytes.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureMemory } from './memory.mjs';
import { measurePlayback } from './playback.mjs';
import { formatBudgetRows, formatResults } from './report.mjs';
import { buildAndServe } from './server.mjs';
import { measureSteps } from './steps.mjs';

const RESULTS = 'bench/results.json';
const BUDGETS = 'bench/budgets.json';
const args = new Set(process.argv.slice(2));
if (args.has('--help')) {
  console.log(`npm run bench -- [--quick] [--skip-lighthouse] [--check] [--check-only]
  --quick            1 Lighthouse run per preset instead of 3, fewer steps and a shorter soak
  --skip-lighthouse  no Lighthouse (its budgets show as SKIP)
  --check            after measuring, compare with ${BUDGETS}; exit 1 if a budget fails
  --wait-idle        first wait (up to 10 min) until the load average is below the core count
  --check-only       compare the existing ${RESULTS} with the budgets, without measuring`);
  process.exit(0);
}
const quick = args.has('--quick');
const plan = quick
  ? { lighthouseRuns: 1, steps: 20, soakSteps: 100, soakOpenings: 10 }
  : { lighthouseRuns: 3, steps: 60, soakSteps: 500, soakOpenings: 50 };
const started = Date.now();
const log = (message) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

function quietly(command, argv) {
  try {
    return execFileSync(command, argv, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

async function measure() {
  const chromePath = chromiumOrExit();
  if (args.has('--wait-idle')) await waitForIdle(log);
  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: quietly('git', ['rev-parse', '--short', 'HEAD']),
      chromium: quietly(chromePath, ['--version']),
      node: process.version,
      cpus: cpus().length,
      quick,
      plan,
      // 1-minute load average at the end of each section; above the core count, timings are skewed.
      load: { start: load1() },
    },
    errors: {},
  };
  log('building and serving');
  const server = await buildAndServe();
  const browser = await launchBrowser(chromePath);
  const attempt = async (name, run) => {
    try {
      results[name] = await run();
      results.meta.load[name] = load1();
    } catch (error) {
      results.errors[name] = error instanceof Error ? error.message : String(error);
      log(`${name} failed: ${results.errors[name]}`);
    }
  };
  try {
    log('bytes');
    await attempt('bytes', () => measureBytes(browser.context, server.baseUrl, server.outDir));
    await attempt('steps', () =>
      measureSteps(browser.context, server.baseUrl, { steps: plan.steps, log }),
    );
    await attempt('playback', () => measurePlayback(browser.context, server.baseUrl, { log }));
    await attempt('memory', () =>
      measureMemory(browser.context, server.baseUrl, {
        steps: plan.soakSteps,
        openings: plan.soakOpenings,
        log,
      }),
    );
    await browser.close();
    // Lighthouse last, alone: it launches its own Chromium for each run.
    if (args.has('--skip-lighthouse')) results.lighthouse = null;
    else
      await attempt('lighthouse', () =>
        measureLighthouse(chromePath, server.baseUrl, { runs: plan.lighthouseRuns, log }),
      );
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log(`done; wrote ${RESULTS}`);
  return results;
}

const results = args.has('--check-only')
  ? JSON.parse(readFileSync(RESULTS, 'utf8'))
  : await measure();
console.log(`\n${formatResults(results)}`);
let failed = Object.keys(results.errors ?? {}).length > 0;
if (args.has('--check') || args.has('--check-only')) {
  const { budgets } = JSON.parse(readFileSync(BUDGETS, 'utf8'));
  const check = checkBudgets(results, budgets);
  console.log(`\nBudgets (${BUDGETS})\n${formatBudgetRows(check.rows)}`);
  const count = (status) => check.rows.filter((r) => r.status === status).length;
  console.log(`\n${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped`);
  failed ||= !check.ok;
}
process.exit(failed ? 1 : 0);
