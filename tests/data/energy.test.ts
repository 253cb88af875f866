import { describe, expect, it } from 'vitest';
import { realEnergy as testEnergy, realModel as testModel } from '@tests/support/realData';
import {
  firstCompleteGasYear,
  gasDestinationOrder,
  gasShare,
  gasYear,
  gasYears,
  incompleteGasYears,
  pipelineUse,
  repeatedValues,
} from '../../src/data/energy';
import type { GasExportRow } from '../../src/data/energySchema';

const { dataset } = testModel();
const energy = testEnergy().dataset;
const { gasYears: years } = testEnergy();

describe('gas exports by destination', () => {
  it('normalised Russia: one country in every edition, the wording kept', () => {
    const russia = energy.gasExports.filter((r) => r.destination === 'Russia');
    expect(new Set(russia.map((r) => r.published))).toEqual(
      new Set(['Russia', 'Russian Federation']),
    );
    expect(russia.find((r) => r.year === 2009)?.published).toBe('Russia');
    expect(russia.find((r) => r.year === 2010)?.published).toBe('Russian Federation');
    expect(energy.gasExports.some((r) => (r.destination as string) === 'Russian Federation')).toBe(
      false,
    );
  });

  it('2001–2008 are incomplete: Russia absent (not zero) and no shares', () => {
    expect(incompleteGasYears(years)).toEqual([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008]);
    const y2008 = gasYear(years, 2008);
    expect(y2008).toMatchObject({ incomplete: true, totalBcm: 6.5 });
    expect(y2008?.totalPublished).toBe('Total (excl. intra-FSU trade)');
    expect(y2008?.destinations.map((d) => d.destination)).toEqual(['Iran']);
    expect(y2008?.destinations.every((d) => d.share === null)).toBe(true);
    expect(firstCompleteGasYear(years)).toBe(2009);
  });

  it('shares of complete years: Russia 63.7% in 2009, China 77.1% in 2023', () => {
    const y2009 = gasYear(years, 2009);
    expect(y2009?.incomplete).toBe(false);
    expect(y2009?.destinations.find((d) => d.destination === 'Russia')?.share).toBeCloseTo(63.7, 1);
    const y2023 = gasYear(years, 2023);
    expect(y2023?.totalBcm).toBe(39.547);
    expect(y2023?.destinations[0]).toMatchObject({ destination: 'China', bcm: 30.506 });
    expect(y2023?.destinations[0]?.share).toBeCloseTo(77.14, 2);
    expect(y2023?.destinations.find((d) => d.destination === 'Other CIS')?.kind).toBe('group');
    // Shares of a year's rows add up to 100 (the rows add up to the total within 0.001 bcm).
    for (const g of years.filter((y) => !y.incomplete)) {
      const sum = g.destinations.reduce((s, d) => s + (d.share ?? 0), 0);
      expect(Math.abs(sum - 100)).toBeLessThan(0.01);
    }
    expect(gasYear(years, 1995)).toBeUndefined();
  });

  it('the energy model holds the gas years of its gas exports', () => {
    expect(years).toEqual(gasYears(energy.gasExports));
    expect(testEnergy().pipelineUse).toEqual(pipelineUse(dataset));
  });

  it('gasShare refuses incomplete years and empty totals', () => {
    expect(gasShare(1, 4, false)).toBe(25);
    expect(gasShare(1, 4, true)).toBeNull();
    expect(gasShare(1, 0, false)).toBeNull();
  });

  it('orders countries by their peak, groups last', () => {
    const order = gasDestinationOrder(energy.gasExports);
    expect(order.slice(0, 3)).toEqual(['China', 'Russia', 'Iran']);
    expect(order.slice(-3).every((d) => d.startsWith('Other'))).toBe(true);
  });

  it('flags the identical Russia value of 2022 and 2023 (two editions), not round old figures', () => {
    expect(repeatedValues(energy.gasExports)).toEqual([
      {
        destination: 'Russia',
        years: [2022, 2023],
        bcm: 4.732,
        sourceIds: ['EI_SR_2023', 'EI_SR_2024'],
      },
    ]);
    const row = (year: number, bcm: number, sourceId: string): GasExportRow => ({
      year,
      kind: 'country',
      destination: 'Iran',
      published: 'Iran',
      bcm,
      coverage: 'all',
      sourceId,
    });
    expect(repeatedValues([row(2005, 5.8, 'A'), row(2006, 5.8, 'B')])).toEqual([]);
    expect(repeatedValues([row(2005, 5.812, 'A'), row(2006, 5.812, 'A')])).toEqual([]);
  });
});

describe('pipeline capacity against gas sent to China', () => {
  it('starts with Line A in 2009 (no gas figure) and divides where both exist', () => {
    const rows = testEnergy().pipelineUse;
    expect(rows[0]).toMatchObject({
      year: 2009,
      capacityBcm: 15,
      chinaBcm: null,
      usedPercent: null,
    });
    const y2018 = rows.find((r) => r.year === 2018);
    expect(y2018).toMatchObject({ capacityBcm: 55, chinaBcm: 33.294, chinaSourceId: 'BP_SR_2019' });
    expect(y2018?.usedPercent).toBeCloseTo(60.5, 1);
    expect(rows.at(-1)?.year).toBe(2023);
  });

  it('has nothing without gas figures', () => {
    expect(pipelineUse({ lines: dataset.lines, milestones: dataset.milestones, gas: [] })).toEqual(
      [],
    );
  });
});
