import { createSelector } from 'reselect';
import { lineStatuses } from '../../data/derive';
import { selectHighlightedLines, selectModel, selectYear } from '../../store/selectors';
import {
  capacityOf,
  lineRows,
  MAIN_LINES,
  mapLineStates,
  sameMapLineStates,
  sourceIdsIn,
} from './lineInfo';
import { projectLines, projectPlaces } from './mapLayout';
import { parseRoutes, shippedRoutes } from '../../data/routes';

/**
 * The pipeline map's derived data: memoized selectors over the store, built from the pure
 * combiners of `lineInfo.ts` and `data/derive.ts`.
 */

/** Every line's status at the end of the selected year. */
export const selectLineStatuses = createSelector([selectModel, selectYear], (model, year) =>
  lineStatuses(model.dataset.lines, model.milestonesByLine, year),
);

/** Every line with its status, the explanation of it and the event it opens. */
export const selectLineRows = createSelector(
  [selectLineStatuses, selectModel, selectYear],
  lineRows,
);

/**
 * What the map draws per line. Equal from one year to the next unless a line's status, its
 * highlight or its event changed (then the previous map is kept), so the map re-renders only then.
 */
export const selectMapLineStates = createSelector(
  [selectLineRows, selectHighlightedLines],
  mapLineStates,
  { memoizeOptions: { resultEqualityCheck: sameMapLineStates } },
);

/** The gas sent to China in the selected year, or `undefined` in a gap. */
export const selectGasOfYear = createSelector([selectModel, selectYear], (model, year) =>
  model.gasByYear.get(year),
);

/** The capacity in service of Lines A–D at the end of the year, with its sources. */
export const selectCapacity = createSelector([selectLineStatuses, selectModel], (rows, model) =>
  capacityOf(
    rows,
    MAIN_LINES,
    (model.sourcesByKind.get('derived') ?? []).map((s) => s.id),
  ),
);

/** The sources the map's credits name: the routes' and the country outlines'. */
export const selectMapCredits = createSelector([selectModel], (model) => ({
  routes: [
    ...new Set(
      model.dataset.lines.flatMap((l) => [l.sourceId, ...sourceIdsIn(l.attributeSources.geometry)]),
    ),
  ],
  basemap: (model.sourcesByKind.get('map') ?? []).map((s) => s.id),
}));

/** The routes of the dataset's lines, validated (they ship apart, with the map's code). */
export const selectRoutes = createSelector([selectModel], (model) =>
  parseRoutes(shippedRoutes, model.dataset.lines),
);

/** The lines projected onto the map: once per dataset (none where the routes are broken). */
export const selectProjectedLines = createSelector([selectModel, selectRoutes], (model, routes) =>
  routes.ok ? projectLines(model.dataset.lines, routes.routes) : [],
);

/** What is wrong with the routes, if anything (the map then says so and draws no lines). */
const selectRouteErrors = createSelector([selectRoutes], (routes) =>
  routes.ok ? NO_ERRORS : routes.errors,
);
const NO_ERRORS: readonly string[] = [];

/** The places projected onto the map, inside and outside its frame: once per dataset. */
export const selectProjectedPlaces = createSelector([selectModel], (model) =>
  projectPlaces(model.dataset.places),
);

/** Everything the map figure draws: one subscription, one answer per year (and event). */
export const selectPipelineMap = createSelector(
  [
    selectLineRows,
    selectMapLineStates,
    selectGasOfYear,
    selectCapacity,
    selectMapCredits,
    selectProjectedLines,
    selectProjectedPlaces,
    selectRouteErrors,
  ],
  (rows, state, gas, capacity, credits, projected, marks, routeErrors) => ({
    rows,
    state,
    gas,
    capacity,
    credits,
    projected,
    marks,
    routeErrors,
  }),
);
