import { createSelector } from 'reselect';
import { checkAllClaims } from '../../data/claimsEnergy';
import type { EnergyData } from '../../data/energyDataset';
import type { Dataset } from '../../data/schema';
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
    (energy: EnergyData) => energy.pipelineSourceIds,
  ],
  energyModel,
);

/** The article's claims the energy chart marks (gas supply and shares), checked once per pair. */
export const selectEnergyClaims = createSelector(
  [
    (core: Dataset) => core,
    (_core: Dataset, energy: EnergyData) => energy.dataset,
    (_core: Dataset, energy: EnergyData) => energy.gasYears,
  ],
  (core, energy, years) => checkAllClaims(core, energy, years).filter((c) => c.view === 'energy'),
);
