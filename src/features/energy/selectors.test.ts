import { describe, expect, it } from 'vitest';
import { buildDataset } from '@tests/support/dataset';
import { buildEnergyData, GAS_EXPORTS_SOURCE } from '@tests/support/energy';
import { selectEnergyClaims, selectEnergyModel } from './selectors';

const core = buildDataset({
  years: [2001, 2002],
  claims: [
    { year: 2002, measure: 'gas-exports-via-russia-share', value: 20, unit: 'percent' },
    { year: 2001, measure: 'bilateral-trade', value: 1, unit: 'usd' },
  ],
});
const energy = buildEnergyData(core, {
  gas: [
    { year: 2001, bcm: { Iran: 5, 'Other Middle East': 1 }, coverage: 'excl-intra-fsu' },
    { year: 2002, bcm: { China: 6, Russia: 2, 'Other CIS': 9 } },
  ],
});

describe('energy view selectors', () => {
  it('the chart’s rows and stack order from the energy model’s indexes', () => {
    const m = selectEnergyModel(energy);
    expect(m.years).toBe(energy.gasYears);
    expect(m.use).toBe(energy.pipelineUse);
    // Countries by their peak, then groups (by theirs).
    expect(m.destinations).toEqual(['China', 'Iran', 'Russia', 'Other CIS', 'Other Middle East']);
    expect(m.rows).toEqual([
      { year: 2001, incomplete: true, total: 6, bcm: { Iran: 5, 'Other Middle East': 1 } },
      { year: 2002, incomplete: false, total: 17, bcm: { China: 6, Russia: 2, 'Other CIS': 9 } },
    ]);
    expect([m.firstYear, m.lastYear, m.incompleteYears]).toEqual([2001, 2002, [2001]]);
    expect(m.sourceIds).toEqual([GAS_EXPORTS_SOURCE]);
    expect(m.repeated).toEqual([]);
  });

  it('are memoized on the energy model', () => {
    expect(selectEnergyModel(energy)).toBe(selectEnergyModel(energy));
    expect(selectEnergyClaims(core, energy)).toBe(selectEnergyClaims(core, energy));
    const other = buildEnergyData(core);
    expect(selectEnergyModel(other)).not.toBe(selectEnergyModel(energy));
  });

  it('the chart marks only the energy claims', () => {
    expect(selectEnergyClaims(core, energy).map((c) => [c.claim.year, c.claim.measure])).toEqual([
      [2002, 'gas-exports-via-russia-share'],
    ]);
  });
});

describe('the capacity’s sources', () => {
  it('are the sources of Lines A–D, each once, and no other line’s', () => {
    const withLines = buildDataset({
      years: [2001, 2002],
      lines: [
        { id: 'A', sourceId: 'LINES_A' },
        { id: 'B', sourceId: 'LINES_A' },
        { id: 'C', sourceId: 'LINES_C' },
        { id: 'WEPP2', sourceId: 'OTHER' },
      ],
    });
    const m = selectEnergyModel(buildEnergyData(withLines));
    expect(m.capacitySourceIds).toEqual(['LINES_A', 'LINES_C']);
  });
});
