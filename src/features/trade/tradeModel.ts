import { describeYears, mapYears } from '../../data/years';
import { balanceUsd } from '../../data/derive';
import { modelLocale, type Model } from '../../data/model';
import type { Translate } from '../../data/i18n/messages';
import type { Reporter, TradeRow } from '../../data/schema';
import { formatUsd, noData } from '../../data/format';
import type { Locale } from '../../data/locale';
import { chinaShare, TOTAL_TRADE_SOURCE, type TradeIndex } from '../../data/trade';

/** Pure layout and data helpers of the trade figure. */

/** One year of the chart: `null` in a gap, so the lines break there (never bridged). */
export interface ChartRow {
  year: number;
  exports: number | null;
  imports: number | null;
  balance: number | null;
  sourceId: string | null;
}

export function chartRows(
  trade: TradeIndex,
  reporter: Reporter,
  minYear: number,
  maxYear: number,
): ChartRow[] {
  return mapYears(minYear, maxYear, (year) => {
    const r = trade.row(reporter, year);
    return r
      ? {
          year,
          exports: r.exportsUsd,
          imports: r.importsUsd,
          balance: balanceUsd(r),
          sourceId: r.sourceId,
        }
      : { year, exports: null, imports: null, balance: null, sourceId: null };
  });
}

/** Source ids of the rows, in order of first appearance. */
export function sourceIdsOf(rows: readonly { sourceId: string | null }[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.sourceId ? [r.sourceId] : [])))];
}

export interface ShareRow {
  year: number;
  /** Percent, or `null` where the bilateral row or the DOTS total is missing. */
  share: number | null;
  sourceId: string | null;
}

/** China's share of Turkmenistan's total trade, from the DOTS world totals only. */
export function shareRows(
  trade: TradeIndex,
  reporter: Reporter,
  minYear: number,
  maxYear: number,
): ShareRow[] {
  return mapYears(minYear, maxYear, (year) => {
    const share = chinaShare(trade, reporter, year);
    return { year, share: share?.value ?? null, sourceId: share?.sourceIds[0] ?? null };
  });
}

/** True where a point has no neighbour on either side, so a line alone would not show it. */
export function isIsolated(values: readonly (number | null)[], index: number): boolean {
  if (values[index] === null || values[index] === undefined) return false;
  const before = index > 0 ? values[index - 1] : null;
  const after = index < values.length - 1 ? values[index + 1] : null;
  return (before ?? null) === null && (after ?? null) === null;
}

/** Year ticks: every 5 years on wide charts, every 10 on narrow ones; always within the range. */
export function yearTicks(minYear: number, maxYear: number, width: number): number[] {
  const step = width < 520 ? 10 : 5;
  const first = Math.ceil(minYear / step) * step;
  const ticks: number[] = [];
  for (let y = first; y <= maxYear; y += step) ticks.push(y);
  return ticks;
}

/** Domain of a log axis: whole powers of ten around the positive values. */
export function logDomain(values: readonly (number | null)[]): [number, number] {
  const positive = values.filter((v): v is number => v !== null && v > 0);
  if (!positive.length) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [lo, hi === lo ? lo * 10 : hi];
}

/** Ticks of a log axis: each power of ten in the domain (every other one when narrow). */
export function logTicks([lo, hi]: [number, number], narrow = false): number[] {
  const ticks: number[] = [];
  const step = narrow ? 2 : 1;
  for (let p = Math.round(Math.log10(lo)); p <= Math.round(Math.log10(hi)); p += step)
    ticks.push(10 ** p);
  return ticks;
}

/** Position of a year along the plot, 0 at the first year and 1 at the last. */
export function yearFraction(year: number, minYear: number, maxYear: number): number {
  return maxYear === minYear ? 0 : (year - minYear) / (maxYear - minYear);
}

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  return step ?? 10 * mag;
}

/** Evenly spaced round ticks covering [min, max] (which always includes zero here). */
export function linearTicks(min: number, max: number, count: number): number[] {
  const step = niceStep(max - min, count);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}

/** The year nearest a horizontal position on the plot (clamped to the range): click or drag to scrub. */
export function yearAtX(
  x: number,
  plotLeft: number,
  plotWidth: number,
  minYear: number,
  maxYear: number,
): number {
  if (plotWidth <= 0) return minYear;
  const fraction = Math.min(1, Math.max(0, (x - plotLeft) / plotWidth));
  return Math.round(minYear + fraction * (maxYear - minYear));
}

/**
 * Domain of the linear axis: zero to a round top; below zero only as far as the data goes (plus
 * a little room), so a small negative balance does not cost a whole tick step of height.
 */
export function linearDomain(values: readonly number[], count: number): [number, number] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const ticks = linearTicks(0, max, count);
  const hi = ticks[ticks.length - 1] ?? 1;
  return [min < 0 ? min - 0.04 * (hi - min) : 0, hi];
}

