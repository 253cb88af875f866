import { describe, expect, it } from 'vitest';
import { realClaim, realModel } from '@tests/support/realData';
import { claim } from '@tests/support/dataset';
import {
  claimPrecision,
  claimVerdict,
  describeYears,
  formatClaimValue,
  measuredValue,
  toleranceFor,
  withinTolerance,
} from '../../src/data/claims';
import type { Claim, Dataset } from '../../src/data/schema';
import { indexTrade } from '../../src/data/trade';

const { trade } = realModel();

const tinyData: Pick<Dataset, 'trade' | 'totalTrade'> = {
  trade: [
    { year: 2000, reporter: 'china', exportsUsd: 100, importsUsd: 300, basis: 'x', sourceId: 'T' },
    { year: 2001, reporter: 'china', exportsUsd: 200, importsUsd: 400, basis: 'x', sourceId: 'T' },
  ],
  totalTrade: [
    { year: 2000, exportsUsd: 500, importsUsd: 300, sourceId: 'IMF_DOTS_TKM_WORLD' },
    { year: 2001, exportsUsd: 5000, importsUsd: 5000, sourceId: 'COW_NATIONAL_4' },
  ],
};
const tiny = indexTrade(tinyData);
const make = (over: Partial<Claim>): Claim => claim({ year: 2000, value: 400, ...over });

describe('tolerance', () => {
  it('is half a unit in the claim’s last significant digit', () => {
    expect(claimPrecision(445_000_000)).toBe(500_000);
    expect(claimPrecision(12_510_000)).toBe(5_000);
    expect(claimPrecision(10_030_000_000)).toBe(5_000_000);
    expect(claimPrecision(65)).toBe(0.5);
    expect(claimPrecision(0.4)).toBeCloseTo(0.05);
    expect(claimPrecision(0)).toBe(0);
  });

  it('is the larger of 2% of the data and the claim’s precision', () => {
    expect(toleranceFor(101, 100)).toBe(2);
    expect(toleranceFor(100, 100)).toBe(50); // "100" has one significant digit
    expect(toleranceFor(8_200_000_000, 100)).toBe(50_000_000);
    expect(withinTolerance(102, 100)).toBe(true);
    expect(withinTolerance(102.1, 100)).toBe(false);
    expect(withinTolerance(98, 100)).toBe(true);
    expect(withinTolerance(97.9, 100)).toBe(false);
  });
});

describe('describeYears', () => {
  it('joins runs of years', () => {
    expect(describeYears([1994, 1992, 1993, 2023, 2020], 'en')).toBe('1992–1994, 2020, 2023');
    expect(describeYears([], 'en')).toBe('');
  });

  it('lists them as each language does: Chinese with the enumeration comma', () => {
    const years = [2021, 1991, 2022, 2024, 2025];
    expect(describeYears(years, 'en')).toBe('1991, 2021–2022, 2024–2025');
    expect(describeYears(years, 'ru')).toBe('1991, 2021–2022, 2024–2025');
    expect(describeYears(years, 'zh')).toBe('1991、2021–2022、2024–2025');
    expect(describeYears([2004], 'zh')).toBe('2004');
  });
});

describe('measuredValue', () => {
  it('computes the share from the DOTS world totals only', () => {
    expect(measuredValue('china-share-of-tkm-trade', tiny, 'china', 2000)).toEqual({
      value: 50,
      sourceIds: ['T', 'IMF_DOTS_TKM_WORLD'],
    });
    // 2001 has only a COW total: no share.
    expect(measuredValue('china-share-of-tkm-trade', tiny, 'china', 2001)).toBeNull();
    expect(measuredValue('bilateral-trade', tiny, 'mirror', 2000)).toBeNull();
  });
});

