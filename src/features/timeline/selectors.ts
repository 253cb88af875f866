import { createSelector } from 'reselect';
import { selectModel } from '../../store/selectors';

/**
 * The slider's ticks: one per year with events, placed along the track (as a CSS length that
 * allows for the thumb). Once per dataset.
 */
export const selectEventTicks = createSelector(
  [selectModel],
  ({ eventYears, minYear, maxYear }) => {
    const span = Math.max(1, maxYear - minYear);
    return eventYears.map((y) => ({
      year: y,
      left: `calc(var(--year-slider-thumb) / 2 + (100% - var(--year-slider-thumb)) * ${(y - minYear) / span})`,
    }));
  },
);
