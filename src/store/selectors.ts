import { useEffect } from 'react';
import type { DatasetEvent, LineId } from '../data/schema';
import type { EnergyState, ExplorerStore } from './explorerStore';
import { useExplorer, useExplorerStoreApi } from './StoreProvider';

// Plain selectors: pass them to `useExplorer` so a component re-renders only when its slice changes.
// They are the inputs of each feature's memoized selectors (`features/*/selectors.ts`), which are
// built with reselect's `createSelector` from the pure combiners beside them.
export const selectYear = (s: ExplorerStore) => s.year;
export const selectModel = (s: ExplorerStore) => s.model;
export const selectPlaying = (s: ExplorerStore) => s.playing;
export const selectSpeed = (s: ExplorerStore) => s.speed;
export const selectReporter = (s: ExplorerStore) => s.reporter;
export const selectScale = (s: ExplorerStore) => s.scale;
export const selectCategories = (s: ExplorerStore) => s.categories;
export const selectQuery = (s: ExplorerStore) => s.query;
export const selectSelectedEventId = (s: ExplorerStore) => s.selectedEventId;
export const selectSelectedEvent = (s: ExplorerStore): DatasetEvent | undefined =>
  s.selectedEventId === null ? undefined : s.model.eventsById.get(s.selectedEventId);

/** Pipeline lines the selected event concerns: the map highlights them. */
const NO_LINES: readonly LineId[] = [];
export const selectHighlightedLines = (s: ExplorerStore): readonly LineId[] =>
  selectSelectedEvent(s)?.lines ?? NO_LINES;

export const useYear = () => useExplorer(selectYear);
export const useModel = () => useExplorer(selectModel);
export const useSelectedEvent = () => useExplorer(selectSelectedEvent);
export const useHighlightedLines = () => useExplorer(selectHighlightedLines);

export const selectEnergy = (s: ExplorerStore) => s.energy;

/** The energy data, asking the store to load it the first time a view needs it. */
export function useEnergyData(): EnergyState {
  const energy = useExplorer(selectEnergy);
  const api = useExplorerStoreApi();
  useEffect(() => {
    if (api.getState().energy.status === 'idle') api.getState().loadEnergy();
  }, [api]);
  return energy;
}