describe('claimVerdict on made-up data', () => {
  it('matches at exactly 2% and differs just beyond', () => {
    expect(claimVerdict(make({ value: 408 }), tiny).verdict).toBe('matches');
    expect(claimVerdict(make({ value: 409 }), tiny).verdict).toBe('differs');
  });

  it('names the neighbouring year a figure matches', () => {
    const v = claimVerdict(make({ value: 600 }), tiny);
    expect(v.verdict).toBe('differs');
    expect(v.matchingYear).toBe(2001);
    expect(v.note).toContain('matches the 2001 figure');
  });

  it('cannot check a year without data, or a measure the statistics lack', () => {
    expect(claimVerdict(make({ year: 1990 }), tiny)).toMatchObject({
      verdict: 'cannot be checked',
      dataValue: null,
      sourceId: null,
    });
    expect(
      claimVerdict(make({ measure: 'gas-supply-target', unit: 'bcm-per-year' }), tiny).verdict,
    ).toBe('cannot be checked');
  });
});

describe('claimVerdict on the article’s claims', () => {
  it('1998 $12.51 million bilateral trade matches', () => {
    const v = claimVerdict(realClaim('claim-1998-bilateral-trade'), trade);
    expect(v).toMatchObject({
      verdict: 'matches',
      dataValue: 12_517_000,
      sourceId: 'IMF_DOTS_CHN',
    });
  });

  it('2012 $10.03 billion differs from 2012 but matches the 2013 figure', () => {
    const v = claimVerdict(realClaim('claim-2012-bilateral-trade'), trade);
    expect(v.verdict).toBe('differs');
    expect(v.dataValue).toBe(1_699_743_012 + 8_022_086_596);
    expect(v.matchingYear).toBe(2013);
    expect(v.note).toContain('matches the 2013 figure ($10.0 billion)');
    expect(v.note).toContain('$9.72 billion');
  });

  it('2013 $8.2 billion and 2017 $23.6 billion differ', () => {
    const v13 = claimVerdict(realClaim('claim-2013-bilateral-trade'), trade);
    expect(v13).toMatchObject({ verdict: 'differs', matchingYear: null });
    expect(v13.note).toContain('$10.0 billion');
    expect(v13.note).toContain('lower');
    const v17 = claimVerdict(realClaim('claim-2017-bilateral-trade'), trade);
    expect(v17.verdict).toBe('differs');
    expect(formatClaimValue(v17.dataValue, 'usd')).toBe('$6.96 billion');
  });

  it('2020 exports match ($445 million); 2020 imports ($5.3 billion) differ for both reporters', () => {
    expect(claimVerdict(realClaim('claim-2020-china-exports'), trade).verdict).toBe('matches');
    expect(claimVerdict(realClaim('claim-2020-china-imports'), trade)).toMatchObject({
      verdict: 'differs',
      dataValue: 6_071_165_280,
    });
    expect(claimVerdict(realClaim('claim-2020-china-imports'), trade, 'mirror')).toMatchObject({
      verdict: 'differs',
      dataValue: 4_444_088_132,
      sourceId: 'IMF_DOTS_TKM',
    });
  });

  it('the 2017 share of “a fourth” differs (57%), from DOTS world totals', () => {
    const v = claimVerdict(realClaim('claim-2017-china-share-of-tkm-trade'), trade);
    expect(v.verdict).toBe('differs');
    expect(v.dataValue).toBeCloseTo(57.08, 1);
    expect(v.sourceIds).toEqual(['IMF_DOTS_CHN', 'IMF_DOTS_TKM_WORLD']);
    expect(v.note).toBe('The 2017 figure is 57%. The claim is 32 percentage points lower.');
  });

  it('the 2022 share cannot be checked: there is no data', () => {
    const v = claimVerdict(realClaim('claim-2022-china-share-of-tkm-trade'), trade);
    expect(v).toMatchObject({ verdict: 'cannot be checked', dataValue: null });
    expect(v.note).toContain('No China-reported figure');
    expect(v.note).toContain('2022');
  });

  it('claims about China’s trade with Asia or gas cannot be checked here', () => {
    expect(
      claimVerdict(realClaim('claim-2016-china-share-of-china-asia-trade'), trade).verdict,
    ).toBe('cannot be checked');
    expect(claimVerdict(realClaim('claim-2016-gas-supply-target'), trade).note).toContain(
      'Not a trade figure',
    );
  });
});
