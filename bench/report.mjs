// Prints the results and the budget check as plain-text tables.

const kib = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);
const ms = (v) => (v == null ? '–' : `${v} ms`);
const num = (v) => (v == null ? '–' : String(v));
const pct = (from, to) => (from ? `${Math.round(((to - from) / from) * 1000) / 10}` : '–');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => String(c).padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The readable summary of a results object. */
export function formatResults(r) {
  const out = [];
  const load = r.meta?.load ? Object.values(r.meta.load) : [];
  const peak = Math.max(0, ...load);
  out.push(
    `Commit ${r.meta?.commit ?? '?'} · ${r.meta?.chromium ?? 'Chromium'} · ${r.meta?.cpus} cores · peak load ${peak}${r.meta?.quick ? ' · QUICK run' : ''}`,
  );
  if (peak > (r.meta?.cpus ?? 2)) {
    out.push(
      `WARNING: the machine was busy (load ${peak} on ${r.meta?.cpus} cores): timings are inflated. Rerun with --wait-idle.`,
    );
  }
  out.push('');
  const b = r.bytes;
  if (b) {
    out.push(
      'Bytes (gzip)',
      table([
        ['', 'JS', 'CSS'],
        ...[
          ['phone', b.firstScreenPhone],
          ['desktop', b.firstScreenDesktop],
        ].flatMap(([label, f]) => [
          [`first screen, ${label} (${f.firstScreenMs} ms)`, kib(f.jsGzip), kib(f.cssGzip)],
          [`  right after, ${label}`, kib(f.later.jsGzip), kib(f.later.cssGzip)],
        ]),
        ['whole build', kib(b.total.jsGzip), kib(b.total.cssGzip)],
      ]),
      '',
    );
  }
  const lh = r.lighthouse;
  if (lh) {
    const row = (name, p) => [
      name,
      num(p.performance),
      num(p.accessibility),
      num(p.bestPractices),
      ms(p.lcpMs),
      ms(p.tbtMs),
      num(p.cls),
    ];
    out.push(
      `Lighthouse (median of ${lh.mobile.runs.length})`,
      table([
        ['', 'perf', 'a11y', 'best pr.', 'LCP', 'TBT', 'CLS'],
        row('mobile', lh.mobile),
        row('desktop', lh.desktop),
      ]),
      '',
    );
  } else out.push('Lighthouse: skipped', '');
  const s = r.steps;
  if (s) {
    const et = (x) => (x.eventTimingOver16 === 0 ? '<16 ms' : ms(x.eventTimingP95Ms));
    const row = (name, x) => [
      name,
      x.steps,
      ms(x.costP50Ms),
      ms(x.costP95Ms),
      ms(x.p50Ms),
      ms(x.p95Ms),
      ms(x.maxMs),
      ms(x.nextRafP95Ms),
      et(x),
      `${x.eventTimingOver16}`,
      `${x.timedOut}`,
    ];
    out.push(
      "Year step, key → frame showing the year (cost: without the wait for the display's next frame)",
      table([
        [
          '',
          'steps',
          'cost p50',
          'cost p95',
          'p50',
          'p95',
          'max',
          'p95 next rAF',
          'p95 Event Timing',
          '≥16 ms',
          'timed out',
        ],
        row('normal', s.normal),
        row('CPU 4× slower', s.throttled4x),
      ]),
      '',
    );
  }
  const p = r.playback;
  if (p) {
    out.push(
      'Playback, speed 4',
      table([
        [
          'years',
          'duration',
          'fps',
          'long frames (>50 ms)',
          'max frame',
          'long tasks',
          'max long task',
        ],
        [
          p.years,
          ms(p.durationMs),
          num(p.fps),
          p.longFrames,
          ms(p.maxFrameMs),
          p.longTasks,
          ms(p.maxLongTaskMs),
        ],
      ]),
      '',
    );
  }
  const m = r.memory;
  if (m) {
    const used = (x) => x.codeBytes && x.dataBytes;
    out.push(
      `Memory (${m.steps} year steps, ${m.openings} event openings, after a warm-up)`,
      table([
        ['JS heap', 'settled', 'after warm-up', 'after soak', 'growth in soak', 'from settled'],
        [
          'all',
          kib(m.settledBytes),
          kib(m.beforeBytes),
          kib(m.afterBytes),
          `${m.growthPct}%`,
          `${m.growthFromSettledPct}%`,
        ],
        ...(used(m)
          ? [
              [
                'compiled code',
                kib(m.codeBytes.settled),
                kib(m.codeBytes.before),
                kib(m.codeBytes.after),
                `${pct(m.codeBytes.before, m.codeBytes.after)}%`,
                `${pct(m.codeBytes.settled, m.codeBytes.after)}%`,
              ],
              [
                'all but code',
                kib(m.dataBytes.settled),
                kib(m.dataBytes.before),
                kib(m.dataBytes.after),
                `${m.dataGrowthPct}%`,
                `${m.dataGrowthFromSettledPct}%`,
              ],
            ]
          : []),
      ]),
      `Settled: the app idle, the soak's tooling in the page. Warm-up: every year there and back, one event opened. Right after load: ${kib(m.loadedBytes)}, growth from there ${m.growthFromLoadPct}%.`,
      '',
    );
  }
  for (const [name, message] of Object.entries(r.errors ?? {}))
    out.push(`ERROR in ${name}: ${message}`);
  return out.join('\n');
}

/** The budget check as a table, one row per budget. */
export function formatBudgetRows(rows) {
  const show = (v, unit) =>
    v == null ? '–' : unit === 'bytes' ? kib(v) : `${v}${unit ? ` ${unit}` : ''}`;
  return table([
    ['', 'budget', 'actual', 'limit'],
    ...rows.map((row) => [
      row.status === 'pass' ? 'PASS' : row.status === 'fail' ? 'FAIL' : 'SKIP',
      row.label,
      show(row.actual, row.unit),
      `${row.op} ${show(row.limit, row.unit)}`,
    ]),
  ]);
}
