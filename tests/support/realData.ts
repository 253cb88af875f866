// The shipped dataset, for the tests of the real figures only (tests/data/). Behaviour tests
// use `buildDataset` from ./dataset instead, so a data refresh cannot break them.
import type { ReactElement } from 'react';
import { rawDataset } from '../../src/data/dataset';
import { loadEnergyData, type EnergyData } from '../../src/data/energyDataset';
import { buildModel, type Model } from '../../src/data/model';
import type { Claim } from '../../src/data/schema';
import { parseDataset } from '../../src/data/validate';
import { renderWithStore, type ExplorerRender, type RenderOptions } from './render';

let cached: Model | undefined;

/** The shipped dataset, validated and indexed once per test file. */
export function realModel(): Model {
  if (cached) return cached;
  const result = parseDataset(rawDataset);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  cached = buildModel(result.dataset);
  return cached;
}

/** One of the article's claims in the shipped dataset, by id (a test error if there is none). */
export function realClaim(id: string): Claim {
  const found = realModel().dataset.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

let cachedEnergy: EnergyData | undefined;

/** The shipped energy data (gas by destination, composition, later facts), validated once. */
export function realEnergy(): EnergyData {
  if (cachedEnergy) return cachedEnergy;
  const result = loadEnergyData(realModel().dataset);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  cachedEnergy = result.data;
  return cachedEnergy;
}

/** `renderWithStore` on the shipped dataset: for component tests of the real figures. */
export function renderWithRealData(
  ui: ReactElement,
  options: Omit<RenderOptions, 'dataset' | 'model'> = {},
): ExplorerRender {
  return renderWithStore(ui, { ...options, model: realModel() });
}
