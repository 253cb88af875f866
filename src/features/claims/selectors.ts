import { createSelector } from 'reselect';
import { checkAllClaims, latestComposition } from '../../data/claimsEnergy';
import type { EnergyData } from '../../data/energyDataset';
import type { Dataset } from '../../data/schema';

/**
 * Every claim of the article checked against the core dataset and the energy model: memoized, so
 * once per pair of datasets.
 */
export const selectArticleClaims = createSelector(
  [
    (core: Dataset) => core,
    (_core: Dataset, energy: EnergyData) => energy.dataset,
    (_core: Dataset, energy: EnergyData) => energy.gasYears,
  ],
  checkAllClaims,
);

/** What China bought, by HS chapter, in the latest year the composition data covers. */
export const selectComposition = createSelector(
  [(energy: EnergyData) => energy.dataset.composition],
  latestComposition,
);
