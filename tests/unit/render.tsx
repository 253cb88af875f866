import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { rawDataset } from '../../src/data/dataset';
import { loadEnergyData, type EnergyData } from '../../src/data/energyDataset';
import { buildModel, type Model } from '../../src/data/model';
import { parseDataset } from '../../src/data/validate';
import {
  createExplorerStore,
  type ExplorerState,
  type ExplorerStoreApi,
} from '../../src/store/explorerStore';
import { StoreProvider } from '../../src/store/StoreProvider';
import { NavigationProvider } from '../../src/routing/navigation';

let cached: Model | undefined;

/** The shipped dataset, validated and indexed once per test file. */
export function testModel(): Model {
  if (cached) return cached;
  const result = parseDataset(rawDataset);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  cached = buildModel(result.dataset);
  return cached;
}

let cachedEnergy: EnergyData | undefined;

/** The shipped energy data, validated against the shipped dataset, once per test file. */
export function testEnergy(): EnergyData {
  if (cachedEnergy) return cachedEnergy;
  const result = loadEnergyData(testModel().dataset);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  cachedEnergy = result.data;
  return cachedEnergy;
}

export interface StoreRender extends RenderResult {
  store: ExplorerStoreApi;
  /** The address the memory router is at now (pathname + search). */
  location: () => string;
}

/**
 * Renders UI inside a fresh store and a memory router at `path`.
 * With `routes`, the element is rendered by the app's own route table instead.
 */
export function renderWithStore(
  ui: ReactElement,
  { path = '/', initial = {} }: { path?: string; initial?: Partial<ExplorerState> } = {},
): StoreRender {
  const store = createExplorerStore(testModel(), initial);
  let current = path;
  function LocationSpy() {
    const loc = useLocation();
    current = `${loc.pathname}${loc.search}`;
    return null;
  }
  const result = render(
    <StoreProvider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <NavigationProvider>
          <LocationSpy />
          <Routes>
            <Route path="*" element={ui} />
          </Routes>
        </NavigationProvider>
      </MemoryRouter>
    </StoreProvider>,
  );
  return { ...result, store, location: () => current };
}
