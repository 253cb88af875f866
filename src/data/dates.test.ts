import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  precisionOf,
  yearOf,
} from './dates';

describe('partial dates', () => {
  it('formats at the precision the source gives, never more', () => {
    expect(formatPartialDate('1998-08-31')).toBe('31 August 1998');
    expect(formatPartialDate('2006-04')).toBe('April 2006');
    expect(formatPartialDate('2020')).toBe('2020');
  });
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

describe('partial dates in Russian and Chinese', () => {
  it('keeps the source’s precision: day, month or year', () => {
    expect(formatPartialDate('1998-08-31', 'ru')).toBe('31 августа 1998 г.');
    expect(formatPartialDate('2006-04', 'ru')).toBe('апрель 2006 г.');
    expect(formatPartialDate('2020', 'ru')).toBe('2020');
    expect(formatPartialDate('1998-08-31', 'zh')).toBe('1998年8月31日');
    expect(formatPartialDate('2006-04', 'zh')).toBe('2006年4月');
    expect(formatPartialDate('2020', 'zh')).toBe('2020年');
    expect(formatPartialDate('1998-08-31')).toBe('31 August 1998');
  });
});
