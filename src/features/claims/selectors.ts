import { createSelector } from 'reselect';
import { checkAllClaims } from '../../data/claimsEnergy';
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
