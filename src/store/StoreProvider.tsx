import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Model } from '../data/model';
import {
  createExplorerStore,
  type ExplorerState,
  type ExplorerStore,
  type ExplorerStoreApi,
} from './explorerStore';

const StoreContext = createContext<ExplorerStoreApi | null>(null);

export function StoreProvider({
  model,
  initial,
  store,
  children,
}: {
  model?: Model;
  initial?: Partial<ExplorerState>;
  /** An existing store (tests); otherwise one is made from `model`. */
  store?: ExplorerStoreApi;
  children: ReactNode;
}) {
  const [api] = useState(() => {
    if (store) return store;
    if (!model) throw new Error('StoreProvider needs a model or a store');
    return createExplorerStore(model, initial);
  });
  return <StoreContext.Provider value={api}>{children}</StoreContext.Provider>;
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
