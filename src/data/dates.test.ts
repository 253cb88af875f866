import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  precisionOf,
  yearOf,
} from './dates';
import { LOCALES } from './locale';

describe('partial dates', () => {
  it('parses and reports precision', () => {
    expect(parsePartialDate('2010-10')).toEqual({ year: 2010, month: 10 });
    expect(parsePartialDate('2009-12-14')).toEqual({ year: 2009, month: 12, day: 14 });
    expect(precisionOf('2009')).toBe('year');
    expect(precisionOf('2009-12')).toBe('month');
    expect(precisionOf('2009-12-14')).toBe('day');
    expect(yearOf('2013-09-03')).toBe(2013);
  });
  it('sorts a less precise date before precise ones in its period', () => {
    const dates = ['2013-09-04', '2013-09', '2013-09-03', '2013', '2012-12-31'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2012-12-31',
      '2013',
      '2013-09',
      '2013-09-03',
      '2013-09-04',
    ]);
  });
});

describe('formatPartialDate', () => {
  // A day, a month or a year: the precision the source gives, never more, in each language.
  it.each([
    ['1998-08-31', '31 August 1998', '31 августа 1998 г.', '1998年8月31日'],
    ['2006-04', 'April 2006', 'апрель 2006 г.', '2006年4月'],
    ['2020', '2020', '2020', '2020年'],
  ])('keeps the precision of %s: %s, %s, %s', (date, en, ru, zh) => {
    expect(LOCALES.map((locale) => formatPartialDate(date, locale))).toEqual([en, ru, zh]);
    expect(formatPartialDate(date)).toBe(en);
  });
});
