// Rendering helpers for component tests (excalidraw's tests/helpers are the model): a dataset
// becomes a model, the model a fresh store, and the UI renders in a memory router at `path`.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { buildModel, type Model } from '../../src/data/model';
import type { Dataset } from '../../src/data/schema';
import {
  createExplorerStore,
  type ExplorerState,
  type ExplorerStoreApi,
} from '../../src/store/explorerStore';
import { StoreProvider } from '../../src/store/StoreProvider';
import { NavigationProvider } from '../../src/routing/navigation';
import { buildTestModel } from './dataset';

export interface RenderOptions {
  /** The data to show: a dataset from `buildDataset`, or a model. Default: `buildDataset()`. */
  dataset?: Dataset;
  model?: Model;
  /** Where the memory router starts (pathname + search). Default `/`. */
  path?: string;
  /** State the store starts with, over the model's defaults. */
  initial?: Partial<ExplorerState>;
}

export interface ExplorerRender extends RenderResult {
  store: ExplorerStoreApi;
  model: Model;
  /** The address the memory router is at now (pathname + search). */
  location: () => string;
}

function modelOf({ dataset, model }: RenderOptions): Model {
  if (model) return model;
  return dataset ? buildModel(dataset) : buildTestModel();
}

/** Renders `ui` inside a fresh store and a memory router at `path` (every path matches `ui`). */
export function renderWithStore(ui: ReactElement, options: RenderOptions = {}): ExplorerRender {
  const { path = '/', initial = {} } = options;
  const model = modelOf(options);
  const store = createExplorerStore(model, initial);
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
  return { ...result, store, model, location: () => current };
}