/** Years in which a series is exactly zero, which a log scale cannot draw. */
export function zeroYears(rows: readonly ChartRow[]): { exports: number[]; imports: number[] } {
  return {
    exports: rows.filter((r) => r.exports === 0).map((r) => r.year),
    imports: rows.filter((r) => r.imports === 0).map((r) => r.year),
  };
}

/**
 * The rows as a log-scale chart draws them: a zero (no point on a log axis) becomes a gap, so the
 * line breaks there visibly instead of running off the axis; `logZeroNote` says so in words.
 */
export function logScaleRows(rows: readonly ChartRow[]): ChartRow[] {
  if (!rows.some((r) => r.exports === 0 || r.imports === 0)) return rows as ChartRow[];
  return rows.map((r) =>
    r.exports === 0 || r.imports === 0
      ? {
          ...r,
          exports: r.exports === 0 ? null : r.exports,
          imports: r.imports === 0 ? null : r.imports,
        }
      : r,
  );
}

/**
 * The sentence beside the "No figures" note on the log scale, naming the years whose value is
 * $0 (`zeroYears`, which `logScaleRows` turns into gaps), or '' when nothing is zero.
 */
export function logZeroNote(rows: readonly ChartRow[], t: Translate, locale: Locale): string {
  const { exports, imports } = zeroYears(rows);
  const zeros = [
    ...(exports.length
      ? [t('trade.logZero.exports', { years: describeYears(exports, locale) })]
      : []),
    ...(imports.length
      ? [t('trade.logZero.imports', { years: describeYears(imports, locale) })]
      : []),
  ];
  return zeros.length
    ? t('trade.logZero', {
        zeros: new Intl.ListFormat(locale).format(zeros),
        count: exports.length + imports.length,
      })
    : '';
}

export interface TableRow extends ChartRow {
  share: number | null;
}

/** The chart's rows with the share of the same year: the table's rows. */
export function tableRows(rows: readonly ChartRow[], shares: readonly ShareRow[]): TableRow[] {
  const shareByYear = new Map(shares.map((s) => [s.year, s.share]));
  return rows.map((r) => ({ ...r, share: shareByYear.get(r.year) ?? null }));
}

/** The years without a figure: "1991, 2021–2022, 2024–2025", or "" when every year has one. */
export function gapSummary(
  rows: readonly { year: number; sourceId: string | null }[],
  locale: Locale,
): string {
  return describeYears(
    rows.filter((r) => r.sourceId === null).map((r) => r.year),
    locale,
  );
}

/**
 * The sources line's sentence on the years without figures, or "" when there are none: with
 * "Both", each series is named only when it has gaps.
 */
export function gapsSentence(t: Translate, gaps: string, mirrorGaps: string | null): string {
  if (mirrorGaps === null) return gaps ? t('trade.gaps', { gaps }) : '';
  if (gaps && mirrorGaps) return t('trade.gapsBoth', { gaps, mirrorGaps });
  if (gaps) return t('trade.gapsChina', { gaps });
  return mirrorGaps ? t('trade.gapsMirror', { mirrorGaps }) : '';
}

/** What the trade figure's notes say about the data, read from the data (never typed in). */
export interface TradeFacts {
  /** The first year gas was sent to China (the imports are mostly gas since then). */
  firstGasYear: number | null;
  /** The sources of the mirror series. */
  mirrorSourceIds: string[];
  /** Years of the mirror series that the IMF derived from China's figures. */
  mirrorDerivedYears: string;
  /** The years of the total-trade series shares use. */
  totalYears: string;
  totalSourceId: string;
  /** Other total-trade series in the dataset, which shares do not use. */
  otherTotalSourceIds: string[];
  /** Per reporter, the years whose figure has a low-confidence source ("2023"), and how many. */
  lowConfidenceYears: Readonly<Record<Reporter, { text: string; count: number }>>;
}

/** A mirror row that the IMF derived from China's own figures (its basis says so). */
export function isDerivedFromChina(row: Pick<TradeRow, 'reporter' | 'basis'>): boolean {
  return row.reporter === 'mirror' && /derived from China/i.test(row.basis);
}

export function tradeFacts(
  model: Pick<Model, 'trade' | 'dataset' | 'lowConfidenceSourceIds' | 'localization'>,
): TradeFacts {
  const { trade, dataset, lowConfidenceSourceIds } = model;
  const locale = modelLocale(model);
  const gasYears = dataset.gas.filter((g) => g.bcm > 0).map((g) => g.year);
  const lowYears = (reporter: Reporter) => {
    const years = trade
      .series(reporter)
      .filter((r) => lowConfidenceSourceIds.has(r.sourceId))
      .map((r) => r.year);
    return { text: describeYears(years, locale), count: years.length };
  };
  return {
    firstGasYear: gasYears.length ? Math.min(...gasYears) : null,
    mirrorSourceIds: sourceIdsOf(trade.series('mirror')),
    mirrorDerivedYears: describeYears(
      trade
        .series('mirror')
        .filter(isDerivedFromChina)
        .map((r) => r.year),
      locale,
    ),
    totalYears: describeYears([...trade.totalsByYear.keys()], locale),
    totalSourceId: TOTAL_TRADE_SOURCE,
    otherTotalSourceIds: sourceIdsOf(trade.totals.filter((t) => t.sourceId !== TOTAL_TRADE_SOURCE)),
    lowConfidenceYears: { china: lowYears('china'), mirror: lowYears('mirror') },
  };
}

