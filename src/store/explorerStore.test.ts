import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { createExplorerStore, NO_HIGHLIGHT } from './explorerStore';
import {
  selectHighlightedClaims,
  selectHighlightedLines,
  selectHighlightedSeries,
  selectSelectedEvent,
} from './selectors';

// Trade 2000–2010, gas reported for 2003 and 2008 only, one event about a line.
const model = buildTestModel({
  years: [2000, 2010],
  gas: [
    { year: 2003, bcm: 5 },
    { year: 2008, bcm: 9 },
  ],
  lines: [{ id: 'C' }],
  events: [{ id: 'line-c-starts', date: '2006-05-31', title: 'Line C starts', lines: ['C'] }],
});

describe('explorer store', () => {
  it('starts at the latest year with both trade and gas, China as reporter, a linear scale', () => {
    const s = createExplorerStore(model).getState();
    expect(s.year).toBe(model.defaultYear);
    expect(model).toMatchObject({ minYear: 2000, maxYear: 2010, defaultYear: 2008 });
    expect(s.reporter).toBe('china');
    expect(s.scale).toBe('linear');
    expect(s.playing).toBe(false);
  });

  it('clamps years into the data’s range and ignores non-numbers', () => {
    const store = createExplorerStore(model);
    store.getState().setYear(1700);
    expect(store.getState().year).toBe(model.minYear);
    store.getState().setYear(5000);
    expect(store.getState().year).toBe(model.maxYear);
    store.getState().setYear(Number.NaN);
    expect(store.getState().year).toBe(model.maxYear);
    store.getState().stepYear(-2);
    expect(store.getState().year).toBe(model.maxYear - 2);
  });

  it('does not notify subscribers when the year does not change', () => {
    const store = createExplorerStore(model, { year: 2005 });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().setYear(2005);
    expect(calls).toBe(0);
  });

  it('opening an event selects its year and stops playback; an unknown id selects nothing', () => {
    const store = createExplorerStore(model, { year: 2001, playing: true });
    store.getState().selectEvent('line-c-starts');
    expect(store.getState()).toMatchObject({ year: 2006, playing: false });
    expect(selectSelectedEvent(store.getState())?.title).toBe('Line C starts');
    expect(selectHighlightedLines(store.getState())).toEqual(['C']);
    store.getState().selectEvent('nope');
    expect(store.getState().selectedEventId).toBeNull();
    expect(selectHighlightedLines(store.getState())).toEqual([]);
  });

  it('highlights what a view asks for, with the selected event’s lines, until cleared', () => {
    const store = createExplorerStore(model);
    expect(selectHighlightedSeries(store.getState())).toEqual([]);
    store.getState().setHighlight({ lines: ['D'], series: ['imports'], claims: ['c1'] });
    store.getState().selectEvent('line-c-starts');
    const lines = selectHighlightedLines(store.getState());
    expect(lines).toEqual(['C', 'D']);
    // The same array while nothing changed, so the map does not re-render per year step.
    store.getState().setYear(2009);
    expect(selectHighlightedLines(store.getState())).toBe(lines);
    expect(selectHighlightedSeries(store.getState())).toEqual(['imports']);
    expect(selectHighlightedClaims(store.getState())).toEqual(['c1']);
    store.getState().setHighlight(NO_HIGHLIGHT);
    store.getState().selectEvent(null);
    expect(selectHighlightedLines(store.getState())).toEqual([]);
    expect(selectHighlightedClaims(store.getState())).toEqual([]);
  });

  it('playing from the last year starts again from the first', () => {
    const store = createExplorerStore(model, { year: model.maxYear });
    store.getState().play();
    expect(store.getState()).toMatchObject({ playing: true, year: model.minYear });
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('keeps categories in one canonical order and clears filters', () => {
    const store = createExplorerStore(model);
    store.getState().toggleCategory('security');
    store.getState().toggleCategory('diplomacy');
    expect(store.getState().categories).toEqual(['diplomacy', 'security']);
    store.getState().toggleCategory('diplomacy');
    expect(store.getState().categories).toEqual(['security']);
    store.getState().setQuery('gas');
    store.getState().clearFilters();
    expect(store.getState()).toMatchObject({ categories: [], query: '', onlyThisYear: false });
  });
});
