import { chinaShareOfTotal } from './derive';
import type { Dataset, Reporter, TotalTradeRow, TradeRow } from './schema';

/** The total-trade series shares are computed from (the COW series ends in 2014 and diverges). */
export const TOTAL_TRADE_SOURCE = 'IMF_DOTS_TKM_WORLD';

/** The trade figures indexed once with the model: nothing looks a row up by scanning again. */
export interface TradeIndex {
  /** Each reporter's rows, ascending by year (empty for a reporter without rows). */
  series: (reporter: Reporter) => readonly TradeRow[];
  /** The row a reporter gives for a year, or `undefined` in a gap (never interpolated). */
  row: (reporter: Reporter, year: number) => TradeRow | undefined;
  /** Turkmenistan's total trade with the world from TOTAL_TRADE_SOURCE, by year. */
  totalsByYear: ReadonlyMap<number, TotalTradeRow>;
  /** Every total-trade row, as the dataset gives them (all series). */
  totals: readonly TotalTradeRow[];
}

const NO_ROWS: readonly TradeRow[] = [];

export function indexTrade(dataset: Pick<Dataset, 'trade' | 'totalTrade'>): TradeIndex {
  const series = new Map<Reporter, TradeRow[]>();
  const byYear = new Map<Reporter, Map<number, TradeRow>>();
  for (const r of [...dataset.trade].sort((a, b) => a.year - b.year)) {
    const list = series.get(r.reporter);
    if (list) list.push(r);
    else series.set(r.reporter, [r]);
    const years = byYear.get(r.reporter) ?? new Map<number, TradeRow>();
    byYear.set(r.reporter, years);
    years.set(r.year, r);
  }
  return {
    series: (reporter) => series.get(reporter) ?? NO_ROWS,
    row: (reporter, year) => byYear.get(reporter)?.get(year),
    totalsByYear: new Map(
      dataset.totalTrade.filter((t) => t.sourceId === TOTAL_TRADE_SOURCE).map((t) => [t.year, t]),
    ),
    totals: dataset.totalTrade,
  };
}

export interface ChinaShare {
  /** Percent of Turkmenistan's exports plus imports. */
  value: number;
  /** The bilateral row's source, then the total's. */
  sourceIds: [string, string];
}

/**
 * China's share of Turkmenistan's total trade in a year, as one reporter gives the bilateral
 * figures: bilateral trade ÷ Turkmenistan's exports + imports from TOTAL_TRADE_SOURCE. `null`
 * where either figure is missing. The readout, the share line and the claim checks all use it.
 */
export function chinaShare(trade: TradeIndex, reporter: Reporter, year: number): ChinaShare | null {
  const row = trade.row(reporter, year);
  const total = trade.totalsByYear.get(year);
  const value = chinaShareOfTotal(row, total);
  return value === null || !row || !total
    ? null
    : { value, sourceIds: [row.sourceId, total.sourceId] };
}
