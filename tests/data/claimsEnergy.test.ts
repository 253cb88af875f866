import { describe, expect, it } from 'vitest';
import {
  realClaim,
  realEnergy as testEnergy,
  realModel as testModel,
} from '@tests/support/realData';
import { claim } from '@tests/support/dataset';
import { claimVerdict, hedgeOf, hedgeRange, inRange } from '../../src/data/claims';
import {
  checkAllClaims,
  checkClaim,
  claimView,
  compositionSummary,
  energyClaimVerdict,
  isAgriOrTextileChapter,
} from '../../src/data/claimsEnergy';
import { selectArticleClaims } from '../../src/features/claims/selectors';
import type { Claim } from '../../src/data/schema';
import { indexTrade } from '../../src/data/trade';

const { dataset } = testModel();
const energy = testEnergy().dataset;
const data = { gas: dataset.gas, composition: energy.composition, gasYears: testEnergy().gasYears };
const make = (over: Partial<Claim>): Claim =>
  claim({
    year: 2009,
    measure: 'gas-exports-via-russia-share',
    value: 70,
    unit: 'percent',
    ...over,
  });

describe('hedges', () => {
  it('reads the hedge from the quote', () => {
    expect(hedgeOf('nearly 70% of exports')).toBe('nearly');
    expect(hedgeOf('almost 70%')).toBe('nearly');
    expect(hedgeOf('about $5 billion')).toBe('about');
    expect(hedgeOf('with more than half of these exports')).toBe('more than');
    expect(hedgeOf('are mainly agricultural')).toBe('mainly');
    expect(hedgeOf('valued at $445 US million')).toBeNull();
    expect(hedgeOf('talked about trade')).toBeNull();
  });

  it('“nearly X” allows a tenth below and nothing above', () => {
    const r = hedgeRange('nearly', 70, 'percent');
    expect([r.min, r.max]).toEqual([63, 70]);
    expect(r.reading).toBe('“nearly” 70% is read as 63% to 70% (up to a tenth below, not above)');
    expect(inRange(r, 63)).toBe(true);
    expect(inRange(r, 62.9)).toBe(false);
    expect(inRange(r, 70)).toBe(true);
    expect(inRange(r, 70.1)).toBe(false);
  });

  it('“about X” a tenth either side; “more than X” strictly above', () => {
    const about = hedgeRange('about', 10, 'percent');
    expect([about.min, about.max]).toEqual([9, 11]);
    const more = hedgeRange('more than', 50, 'percent');
    expect(inRange(more, 50)).toBe(false);
    expect(inRange(more, 50.01)).toBe(true);
    expect(hedgeRange('mainly', 50, 'percent').reading).toContain('more than half');
  });

  it('also applies to trade claims', () => {
    const trade = indexTrade(dataset);
    const v = claimVerdict(
      make({
        measure: 'china-exports',
        unit: 'usd',
        year: 2020,
        value: 480_000_000,
        quote: 'nearly $480 million',
      }),
      trade,
    );
    expect(v.verdict).toBe('matches'); // 444.8 m is within a tenth below 480 m
    expect(v.note).toContain('Tolerance: “nearly” $480 million');
    expect(v.tolerance).toBeNull();
    const over = claimVerdict(
      make({
        measure: 'china-exports',
        unit: 'usd',
        year: 2020,
        value: 400_000_000,
        quote: 'nearly $400 million',
      }),
      trade,
    );
    expect(over.verdict).toBe('differs'); // the data is above "nearly"
  });
});

