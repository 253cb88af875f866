// The whole explorer for route-level component tests. Apart from ./render so a test of one
// view does not load every view.
import { AppRoutes } from '../../src/app/App';
import { renderWithStore, type ExplorerRender, type RenderOptions } from './render';

/** The app's own route table on `dataset` (default `buildDataset()`), at `path`. */
export function renderExplorer(options: RenderOptions = {}): ExplorerRender {
  return renderWithStore(<AppRoutes />, options);
}
