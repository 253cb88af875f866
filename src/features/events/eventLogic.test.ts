import { describe, expect, it } from 'vitest';
import type { Category, DatasetEvent } from '../../data/schema';
import { categoriesInData } from '../../data/model';
import { buildSearchIndex, normalizeText, searchTerms } from '../../data/search';
import {
  categoryLabel,
  countByCategory,
  countText,
  filterEvents,
  groupByYear,
  nearestYear,
  neighbours,
  searchWithoutYear,
} from './eventLogic';

function ev(
  id: string,
  date: string,
  category: Category = 'diplomacy',
  extra: Partial<DatasetEvent> = {},
): DatasetEvent {
  return {
    id,
    date,
    title: `Title ${id}`,
    summary: `Summary ${id}`,
    category,
    people: [],
    places: [],
    sourceIds: ['WIKI_ARTICLE'],
    origin: 'research',
    ...extra,
  };
}

const EVENTS: DatasetEvent[] = [
  ev('a', '1992-01-06', 'diplomacy'),
  ev('b', '2006-04', 'pipeline', { people: ['Saparmurat Niyazov'], places: ['Beijing'] }),
  ev('c', '2006-04-03', 'pipeline', { title: 'Framework agreement on gas' }),
  ev('d', '2009', 'energy', { places: ['Türkmenbaşy'], summary: 'Gas to Şanghai' }),
  ev('e', '2009-12-14', 'human-rights'),
];

describe('category labels and the category set', () => {
  it.each([
    ['culture-science', 'Culture and science'],
    ['human-rights', 'Human rights'],
    ['diplomacy', 'Diplomacy'],
  ] as const)('gives readable labels: %s → %s', (category, label) =>
    expect(categoryLabel(category)).toBe(label),
  );

  it('derives the categories from the data, in the canonical order', () => {
    expect(categoriesInData(EVENTS)).toEqual(['diplomacy', 'energy', 'pipeline', 'human-rights']);
    expect(categoriesInData([])).toEqual([]);
  });

  it('counts events per category, zero included', () => {
    expect(countByCategory(EVENTS, ['diplomacy', 'pipeline', 'finance'])).toEqual({
      diplomacy: 1,
      pipeline: 2,
      finance: 0,
      energy: 1,
      'human-rights': 1,
    });
  });
});

describe('search', () => {
  it.each([
    ['Türkmenbaşy ÇIN', 'turkmenbasy cin'],
    ['Aşgabat', 'asgabat'],
    ['Turkmenbashı', 'turkmenbashi'],
  ])('normalizes case and accents: %s → %s', (text, normal) =>
    expect(normalizeText(text)).toBe(normal),
  );

  it('splits a query into words and ignores blanks', () => {
    expect(searchTerms('  Gas   Pipeline ')).toEqual(['gas', 'pipeline']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('searches titles, summaries, people and places, case- and accent-insensitively', () => {
    const ids = (query: string) => filterEvents(EVENTS, { categories: [], query }).map((e) => e.id);
    expect(ids('framework')).toEqual(['c']);
    expect(ids('NIYAZOV')).toEqual(['b']);
    expect(ids('beijing')).toEqual(['b']);
    expect(ids('turkmenbasy')).toEqual(['d']);
    expect(ids('şanghai')).toEqual(['d']);
    expect(ids('shanghai')).toEqual([]);
    expect(ids('gas framework')).toEqual(['c']);
    expect(ids('framework niyazov')).toEqual([]);
    expect(ids('')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives the same result with a prebuilt index', () => {
    const index = buildSearchIndex(EVENTS);
    expect(filterEvents(EVENTS, { categories: [], query: 'gas' }, index).map((e) => e.id)).toEqual([
      'c',
      'd',
    ]);
  });
});

describe('filtering', () => {
  it('keeps every category when none is chosen, and only the chosen ones otherwise', () => {
    const ids = (categories: Category[]) =>
      filterEvents(EVENTS, { categories, query: '' }).map((e) => e.id);
    expect(ids([])).toHaveLength(5);
    expect(ids(['pipeline'])).toEqual(['b', 'c']);
    expect(ids(['pipeline', 'energy'])).toEqual(['b', 'c', 'd']);
    expect(ids(['finance'])).toEqual([]);
  });

  it('combines categories, search and a year', () => {
    expect(
      filterEvents(EVENTS, { categories: ['pipeline'], query: 'gas', year: 2006 }).map((e) => e.id),
    ).toEqual(['c']);
    expect(filterEvents(EVENTS, { categories: [], query: '', year: 1995 })).toEqual([]);
    expect(filterEvents(EVENTS, { categories: [], query: '', year: null })).toHaveLength(5);
  });
});

describe('grouping and ordering', () => {
  it('groups by year, oldest first', () => {
    const groups = groupByYear(EVENTS, 'oldest');
    expect(groups.map((g) => g.year)).toEqual([1992, 2006, 2009]);
    expect(groups[1]!.events.map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('reverses years and events inside a year for newest first', () => {
    const groups = groupByYear(EVENTS, 'newest');
    expect(groups.map((g) => g.year)).toEqual([2009, 2006, 1992]);
    expect(groups[0]!.events.map((e) => e.id)).toEqual(['e', 'd']);
    expect(groups.flatMap((g) => g.events.map((e) => e.id))).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('does not change its input and handles an empty list', () => {
    const copy = [...EVENTS];
    groupByYear(EVENTS, 'newest');
    expect(EVENTS).toEqual(copy);
    expect(groupByYear([], 'oldest')).toEqual([]);
  });
});

describe('previous and next', () => {
  it('gives the neighbours in date order', () => {
    const { previous, next } = neighbours(EVENTS, 'c');
    expect(previous?.id).toBe('b');
    expect(next?.id).toBe('d');
  });

  it('has no previous event at the start and no next event at the end', () => {
    expect(neighbours(EVENTS, 'a').previous).toBeUndefined();
    expect(neighbours(EVENTS, 'a').next?.id).toBe('b');
    expect(neighbours(EVENTS, 'e').next).toBeUndefined();
    expect(neighbours(EVENTS, 'e').previous?.id).toBe('d');
  });

  it('has neither for an unknown id or a list of one', () => {
    expect(neighbours(EVENTS, 'zzz')).toEqual({ previous: undefined, next: undefined });
    expect(neighbours([EVENTS[0]!], 'a')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('small helpers', () => {
  it('finds the nearest year, the earlier on a tie', () => {
    expect(nearestYear([1992, 1998, 2006], 1995)).toBe(1992);
    expect(nearestYear([1992, 1998, 2006], 1996)).toBe(1998);
    expect(nearestYear([1992, 1998, 2006], 2006)).toBe(2006);
    expect(nearestYear([2006, 1998], 2030)).toBe(2006);
    expect(nearestYear([], 2000)).toBeUndefined();
  });

  it('drops only the year from a query string', () => {
    expect(searchWithoutYear('?year=2009&category=pipeline,energy&q=gas')).toBe(
      '?category=pipeline,energy&q=gas',
    );
    expect(searchWithoutYear('?year=2009')).toBe('');
    expect(searchWithoutYear('')).toBe('');
  });

  it('counts shown events', () => {
    expect(countText(51, 51)).toBe('51 events');
    expect(countText(12, 51)).toBe('12 of 51 events');
    expect(countText(0, 51)).toBe('0 of 51 events');
    expect(countText(1, 1)).toBe('1 event');
  });
});
