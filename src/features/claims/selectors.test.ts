import { describe, expect, it } from 'vitest';
import { buildDataset } from '@tests/support/dataset';
import { buildEnergyData } from '@tests/support/energy';
import { selectArticleClaims, selectComposition } from './selectors';

// Russia's share: 30% in 2002 (complete); 2001's edition leaves out intra-FSU trade.
const core = buildDataset({
  years: [2000, 2002],
  claims: [
    { year: 2002, measure: 'gas-exports-via-russia-share', value: 30, unit: 'percent' },
    { year: 2001, measure: 'gas-exports-via-russia-share', value: 30, unit: 'percent' },
    { year: 2000, measure: 'bilateral-trade', value: 1_100_000_000, unit: 'usd' },
  ],
});
const energy = buildEnergyData(core);

describe('selectArticleClaims', () => {
  it('checks every claim once, in year order, each against the data of its measure', () => {
    const claims = selectArticleClaims(core, energy);
    expect(claims.map((c) => [c.claim.year, c.view, c.result.verdict])).toEqual([
      [2000, 'trade', 'matches'],
      [2001, 'energy', 'cannot be checked'],
      [2002, 'energy', 'matches'],
    ]);
    expect(claims[1]?.result.note).toContain('incomplete year');
    expect(claims[2]?.result.dataValue).toBe(30);
  });

  it('is memoized per pair of core dataset and energy model', () => {
    const claims = selectArticleClaims(core, energy);
    expect(selectArticleClaims(core, energy)).toBe(claims);
    const other = buildEnergyData(core, { gas: [{ year: 2002, bcm: { Russia: 1, China: 1 } }] });
    const again = selectArticleClaims(core, other);
    expect(again).not.toBe(claims);
    expect(again[2]?.result.dataValue).toBe(50);
    expect(selectArticleClaims(core, energy)).toBe(claims);
  });
});

describe('selectComposition', () => {
  const row = (year: number, hsCode: string, usd: number) => ({ year, hsCode, label: hsCode, usd });
  const withComposition = buildEnergyData(core, {
    composition: [
      row(2001, 'TOTAL', 100),
      row(2001, '27', 100),
      row(2002, 'TOTAL', 200),
      row(2002, '27', 150),
      row(2002, '52', 10),
    ],
  });

  it('summarises the latest year the rows give a total for, chapters largest first', () => {
    const c = selectComposition(withComposition);
    expect(c?.year).toBe(2002);
    expect(c?.chapters.map((r) => [r.hsCode, r.share])).toEqual([
      ['27', 75],
      ['52', 5],
    ]);
    expect(c?.unlistedUsd).toBe(40);
    expect(selectComposition(withComposition)).toBe(c);
  });

  it('is null when the data has no composition', () => {
    expect(selectComposition(energy)).toBeNull();
  });
});
