import { createSelector } from 'reselect';
import { selectArticleClaims } from '../../data/claimsEnergy';
import type { EnergyData } from '../../data/energyDataset';
import { energyModel } from './energyModel';

/**
 * The energy view's derived data: memoized selectors over the energy model (the store's loaded
 * `EnergyData`; for the claims, with the core dataset), built from the pure combiners of
 * `energyModel.ts`. The same inputs give the same object, so the chart, readout and tables
 * re-render only when the data changes.
 */

/** The chart's rows, destinations in stack order, years, pipeline use and notes' facts. */
export const selectEnergyModel = createSelector(
  [
    (energy: EnergyData) => energy.gasYears,
    (energy: EnergyData) => energy.dataset.gasExports,
    (energy: EnergyData) => energy.pipelineUse,
  ],
  energyModel,
);

/** The article's claims the energy chart marks (gas supply and shares). */
export const selectEnergyClaims = createSelector([selectArticleClaims], (claims) =>
  claims.filter((c) => c.view === 'energy'),
);
