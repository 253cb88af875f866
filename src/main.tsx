import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
// The app's stylesheets come first, so that a component's own stylesheet, imported with it, wins
// ties with them.
import './app/tokens.css';
import './app/base.css';
import './app/layout.css';
import { AppRoutes, preloadRoute, preparedStore } from './app/App';
import { DatasetErrorPage } from './app/DatasetErrorPage';
import { addressLocale } from './app/useAddressLanguage';
import { loadCatalog } from './data/i18n/messages';
import { RootErrorBoundary } from './app/RootErrorBoundary';
import './app/boot.css';
import { loadModelInSteps } from './app/loadModel';
import { StoreProvider, createAppStore } from './store/StoreProvider';
import type { ExplorerStoreApi } from './store/explorerStore';
import { applyTheme, storedTheme } from './app/theme';
import { startServiceWorker } from './app/serviceWorker';
import { nextTask } from './ui/nextTask';

applyTheme(storedTheme());

/**
 * Marks the page as live (`<html data-ready>`) once React has hydrated or rendered it: until then
 * a prerendered page shows its content but its controls do nothing yet (tests wait for it).
 */
function Ready() {
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return null;
}

function app(content: ReactNode) {
  return (
    <StrictMode>
      <RootErrorBoundary>{content}</RootErrorBoundary>
      <Ready />
    </StrictMode>
  );
}

const container = document.getElementById('root')!;

function explorer(store: ExplorerStoreApi) {
  return app(
    <StoreProvider store={store}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StoreProvider>,
  );
}

/**
 * The app's start, in short tasks with a pause between them (`nextTask`), so that no step blocks
 * the page for long: the baked page is on screen already, and a tap or a key is answered between
 * two steps (a baked link works as a plain link until the page is live). The entry's own
 * evaluation, the dataset's three steps (loadModelInSteps), the store, then hydration, which
 * React does in slices.
 */
async function start() {
  await nextTask();
  const loaded = await loadModelInSteps(nextTask);
  if (!('model' in loaded)) {
    // Said in the address's language: its catalog first (English if it cannot be fetched).
    await loadCatalog(addressLocale()).catch(() => undefined);
    createRoot(container).render(app(<DatasetErrorPage errors={loaded.errors} />));
    return;
  }
  const { pathname } = window.location;
  // The build bakes each address into its own HTML file (src/entry-server.tsx) and says which
  // one on the root. That page is hydrated; any other (an unknown address served the not-found
  // page or the service worker's fallback) is rendered afresh.
  const baked = container.dataset.prerendered === pathname;
  let ready = true;
  let store: ExplorerStoreApi;
  try {
    store = await preparedStore(loaded.model, pathname);
    // The first render must match the baked HTML: the route's own chunk comes first.
    if (baked) await preloadRoute(pathname);
  } catch {
    // A chunk could not be fetched (offline after an update): the route's own boundary says so.
    ready = false;
    store = createAppStore(loaded.model);
  }
  await nextTask();
  // A transition lets React render (or hydrate) the first screen in slices, so the page stays
  // responsive (and Lighthouse's total blocking time low) while the views mount.
  startTransition(() => {
    if (baked && ready) hydrateRoot(container, explorer(store));
    else createRoot(container).render(explorer(store));
  });
}

void start();
startServiceWorker();
