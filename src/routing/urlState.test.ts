import { describe, expect, it } from 'vitest';
import { testModel } from '../../tests/unit/render';
import { eventLinkSearch, MAX_QUERY_LENGTH, parseUrlState, serializeUrlState } from './urlState';

const model = testModel();
const defaults = {
  year: model.defaultYear,
  reporter: 'china',
  scale: 'linear',
  categories: [],
  query: '',
};

describe('parseUrlState', () => {
  it('reads valid parameters', () => {
    expect(
      parseUrlState('?year=2010&reporter=mirror&scale=log&category=energy,pipeline&q=gas', model),
    ).toEqual({
      year: 2010,
      reporter: 'mirror',
      scale: 'log',
      categories: ['energy', 'pipeline'],
      query: 'gas',
    });
  });

  it.each([
    ['', defaults],
    ['?year=abc', defaults],
    ['?year=', defaults],
    ['?year=20.5', defaults],
    ['?year=1e3', defaults],
    ['?reporter=CHINA&scale=LOG', { ...defaults, scale: 'log' }],
    ['?reporter=russia&scale=cubic', defaults],
    ['?category=sports,,energy,ENERGY', { ...defaults, categories: ['energy'] }],
  ])('falls back to defaults for invalid values: %s', (search, expected) => {
    expect(parseUrlState(search, model)).toEqual(expected);
  });

  it('survives broken percent-encoding', () => {
    const state = parseUrlState('?q=%E0%A4%A&year=%ZZ&reporter=%', model);
    expect(state).toMatchObject({ year: model.defaultYear, reporter: 'china' });
    expect(typeof state.query).toBe('string');
  });

  it('clamps years outside the data, including huge and negative ones', () => {
    expect(parseUrlState('?year=99999999', model).year).toBe(model.maxYear);
    expect(parseUrlState('?year=-5', model).year).toBe(model.minYear);
    expect(parseUrlState('?year=1200', model).year).toBe(model.minYear);
  });

  it('takes the first of repeated keys and merges repeated categories', () => {
    const state = parseUrlState('?year=2001&year=2002&category=security&category=energy', model);
    expect(state.year).toBe(2001);
    expect(state.categories).toEqual(['energy', 'security']);
  });

  it('cuts very long search text', () => {
    expect(parseUrlState(`?q=${'x'.repeat(5000)}`, model).query).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('serializeUrlState', () => {
  it('leaves defaults out, so the plain explorer is at "/"', () => {
    expect(serializeUrlState(parseUrlState('', model), model)).toBe('');
  });

  it('round-trips every parameter', () => {
    const search = '?year=2010&reporter=mirror&scale=log&category=energy,pipeline&q=gas+deal';
    expect(serializeUrlState(parseUrlState(search, model), model)).toBe(search);
  });
});

describe('eventLinkSearch', () => {
  it("builds an event address's canonical query string with the event's year", () => {
    expect(eventLinkSearch('?year=1995&q=gas&category=energy,pipeline', 2009, model)).toBe(
      '?year=2009&category=energy,pipeline&q=gas',
    );
    expect(eventLinkSearch('', 2009, model)).toBe('?year=2009');
    // The default year is left out of addresses.
    expect(eventLinkSearch('?year=1995', model.defaultYear, model)).toBe('');
  });
});
