import { createSelector } from 'reselect';
import { claimVerdict, isTradeMeasure, type ClaimVerdict } from '../../data/claims';
import type { Claim, Reporter } from '../../data/schema';
import type { TradeIndex } from '../../data/trade';
import { selectModel } from '../../store/selectors';
import { selectDataReporter } from './selectors';

/**
 * The article's trade claims and their verdicts: used only by the chart and the claims table,
 * which load after the first screen, so the claim-checking code is not in the first chunk.
 */

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

/** The article's trade claims with their verdicts against the selected reporter's figures. */
export const selectCheckedClaims = createSelector(
  [selectModel, selectDataReporter],
  (model, reporter) => checkedClaims(model.dataset.claims, model.trade, reporter),
);