describe('the article’s energy and commodity claims', () => {
  it('65 bcm “by 2016” differs: 29.4 bcm in 2016; the sources’ 2020 gives 27.2', () => {
    const v = checkClaim(realClaim('claim-2016-gas-supply-target'), dataset, energy);
    expect(v).toMatchObject({ verdict: 'differs', dataValue: 29.423, sourceId: 'BP_SR_2017' });
    expect(v.note).toContain('29.4 bcm');
    expect(v.note).toContain('The sources date this target to 2020');
    expect(v.note).toContain('27.2 bcm');
  });

  it('“nearly 70%” via Russia matches 63.7% in 2009, the first covered year, with the tolerance stated', () => {
    const v = checkClaim(realClaim('claim-2009-gas-exports-via-russia-share'), dataset, energy);
    expect(v.verdict).toBe('matches');
    expect(v.dataValue).toBeCloseTo(63.735, 2);
    expect(v.note).toContain('63.7%');
    expect(v.note).toContain('“nearly” 70% is read as 63% to 70%');
    expect(v.note).toContain('first year the data covers Russia');
    expect(v.range).toMatchObject({ min: 63, max: 70 });
  });

  it('Russia’s share cannot be checked in the incomplete years or outside the data', () => {
    const v2008 = energyClaimVerdict(make({ year: 2008 }), data);
    expect(v2008).toMatchObject({ verdict: 'cannot be checked', dataValue: null });
    expect(v2008.note).toContain('incomplete year');
    const v1995 = energyClaimVerdict(make({ year: 1995 }), data);
    expect(v1995.verdict).toBe('cannot be checked');
    expect(v1995.note).toContain('covers 2001–2023');
    expect(energyClaimVerdict(make({ year: 2030 }), data).verdict).toBe('cannot be checked');
    // A complete year without a Russia row records none: 0%, which "nearly 70%" does not match.
    const v2017 = energyClaimVerdict(make({ year: 2017 }), data);
    expect(v2017).toMatchObject({ verdict: 'differs', dataValue: 0 });
  });

  it('a differing year names a neighbour that would match', () => {
    const v = energyClaimVerdict(make({ year: 2010, value: 70, quote: 'nearly 70%' }), data);
    expect(v.verdict).toBe('differs'); // 2010: 49.1%
    expect(v.matchingYear).toBe(2009);
  });

  it('gas target outside the data cannot be checked', () => {
    const v = energyClaimVerdict(
      make({ measure: 'gas-supply-target', unit: 'bcm-per-year', value: 65, year: 2030 }),
      data,
    );
    expect(v.verdict).toBe('cannot be checked');
    expect(v.note).toContain('covers 2010–2023');
  });

  it('“mainly agricultural and textile products” differs: 99.2% mineral fuels in 2014', () => {
    const v = checkClaim(realClaim('claim-2014-china-imports-agri-textile-share'), dataset, energy);
    expect(v.verdict).toBe('differs');
    expect(v.dataValue).toBeCloseTo(0.329, 3);
    expect(v.note).toContain('HS 27');
    expect(v.note).toContain('99.2%');
    expect(v.note).toContain('“mainly” is read as more than half');
    expect(v.sourceIds).toEqual(['GUARDIAN_COMTRADE_2014_TOP5', 'GUARDIAN_COMTRADE_2014_TOTAL']);
    const other = energyClaimVerdict(
      make({ measure: 'china-imports-agri-textile-share', year: 2020, value: 50, quote: 'mainly' }),
      data,
    );
    expect(other).toMatchObject({ verdict: 'cannot be checked' });
    expect(other.note).toContain('the only year found is 2014');
  });

  it('“more than half” of gas exports via the pipeline matches (77.1% to China in 2023)', () => {
    const v = checkClaim(realClaim('claim-2023-tkm-gas-share-via-pipeline'), dataset, energy);
    expect(v.verdict).toBe('matches');
    expect(v.note).toContain('77.1%');
  });

  it('the 2022 share stays “cannot be checked”, with the Factbook shares as context only', () => {
    const all = checkAllClaims(dataset, energy);
    const row = all.find((c) => c.claim.id === 'claim-2022-china-share-of-tkm-trade');
    expect(row?.result.verdict).toBe('cannot be checked');
    expect(row?.context.map((f) => [f.measure, f.value, f.sourceId])).toEqual([
      ['china-share-of-tkm-exports', 71, 'CIA_FACTBOOK'],
      ['china-share-of-tkm-imports', 19, 'CIA_FACTBOOK'],
    ]);
    expect(testEnergy().sourcesById.get('CIA_FACTBOOK')?.confidence).toBe('low');
  });

  it('every claim of the article, once each, in year order, with a view', () => {
    const all = checkAllClaims(dataset, energy);
    expect(all).toHaveLength(dataset.claims.length);
    expect(all.length).toBeGreaterThanOrEqual(14);
    expect(all.map((c) => c.claim.year)).toEqual(
      [...all.map((c) => c.claim.year)].sort((a, b) => a - b),
    );
    expect(selectArticleClaims(dataset, testEnergy())).toEqual(all);
    expect(claimView(realClaim('claim-2020-china-exports'))).toBe('trade');
    expect(claimView(realClaim('claim-2016-gas-supply-target'))).toBe('energy');
    expect(claimView(realClaim('claim-2014-china-imports-agri-textile-share'))).toBe(
      'what-china-buys',
    );
  });
});

describe('commodity composition', () => {
  it('2014: chapter 27 is 99.2%, the unlisted rest 0.09%', () => {
    const c = compositionSummary(energy.composition, 2014);
    expect(c?.totalUsd).toBe(9_516_158_297);
    expect(c?.chapters[0]?.hsCode).toBe('27');
    expect(c?.chapters[0]?.share).toBeCloseTo(99.21, 2);
    expect(c?.unlistedUsd).toBe(8_299_922);
    expect(c?.agriTextileUpperShare).toBeLessThan(0.5);
    expect(compositionSummary(energy.composition, 2015)).toBeNull();
  });

  it('counts HS 01–24, 41–43 and 50–63 as agricultural or textile', () => {
    expect(['01', '14', '24', '41', '52', '63'].every(isAgriOrTextileChapter)).toBe(true);
    expect(['25', '27', '28', '64', 'TOTAL'].some(isAgriOrTextileChapter)).toBe(false);
  });
});
