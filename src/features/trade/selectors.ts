import { createSelector } from 'reselect';
import type { Reporter, TradeRow } from '../../data/schema';
import { chinaShare, type ChinaShare } from '../../data/trade';
import { balanceUsd } from '../../data/derive';
import { selectModel, selectReporter, selectYear } from '../../store/selectors';
import {
  chartRows,
  checkedClaims,
  gapSummary,
  shareRows,
  sourceIdsOf,
  tableRows,
  tradeFacts,
} from './tradeModel';

/**
 * The trade figure's derived data: memoized selectors over the store, built from the pure
 * combiners of `tradeModel.ts`. The same inputs give the same object, so views that read them
 * re-render only when what they draw changed.
 */

/** One row per year of the range for the selected reporter, `null` in the gaps. */
export const selectTradeRows = createSelector([selectModel, selectReporter], (model, reporter) =>
  chartRows(model.trade, reporter, model.minYear, model.maxYear),
);

/** China's share of Turkmenistan's trade per year for the selected reporter. */
export const selectShareRows = createSelector([selectModel, selectReporter], (model, reporter) =>
  shareRows(model.trade, reporter, model.minYear, model.maxYear),
);

/** The article's trade claims with their verdicts against the selected reporter's figures. */
export const selectCheckedClaims = createSelector(
  [selectModel, selectReporter],
  (model, reporter) => checkedClaims(model.dataset.claims, model.trade, reporter),
);

/** The table's rows: the chart's, each with its year's share. */
export const selectTradeTableRows = createSelector([selectTradeRows, selectShareRows], tableRows);

/** The sources of the chart's rows, in order of first appearance. */
export const selectTradeSourceIds = createSelector([selectTradeRows], sourceIdsOf);

/** The years the chart has no figure for, as text. */
export const selectTradeGaps = createSelector([selectTradeRows], gapSummary);

/** The ids and titles of the chart's sources, for the CSV's header. */
export const selectTradeSourceTitles = createSelector(
  [selectModel, selectTradeSourceIds],
  (model, ids) => ids.map((id) => ({ id, title: model.sourcesById.get(id)?.title ?? id })),
);

/** The facts the figure's notes state about the data (years, sources), from the data. */
export const selectTradeFacts = createSelector([selectModel], tradeFacts);

/** Everything the figure draws except the readout: one subscription, one answer per reporter. */
export const selectTradeFigure = createSelector(
  [
    selectTradeRows,
    selectShareRows,
    selectTradeTableRows,
    selectCheckedClaims,
    selectTradeSourceIds,
    selectTradeSourceTitles,
    selectTradeGaps,
    selectTradeFacts,
  ],
  (rows, shares, tableRows, claims, sourceIds, sourceTitles, gaps, facts) => ({
    rows,
    shares,
    tableRows,
    claims,
    sourceIds,
    sourceTitles,
    gaps,
    facts,
  }),
);

export interface TradeReadout {
  year: number;
  reporter: Reporter;
  row: TradeRow | undefined;
  balance: number | null;
  share: ChinaShare | null;
  lowConfidence: boolean;
}

/** The selected year's figures for the selected reporter: the readout's only input. */
export const selectTradeReadout = createSelector(
  [selectModel, selectReporter, selectYear],
  (model, reporter, year): TradeReadout => {
    const row = model.trade.row(reporter, year);
    return {
      year,
      reporter,
      row,
      balance: row ? balanceUsd(row) : null,
      share: chinaShare(model.trade, reporter, year),
      lowConfidence: row ? model.lowConfidenceSourceIds.has(row.sourceId) : false,
    };
  },
);
