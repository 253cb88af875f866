import { claimVerdict, describeYears, isTradeMeasure, type ClaimVerdict } from '../../data/claims';
import { balanceUsd } from '../../data/derive';
import type { Model } from '../../data/model';
import type { Claim, Reporter, TradeRow } from '../../data/schema';
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
  const rows: ChartRow[] = [];
  for (let year = minYear; year <= maxYear; year += 1) {
    const r = trade.row(reporter, year);
    rows.push(
      r
        ? {
            year,
            exports: r.exportsUsd,
            imports: r.importsUsd,
            balance: balanceUsd(r),
            sourceId: r.sourceId,
          }
        : { year, exports: null, imports: null, balance: null, sourceId: null },
    );
  }
  return rows;
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
  const rows: ShareRow[] = [];
  for (let year = minYear; year <= maxYear; year += 1) {
    const share = chinaShare(trade, reporter, year);
    rows.push({ year, share: share?.value ?? null, sourceId: share?.sourceIds[0] ?? null });
  }
  return rows;
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

export interface CheckedClaim {
  claim: Claim;
  result: ClaimVerdict;
}

/** The article's trade claims with their verdicts for a reporter; USD ones go on the main chart. */
export function checkedClaims(
  claims: readonly Claim[],
  trade: TradeIndex,
  reporter: Reporter,
): CheckedClaim[] {
  return claims
    .filter((c) => isTradeMeasure(c.measure) || c.measure === 'china-share-of-china-asia-trade')
    .map((claim) => ({ claim, result: claimVerdict(claim, trade, reporter) }))
    .sort((a, b) => a.claim.year - b.claim.year || a.claim.id.localeCompare(b.claim.id));
}

/** A short glyph per verdict, so verdicts never depend on colour alone. */
export const VERDICT_GLYPH = { matches: '✓', differs: '✗', 'cannot be checked': '?' } as const;

export const CLAIM_MEASURE_LABEL: Record<string, string> = {
  'china-exports': 'China’s exports',
  'china-imports': 'China’s imports',
  'bilateral-trade': 'Bilateral trade',
  'china-share-of-tkm-trade': 'China’s share of Turkmenistan’s trade',
  'china-share-of-china-asia-trade': 'Turkmenistan’s share of China’s trade with Asia',
};

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

export interface TableRow extends ChartRow {
  share: number | null;
}

/** The chart's rows with the share of the same year: the table's rows. */
export function tableRows(rows: readonly ChartRow[], shares: readonly ShareRow[]): TableRow[] {
  const shareByYear = new Map(shares.map((s) => [s.year, s.share]));
  return rows.map((r) => ({ ...r, share: shareByYear.get(r.year) ?? null }));
}

/** The years without a figure: "1991, 2021–2022, 2024–2025", or "no year". */
export function gapSummary(rows: readonly { year: number; sourceId: string | null }[]): string {
  const gaps = rows.filter((r) => r.sourceId === null).map((r) => r.year);
  return gaps.length ? describeYears(gaps) : 'no year';
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
  model: Pick<Model, 'trade' | 'dataset' | 'lowConfidenceSourceIds'>,
): TradeFacts {
  const { trade, dataset, lowConfidenceSourceIds } = model;
  const gasYears = dataset.gas.filter((g) => g.bcm > 0).map((g) => g.year);
  const lowYears = (reporter: Reporter) => {
    const years = trade
      .series(reporter)
      .filter((r) => lowConfidenceSourceIds.has(r.sourceId))
      .map((r) => r.year);
    return { text: describeYears(years), count: years.length };
  };
  return {
    firstGasYear: gasYears.length ? Math.min(...gasYears) : null,
    mirrorSourceIds: sourceIdsOf(trade.series('mirror')),
    mirrorDerivedYears: describeYears(
      trade
        .series('mirror')
        .filter(isDerivedFromChina)
        .map((r) => r.year),
    ),
    totalYears: describeYears([...trade.totalsByYear.keys()]),
    totalSourceId: TOTAL_TRADE_SOURCE,
    otherTotalSourceIds: sourceIdsOf(trade.totals.filter((t) => t.sourceId !== TOTAL_TRADE_SOURCE)),
    lowConfidenceYears: { china: lowYears('china'), mirror: lowYears('mirror') },
  };
}
