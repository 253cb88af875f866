import { describe, expect, it } from 'vitest';
import { buildDataset } from '@tests/support/dataset';
import { buildEnergyData, GAS_EXPORTS_SOURCE } from '@tests/support/energy';
import { gasYears, pipelineUse } from './energy';

// Line A (10 bcm a year) in service from 2001; gas to China 10 bcm in 2000, 11 in 2001, 12 in 2002.
const core = buildDataset({
  years: [2000, 2002],
  lines: [{ id: 'A', capacityBcm: 10 }],
  milestones: [{ lineId: 'A', date: '2001', kind: 'in-service' }],
});
const energy = buildEnergyData(core);

describe('the energy model’s indexes, built once where the data is validated', () => {
  it('gas years: ascending, destinations largest first, shares only in complete years', () => {
    expect(energy.gasYears).toEqual(gasYears(energy.dataset.gasExports));
    const [y2001, y2002] = energy.gasYears;
    expect(y2001).toMatchObject({ year: 2001, incomplete: true, totalBcm: 5 });
    expect(y2001?.destinations).toEqual([
      {
        destination: 'Iran',
        kind: 'country',
        published: 'Iran',
        bcm: 5,
        share: null,
        sourceId: GAS_EXPORTS_SOURCE,
      },
    ]);
    expect(y2002).toMatchObject({ year: 2002, incomplete: false, totalBcm: 10 });
    expect(y2002?.destinations.map((d) => [d.destination, d.share])).toEqual([
      ['China', 60],
      ['Russia', 30],
      ['Iran', 10],
    ]);
  });

  it('pipeline use: Line A’s capacity against the gas sent to China', () => {
    expect(energy.pipelineUse).toEqual(pipelineUse(core));
    expect(energy.pipelineUse.map((u) => [u.year, u.capacityBcm, u.chinaBcm])).toEqual([
      [2000, 0, 10],
      [2001, 10, 11],
      [2002, 10, 12],
    ]);
    expect(energy.pipelineUse[2]?.usedPercent).toBe(120);
  });
});
