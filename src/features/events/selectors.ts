import { createSelector } from 'reselect';
import type { ExplorerStore } from '../../store/explorerStore';
import { selectCategories, selectModel, selectYear } from '../../store/selectors';
import { countByCategory, filterEvents, groupByYear } from './eventLogic';

/**
 * The event list's derived data: memoized selectors over the store and the search text, built
 * from the pure combiners of `eventLogic.ts`. The search text is an argument, not the store's
 * `query`, because the list filters by a deferred copy of it (so the list and the filters may ask
 * with two different texts at once: reselect's default `weakMapMemoize` answers both from its
 * cache, which lives as long as the model and the selected categories it is keyed by).
 */

const selectSearch = (_s: ExplorerStore, query: string) => query;
/** The year the list is restricted to ("Only this year"), else `null`: a year step changes nothing. */
const selectOnlyYear = (s: ExplorerStore) => (s.onlyThisYear ? s.year : null);
const selectOrder = (s: ExplorerStore) => s.eventOrder;

/** The events that pass the categories and the search, oldest first. */
export const selectMatchingEvents = createSelector(
  [selectModel, selectCategories, selectSearch],
  (model, categories, query) =>
    filterEvents(model.events, { categories, query }, model.searchIndex),
);

/** The events shown: the matching ones, of the selected year only with "Only this year". */
export const selectShownEvents = createSelector(
  [selectMatchingEvents, selectOnlyYear],
  (matching, year) =>
    year === null ? matching : filterEvents(matching, { categories: [], query: '', year }),
);

/** The shown events grouped by year, in the chosen order. */
export const selectEventGroups = createSelector([selectShownEvents, selectOrder], groupByYear);

/** How many events of the selected year there are, and how many of them are shown. */
export const selectYearCounts = createSelector(
  [selectModel, selectEventGroups, selectYear],
  (model, groups, year) => ({
    inYear: model.eventsByYear.get(year)?.length ?? 0,
    shown: groups.find((g) => g.year === year)?.events.length ?? 0,
  }),
);

/** Per category, how many events match the search (whatever categories are selected). */
export const selectCategoryCounts = createSelector([selectModel, selectSearch], (model, query) =>
  countByCategory(
    filterEvents(model.events, { categories: [], query }, model.searchIndex),
    model.eventCategories,
  ),
);
