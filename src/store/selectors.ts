import { useEffect } from 'react';
import { createSelector } from 'reselect';
import { modelLocale } from '../data/model';
import type { DatasetEvent, LineId, TradeSeries } from '../data/schema';
import type { EnergyState, ExplorerStore } from './explorerStore';
import { useExplorer, useExplorerStoreApi } from './StoreProvider';

// Plain selectors: pass them to `useExplorer` so a component re-renders only when its slice changes.
// They are the inputs of each feature's memoized selectors (`features/*/selectors.ts`), which are
// built with reselect's `createSelector` from the pure combiners beside them.
export const selectYear = (s: ExplorerStore) => s.year;
export const selectModel = (s: ExplorerStore) => s.model;
/** The locale the model's texts are written in. */
export const selectModelLocale = (s: ExplorerStore) => modelLocale(s.model);
export const selectPlaying = (s: ExplorerStore) => s.playing;
export const selectSpeed = (s: ExplorerStore) => s.speed;
export const selectReporter = (s: ExplorerStore) => s.reporter;
export const selectScale = (s: ExplorerStore) => s.scale;
export const selectCategories = (s: ExplorerStore) => s.categories;
export const selectQuery = (s: ExplorerStore) => s.query;
export const selectSelectedEvent = (s: ExplorerStore): DatasetEvent | undefined =>
  s.selectedEventId === null ? undefined : s.model.eventsById.get(s.selectedEventId);

/**
 * Pipeline lines the map highlights: those the selected event concerns and those another view
 * (the story) asks for. The same array while its inputs stay (every year step runs it).
 */
const NO_LINES: readonly LineId[] = [];
export const selectHighlightedLines = createSelector(
  [
    (s: ExplorerStore) => selectSelectedEvent(s)?.lines ?? NO_LINES,
    (s: ExplorerStore) => s.highlight.lines ?? NO_LINES,
  ],
  (event, asked): readonly LineId[] =>
    asked.length === 0 ? event : event.length === 0 ? asked : [...new Set([...event, ...asked])],
);

const NO_SERIES: readonly TradeSeries[] = [];
const NO_CLAIMS: readonly string[] = [];
/** Trade series another view asks the chart to emphasise (none: all drawn alike). */
export const selectHighlightedSeries = (s: ExplorerStore): readonly TradeSeries[] =>
  s.highlight.series ?? NO_SERIES;
/** Article claims another view asks the trade figure to mark. */
export const selectHighlightedClaims = (s: ExplorerStore): readonly string[] =>
  s.highlight.claims ?? NO_CLAIMS;

export const useModel = () => useExplorer(selectModel);
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
