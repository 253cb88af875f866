import { createSelector, createStructuredSelector } from 'reselect';
import type { Reporter, TradeRow } from '../../data/schema';
import { chinaShare, type ChinaShare } from '../../data/trade';
import { balanceUsd } from '../../data/derive';
import type { ExplorerStore } from '../../store/explorerStore';
import { selectModel, selectModelLocale, selectReporter, selectYear } from '../../store/selectors';
import {
  bothLogRows,
  bothReadout,
  bothRows,
  chartRows,
  gapSummary,
  logScaleRows,
  shareRows,
  sourceIdsOf,
  tableRows,
  tradeFacts,
  type BothReadout,
} from './tradeModel';

/**
 * The trade figure's derived data: memoized selectors over the store, built from the pure
 * combiners of `tradeModel.ts`. The same inputs give the same object, so views that read them
 * re-render only when what they draw changed.
 */

/**
 * The reporter whose figures the claims, shares and single-series parts use: with "Both", China's
 * own (the mirror is drawn beside it, see `selectBothRows`).
 */
export const selectDataReporter = (s: ExplorerStore): Reporter =>
  s.reporter === 'both' ? 'china' : s.reporter;

/** One row per year of the range for the selected reporter, `null` in the gaps. */
export const selectTradeRows = createSelector(
  [selectModel, selectDataReporter],
  (model, reporter) => chartRows(model.trade, reporter, model.minYear, model.maxYear),
);

/** The mirror's rows over the same years (built once per dataset). */
const selectMirrorRows = createSelector([selectModel], (model) =>
  chartRows(model.trade, 'mirror', model.minYear, model.maxYear),
);
const selectChinaRows = createSelector([selectModel], (model) =>
  chartRows(model.trade, 'china', model.minYear, model.maxYear),
);

/** Both reporters' figures per year with the gap between them (built once per dataset). */
export const selectBothRows = createSelector([selectChinaRows, selectMirrorRows], bothRows);
export const selectBothLogRows = createSelector([selectBothRows], bothLogRows);

/** The sources of both series, China's first. */
export const selectBothSourceIds = createSelector([selectChinaRows, selectMirrorRows], (c, m) =>
  sourceIdsOf([...c, ...m]),
);

/** The rows as the log-scale chart draws them (a zero is a gap; `logZeroNote` says so). */
export const selectLogScaleRows = createSelector([selectTradeRows], logScaleRows);

/** China's share of Turkmenistan's trade per year for the selected reporter. */
export const selectShareRows = createSelector(
  [selectModel, selectDataReporter],
  (model, reporter) => shareRows(model.trade, reporter, model.minYear, model.maxYear),
);

/** The table's rows: the chart's, each with its year's share. */
export const selectTradeTableRows = createSelector([selectTradeRows, selectShareRows], tableRows);

/** The sources of the chart's rows, in order of first appearance (both series' with "Both"). */
export const selectTradeSourceIds = createSelector(
  [selectReporter, selectTradeRows, selectBothSourceIds],
  (choice, rows, both) => (choice === 'both' ? both : sourceIdsOf(rows)),
);

/** The years the mirror has no figure for, as text (the "Both" chart's second series). */
export const selectMirrorGaps = createSelector([selectMirrorRows, selectModelLocale], gapSummary);

/** The years the chart has no figure for, as text. */
export const selectTradeGaps = createSelector([selectTradeRows, selectModelLocale], gapSummary);

/** The ids and titles of the chart's sources, for the CSV's header. */
export const selectTradeSourceTitles = createSelector(
  [selectModel, selectTradeSourceIds],
  (model, ids) => ids.map((id) => ({ id, title: model.sourcesById.get(id)?.title ?? id })),
);

/** The facts the figure's notes state about the data (years, sources), from the data. */
export const selectTradeFacts = createSelector([selectModel], tradeFacts);

/** Everything the figure draws except the readout: one subscription, one answer per reporter. */
export const selectTradeFigure = createStructuredSelector({
  rows: selectTradeRows,
  logRows: selectLogScaleRows,
  shares: selectShareRows,
  tableRows: selectTradeTableRows,
  sourceIds: selectTradeSourceIds,
  sourceTitles: selectTradeSourceTitles,
  gaps: selectTradeGaps,
  facts: selectTradeFacts,
  both: selectBothRows,
  bothLog: selectBothLogRows,
  mirrorGaps: selectMirrorGaps,
});

export interface TradeReadout {
  year: number;
  /** The reporter of `row`, `share` and `balance` (China's with "Both"). */
  reporter: Reporter;
  /** With "Both": both reporters' figures and the gaps; otherwise `null`. */
  both: BothReadout | null;
  row: TradeRow | undefined;
  balance: number | null;
  share: ChinaShare | null;
  lowConfidence: boolean;
}

/** The selected year's figures for the selected reporter: the readout's only input. */
export const selectTradeReadout = createSelector(
  [selectModel, selectReporter, selectDataReporter, selectYear],
  (model, choice, reporter, year): TradeReadout => {
    const row = model.trade.row(reporter, year);
    return {
      year,
      reporter,
      both: choice === 'both' ? bothReadout(row, model.trade.row('mirror', year)) : null,
      row,
      balance: row ? balanceUsd(row) : null,
      share: chinaShare(model.trade, reporter, year),
      lowConfidence: row ? model.lowConfidenceSourceIds.has(row.sourceId) : false,
    };
  },
);
