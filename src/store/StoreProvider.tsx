import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import type { Model } from '../data/model';
import {
  createExplorerStore,
  type ExplorerState,
  type ExplorerStore,
  type ExplorerStoreApi,
} from './explorerStore';
import { startPlaybackController } from './playbackController';

const StoreContext = createContext<ExplorerStoreApi | null>(null);

export function StoreProvider({
  model,
  initial,
  store,
  children,
}: {
  model?: Model;
  initial?: Partial<ExplorerState>;
  /** An existing store (tests, which start playback themselves if they need it); otherwise one
   * is made from `model`, with playback running. */
  store?: ExplorerStoreApi;
  children: ReactNode;
}) {
  const [api] = useState(() => {
    if (store) return store;
    if (!model) throw new Error('StoreProvider needs a model or a store');
    return createAppStore(model, initial);
  });
  return <StoreContext.Provider value={api}>{children}</StoreContext.Provider>;
}

/**
 * The app's store: the explorer state, and playback, which lives as long as the store does, so
 * that no view (nor a view's error) can stop it.
 */
export function createAppStore(model: Model, initial?: Partial<ExplorerState>): ExplorerStoreApi {
  const api = createExplorerStore(model, initial);
  startPlaybackController(api);
  return api;
}

export function useExplorerStoreApi(): ExplorerStoreApi {
  const api = useContext(StoreContext);
  if (!api) throw new Error('useExplorer must be used inside <StoreProvider>');
  return api;
}

/** Reads a slice of the explorer state; the component re-renders only when that slice changes. */
export function useExplorer<T>(selector: (state: ExplorerStore) => T): T {
  return useStore(useExplorerStoreApi(), selector);
}

/**
 * Like `useExplorer`, but the component follows the store in a transition: a change reaches it in
 * a render of its own after the one that draws it everywhere else, which React interrupts for the
 * next input. Only for what need not be in the frame that answers a key (a chart's marker in a
 * view the reader may not be looking at): the components that read the slice this way are left
 * out of that frame's render altogether. `selector` must be a stable function.
 */
export function useExplorerInTransition<T>(selector: (state: ExplorerStore) => T): T {
  const api = useExplorerStoreApi();
  const [value, setValue] = useState(() => selector(api.getState()));
  useEffect(() => {
    const follow = () => {
      const next = selector(api.getState());
      startTransition(() => setValue(next));
    };
    // A change between the render and this effect is followed too.
    follow();
    return api.subscribe(follow);
  }, [api, selector]);
  return value;
}
