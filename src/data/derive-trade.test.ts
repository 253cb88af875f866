import { describe, expect, it } from 'vitest';
import { testModel } from '../../tests/unit/render';
import { balanceUsd, bilateralTotalUsd, chinaShareOfTotal, clampYear } from './derive';
import { chinaShare, indexTrade } from './trade';

const { dataset, eventsByYear, trade, gasByYear } = testModel();

describe('trade for a year', () => {
  it('gives the reporter’s own row', () => {
    expect(trade.row('china', 2020)).toMatchObject({
      exportsUsd: 444815020,
      importsUsd: 6071165280,
      sourceId: 'IMF_DOTS_CHN',
    });
    expect(trade.row('mirror', 2020)).toMatchObject({
      exportsUsd: 426487894,
      importsUsd: 4444088132,
      sourceId: 'IMF_DOTS_TKM',
    });
  });

  it('leaves the gaps as gaps: nothing for 2021, 2022 or 2024', () => {
    for (const year of [2021, 2022, 2024]) {
      expect(trade.row('china', year)).toBeUndefined();
      expect(trade.row('mirror', year)).toBeUndefined();
    }
  });

  it('keeps the 2023 news figure with its own low-confidence source', () => {
    expect(trade.row('china', 2023)?.sourceId).toBe('NEWS_GACC_2023');
  });

  it('returns a series in year order with no invented years', () => {
    const years = trade.series('china').map((r) => r.year);
    expect(years[0]).toBe(1992);
    expect(years).not.toContain(2021);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });
});

describe('balance, totals and share', () => {
  it('computes the balance as imports minus exports', () => {
    expect(balanceUsd({ exportsUsd: 444815020, importsUsd: 6071165280 })).toBe(5626350260);
    expect(balanceUsd({ exportsUsd: 10, importsUsd: 4 })).toBe(-6);
  });

  it('adds exports and imports for the bilateral total (1998 matches $12.5 million)', () => {
    const row = trade.row('china', 1998)!;
    expect(bilateralTotalUsd(row)).toBe(12517000);
  });

  it('computes China’s share of Turkmenistan’s trade from DOTS totals (2020 ≈ 67%)', () => {
    const row = trade.row('china', 2020);
    const total = dataset.totalTrade.find(
      (r) => r.year === 2020 && r.sourceId === 'IMF_DOTS_TKM_WORLD',
    );
    expect(chinaShareOfTotal(row, total)).toBeCloseTo(66.6, 1);
  });

  it('gives the share with both sources, for either reporter, from one function', () => {
    expect(chinaShare(trade, 'china', 2020)).toEqual({
      value: expect.closeTo(66.6, 1) as number,
      sourceIds: ['IMF_DOTS_CHN', 'IMF_DOTS_TKM_WORLD'],
    });
    expect(chinaShare(trade, 'mirror', 2020)?.value).toBeCloseTo(49.77, 1);
    expect(chinaShare(trade, 'china', 2023)).toBeNull(); // no DOTS total after 2020
  });

  it('uses only the DOTS world totals, never another total series', () => {
    const t = indexTrade({
      trade: [
        { year: 2001, reporter: 'china', exportsUsd: 1, importsUsd: 1, basis: 'x', sourceId: 'T' },
      ],
      totalTrade: [{ year: 2001, exportsUsd: 5, importsUsd: 5, sourceId: 'COW_NATIONAL_4' }],
    });
    expect(chinaShare(t, 'china', 2001)).toBeNull();
  });

  it('gives no share where a figure is missing', () => {
    expect(chinaShareOfTotal(undefined, { exportsUsd: 1, importsUsd: 1 })).toBeNull();
    expect(chinaShareOfTotal({ exportsUsd: 1, importsUsd: 1 }, undefined)).toBeNull();
    expect(
      chinaShareOfTotal({ exportsUsd: 1, importsUsd: 1 }, { exportsUsd: 0, importsUsd: 0 }),
    ).toBeNull();
  });
});

describe('gas, events and years', () => {
  it('finds the gas volume of a year, and none for 2009 or 2024', () => {
    expect(gasByYear.get(2018)?.bcm).toBe(33.294);
    expect(gasByYear.get(2009)).toBeUndefined();
    expect(gasByYear.get(2024)).toBeUndefined();
  });

  it('lists the events of a year, and none for a quiet year', () => {
    expect((eventsByYear.get(2009) ?? []).map((e) => e.id)).toContain(
      '2009-central-asia-china-gas-pipeline-inaugurated',
    );
    expect(eventsByYear.get(1995)).toBeUndefined();
  });

  it('clamps and rounds years into the range', () => {
    expect(clampYear(1800, 1991, 2025)).toBe(1991);
    expect(clampYear(3000, 1991, 2025)).toBe(2025);
    expect(clampYear(2010.4, 1991, 2025)).toBe(2010);
  });
});
