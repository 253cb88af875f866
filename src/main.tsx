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
import { rawDataset } from './data/dataset';
import { buildModel } from './data/model';
import { parseDataset } from './data/validate';
import { StoreProvider } from './store/StoreProvider';
import { applyTheme, storedTheme } from './app/theme';

applyTheme(storedTheme());

const root = createRoot(document.getElementById('root')!);
const result = parseDataset(rawDataset);

// A transition lets React render the first screen in slices, so the page stays responsive
// (and Lighthouse's total blocking time low) while the views mount.
startTransition(() =>
  root.render(
    <StrictMode>
      {result.ok ? (
        <StoreProvider model={buildModel(result.dataset)}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </StoreProvider>
      ) : (
        <DatasetErrorPage errors={result.errors} />
      )}
    </StrictMode>,
  ),
);