/**
 * One year of the "Both" chart: each flow as China reports it and as the mirror gives it, the gap
 * between them (mirror − China), and the band the chart shades between the two. A figure missing
 * in either series leaves its gap and band `null`: a gap is shown as a gap, never as zero.
 */
export interface BothRow {
  year: number;
  chinaExports: number | null;
  mirrorExports: number | null;
  exportsGap: number | null;
  exportsBand: [number, number] | null;
  chinaImports: number | null;
  mirrorImports: number | null;
  importsGap: number | null;
  importsBand: [number, number] | null;
  chinaSourceId: string | null;
  mirrorSourceId: string | null;
}

/** mirror − China, or `null` where either figure is missing. */
export function gapOf(china: number | null, mirror: number | null): number | null {
  return china === null || mirror === null ? null : mirror - china;
}

function bandOf(a: number | null, b: number | null): [number, number] | null {
  return a === null || b === null ? null : [Math.min(a, b), Math.max(a, b)];
}

/** The China-reported and the mirror rows of the same years side by side. */
export function bothRows(china: readonly ChartRow[], mirror: readonly ChartRow[]): BothRow[] {
  const mirrorByYear = new Map(mirror.map((r) => [r.year, r]));
  return china.map((c) => {
    const m = mirrorByYear.get(c.year);
    const mirrorExports = m?.exports ?? null;
    const mirrorImports = m?.imports ?? null;
    return {
      year: c.year,
      chinaExports: c.exports,
      mirrorExports,
      exportsGap: gapOf(c.exports, mirrorExports),
      exportsBand: bandOf(c.exports, mirrorExports),
      chinaImports: c.imports,
      mirrorImports,
      importsGap: gapOf(c.imports, mirrorImports),
      importsBand: bandOf(c.imports, mirrorImports),
      chinaSourceId: c.sourceId,
      mirrorSourceId: m?.sourceId ?? null,
    };
  });
}

/** The "Both" rows as a log scale draws them: a zero (no point on a log axis) becomes a gap. */
export function bothLogRows(rows: readonly BothRow[]): BothRow[] {
  const pos = (v: number | null) => (v === 0 ? null : v);
  if (
    !rows.some(
      (r) =>
        r.chinaExports === 0 ||
        r.mirrorExports === 0 ||
        r.chinaImports === 0 ||
        r.mirrorImports === 0,
    )
  )
    return rows as BothRow[];
  return rows.map((r) => {
    const chinaExports = pos(r.chinaExports);
    const mirrorExports = pos(r.mirrorExports);
    const chinaImports = pos(r.chinaImports);
    const mirrorImports = pos(r.mirrorImports);
    return {
      ...r,
      chinaExports,
      mirrorExports,
      exportsBand: bandOf(chinaExports, mirrorExports),
      chinaImports,
      mirrorImports,
      importsBand: bandOf(chinaImports, mirrorImports),
    };
  });
}

/** The selected year's figures from both reporters: each flow's values and their gap. */
export interface BothReadout {
  exports: { china: number | null; mirror: number | null; gap: number | null };
  imports: { china: number | null; mirror: number | null; gap: number | null };
  balance: { china: number | null; mirror: number | null; gap: number | null };
  chinaSourceId: string | null;
  mirrorSourceId: string | null;
}

export function bothReadout(
  china: TradeRow | undefined,
  mirror: TradeRow | undefined,
): BothReadout {
  const pair = (c: number | null, m: number | null) => ({ china: c, mirror: m, gap: gapOf(c, m) });
  return {
    exports: pair(china?.exportsUsd ?? null, mirror?.exportsUsd ?? null),
    imports: pair(china?.importsUsd ?? null, mirror?.importsUsd ?? null),
    balance: pair(china ? balanceUsd(china) : null, mirror ? balanceUsd(mirror) : null),
    chinaSourceId: china?.sourceId ?? null,
    mirrorSourceId: mirror?.sourceId ?? null,
  };
}

/** A gap between the reporters, signed: "+$12.3 million", "−$360 million"; "no data" when either figure is missing. */
export function formatGap(gap: number | null, locale: Locale = 'en'): string {
  if (gap === null) return noData(locale);
  if (gap === 0) return formatUsd(0, locale);
  return `${gap > 0 ? '+' : '−'}${formatUsd(Math.abs(gap), locale)}`;
}
