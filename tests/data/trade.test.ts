import { describe, expect, it } from 'vitest';
import { realModel } from '@tests/support/realData';
import {
  balanceUsd,
  bilateralTotalUsd,
  chinaShareOfTotal,
  clampYear,
  eventsInYear,
  gasForYear,
  tradeForYear,
  tradeSeries,
} from '../../src/data/derive';

const { dataset, eventsByYear } = realModel();

describe('trade for a year', () => {
  it('gives the reporter’s own row', () => {
    expect(tradeForYear(dataset.trade, 'china', 2020)).toMatchObject({
      exportsUsd: 444815020,
      importsUsd: 6071165280,
      sourceId: 'IMF_DOTS_CHN',
    });
    expect(tradeForYear(dataset.trade, 'mirror', 2020)).toMatchObject({
      exportsUsd: 426487894,
      importsUsd: 4444088132,
      sourceId: 'IMF_DOTS_TKM',
    });
  });

  it('leaves the gaps as gaps: nothing for 2021, 2022 or 2024', () => {
    for (const year of [2021, 2022, 2024]) {
      expect(tradeForYear(dataset.trade, 'china', year)).toBeUndefined();
      expect(tradeForYear(dataset.trade, 'mirror', year)).toBeUndefined();
    }
  });

  it('keeps the 2023 news figure with its own low-confidence source', () => {
    expect(tradeForYear(dataset.trade, 'china', 2023)?.sourceId).toBe('NEWS_GACC_2023');
  });

  it('returns a series in year order with no invented years', () => {
    const years = tradeSeries(dataset.trade, 'china').map((r) => r.year);
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
    const row = tradeForYear(dataset.trade, 'china', 1998)!;
    expect(bilateralTotalUsd(row)).toBe(12517000);
  });

  it('computes China’s share of Turkmenistan’s trade from DOTS totals (2020 ≈ 67%)', () => {
    const row = tradeForYear(dataset.trade, 'china', 2020);
    const total = dataset.totalTrade.find(
      (r) => r.year === 2020 && r.sourceId === 'IMF_DOTS_TKM_WORLD',
    );
    expect(chinaShareOfTotal(row, total)).toBeCloseTo(66.6, 1);
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
    expect(gasForYear(dataset.gas, 2018)?.bcm).toBe(33.294);
    expect(gasForYear(dataset.gas, 2009)).toBeUndefined();
    expect(gasForYear(dataset.gas, 2024)).toBeUndefined();
  });

  it('lists the events of a year, and none for a quiet year', () => {
    expect(eventsInYear(eventsByYear, 2009).map((e) => e.id)).toContain(
      '2009-central-asia-china-gas-pipeline-inaugurated',
    );
    expect(eventsInYear(eventsByYear, 1995)).toEqual([]);
  });

  it('clamps and rounds years into the range', () => {
    expect(clampYear(1800, 1991, 2025)).toBe(1991);
    expect(clampYear(3000, 1991, 2025)).toBe(2025);
    expect(clampYear(2010.4, 1991, 2025)).toBe(2010);
  });
});
