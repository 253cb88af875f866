import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
// The app's stylesheets come first, so that a component's own stylesheet, imported with it, wins
// ties with them.
import './app/tokens.css';
import './app/base.css';
import './app/layout.css';
import { AppRoutes } from './app/App';
import { DatasetErrorPage } from './app/DatasetErrorPage';
import { RootErrorBoundary } from './app/RootErrorBoundary';
import './app/boot.css';
import { rawDataset } from './data/dataset';
import { buildModel, type Model } from './data/model';
import { parseDataset } from './data/validate';
import { StoreProvider } from './store/StoreProvider';
import { applyTheme, storedTheme } from './app/theme';
import { startServiceWorker } from './app/serviceWorker';
import { prepareLocale } from './app/localeModels';
import { splitLocale } from './routing/paths';

applyTheme(storedTheme());

const root = createRoot(document.getElementById('root')!);

/** The validated, indexed dataset, or what is wrong with it: never a throw. */
function loadModel(): { model: Model } | { errors: string[] } {
  const result = parseDataset(rawDataset);
  if (!result.ok) return { errors: result.errors };
  try {
    return { model: buildModel(result.dataset) };
  } catch (error) {
    return { errors: [`dataset: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
const loaded = loadModel();
// A Russian or Chinese address: its catalog and translated texts start loading at once.
if ('model' in loaded)
  void prepareLocale(loaded.model, splitLocale(window.location.pathname).locale);

// A transition lets React render the first screen in slices, so the page stays responsive
// (and Lighthouse's total blocking time low) while the views mount.
startTransition(() =>
  root.render(
    <StrictMode>
      <RootErrorBoundary>
        {'model' in loaded ? (
          <StoreProvider model={loaded.model}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </StoreProvider>
        ) : (
          <DatasetErrorPage errors={loaded.errors} />
        )}
      </RootErrorBoundary>
    </StrictMode>,
  ),
);

startServiceWorker();
