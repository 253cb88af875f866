import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import {
  canonicalPathname,
  eventLinkSearch,
  MAX_QUERY_LENGTH,
  parseUrlState,
  serializeUrlState,
} from './urlState';

// Years 1990–2020; the default year (the latest with trade and gas) is 2020.
const model = buildTestModel({ years: [1990, 2020] });
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
    ['?reporter=bothx', defaults],
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
    expect([model.minYear, model.maxYear, model.defaultYear]).toEqual([1990, 2020, 2020]);
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
    // Cut between whole characters: never half an emoji, which would enter the address as U+FFFD.
    const emoji = parseUrlState(`?q=a${'😀'.repeat(150)}`, model).query;
    expect(emoji).toBe(`a${'😀'.repeat(99)}`);
    expect(serializeUrlState({ ...defaults, query: emoji } as never, model)).not.toContain(
      '%EF%BF%BD',
    );
  });
});

describe('reporter=both', () => {
  it('reads "both" (in any case) as the choice to draw both reporters', () => {
    expect(parseUrlState('?reporter=both', model).reporter).toBe('both');
    expect(parseUrlState('?reporter=BOTH', model).reporter).toBe('both');
  });

  it('writes it back and round-trips it with the other parameters', () => {
    expect(serializeUrlState({ ...defaults, reporter: 'both' } as never, model)).toBe(
      '?reporter=both',
    );
    const search = '?year=2010&reporter=both&scale=log';
    expect(serializeUrlState(parseUrlState(search, model), model)).toBe(search);
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

describe('an event address', () => {
  it("honours the address's year beside an open event, and falls back to the event's year", () => {
    expect(parseUrlState('?year=2017', model, 2014).year).toBe(2017);
    expect(parseUrlState('', model, 2014).year).toBe(2014);
    expect(parseUrlState('?year=abc', model, 2014).year).toBe(2014);
    expect(parseUrlState('?year=1800', model, 2014).year).toBe(model.minYear);
  });

  it("writes any year but the event's own, so a reload shows the same year", () => {
    const at = (year: number) => ({ ...parseUrlState('', model), year });
    expect(serializeUrlState(at(2017), model, 2014)).toBe('?year=2017');
    expect(serializeUrlState(at(model.defaultYear), model, 2014)).toBe(
      `?year=${model.defaultYear}`,
    );
    expect(serializeUrlState(at(2014), model, 2014)).toBe('?year=2014');
    expect(serializeUrlState(at(model.defaultYear), model, model.defaultYear)).toBe('');
    for (const year of [1995, 2014, 2017, model.defaultYear]) {
      const search = serializeUrlState(at(year), model, 2014);
      expect(parseUrlState(search, model, 2014).year).toBe(year);
    }
  });
});

describe('canonicalPathname', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/sources', '/sources'],
    ['/events/2014-line-c-starts-flowing', '/events/2014-line-c-starts-flowing'],
    ['//sources', '/sources'],
    ['///host/', '/host/'],
    ['/\\sources', '/sources'],
    ['/\\/\\//x', '/x'],
    ['//evil.example/path', '/evil.example/path'],
    ['/double//slashes', '/double//slashes'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalPathname(input)).toBe(expected);
    // Never an address another host could be read from.
    expect(new URL(canonicalPathname(input), 'https://app.example').host).toBe('app.example');
  });
});
