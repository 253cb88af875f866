import { describe, expect, it } from 'vitest';
import { testModel } from '../../../tests/unit/render';
import { createExplorerStore } from '../../store/explorerStore';
import * as sel from './selectors';

describe('event selectors', () => {
  it('keep the groups through a year step unless "Only this year" is on', () => {
    const { events } = testModel();
    const s = createExplorerStore(testModel(), { year: 2013 });
    const groups = sel.selectEventGroups(s.getState(), '');
    expect(sel.selectShownEvents(s.getState(), '')).toHaveLength(events.length);
    s.getState().setYear(2014);
    expect(sel.selectEventGroups(s.getState(), '')).toBe(groups);
    s.getState().setOnlyThisYear(true);
    const only = sel.selectEventGroups(s.getState(), '');
    expect(only.map((g) => g.year)).toEqual([2014]);
    s.getState().setYear(2009);
    expect(sel.selectEventGroups(s.getState(), '')).not.toBe(only);
  });

  it('filter by the search text given, and count the categories for it', () => {
    const s = createExplorerStore(testModel(), { year: 2009 });
    const shown = sel.selectShownEvents(s.getState(), 'pipeline');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(testModel().events.length);
    expect(sel.selectShownEvents(s.getState(), 'pipeline')).toBe(shown);
    const counts = sel.selectCategoryCounts(s.getState(), 'pipeline');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(shown.length);
    s.getState().toggleCategory('energy'); // the counts ignore the selected categories
    expect(sel.selectCategoryCounts(s.getState(), 'pipeline')).toBe(counts);
  });

  it('count the selected year’s events and those shown', () => {
    const s = createExplorerStore(testModel(), { year: 2009 });
    const inYear = testModel().eventsByYear.get(2009)?.length ?? 0;
    expect(sel.selectYearCounts(s.getState(), '')).toEqual({ inYear, shown: inYear });
    expect(sel.selectYearCounts(s.getState(), 'zzzz-no-such-text')).toEqual({ inYear, shown: 0 });
  });
});
