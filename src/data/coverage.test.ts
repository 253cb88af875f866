import { describe, expect, it } from 'vitest';
import { buildTestModel, SOURCE } from '@tests/support/dataset';
import { yearCoverage } from './coverage';

// 2000: both reporters and gas; 2001: the mirror only; 2002: nothing; 2003: a news figure and two
// events; 2004: gas only.
const model = buildTestModel({
  trade: [
    { year: 2000 },
    { year: 2000, reporter: 'mirror', sourceId: SOURCE.mirror },
    { year: 2001, reporter: 'mirror', sourceId: SOURCE.mirror },
    { year: 2003, sourceId: SOURCE.news },
  ],
  gas: [
    { year: 2000, bcm: 5 },
    { year: 2004, bcm: 7 },
  ],
  events: [{ date: '2003' }, { date: '2003-05' }],
  sources: [{ id: SOURCE.news, confidence: 'low', kind: 'news' }],
});

describe('yearCoverage', () => {
  it('reads each year of the range from the model’s indexes', () => {
    expect(yearCoverage(model)).toEqual([
      { year: 2000, trade: 'china', mirror: true, gasToChinaBcm: 5, events: 0 },
      { year: 2001, trade: 'mirror', mirror: true, gasToChinaBcm: null, events: 0 },
      { year: 2002, trade: 'none', mirror: false, gasToChinaBcm: null, events: 0 },
      { year: 2003, trade: 'news', mirror: false, gasToChinaBcm: null, events: 2 },
      { year: 2004, trade: 'none', mirror: false, gasToChinaBcm: 7, events: 0 },
    ]);
  });

  it('is memoized: the same model gives the same array, another model its own', () => {
    const rows = yearCoverage(model);
    expect(yearCoverage(model)).toBe(rows);
    const other = buildTestModel({ years: [2000, 2001] });
    expect(yearCoverage(other)).not.toBe(rows);
    expect(yearCoverage(other).map((c) => c.year)).toEqual([2000, 2001]);
    expect(yearCoverage(model)).toBe(rows);
  });
});
