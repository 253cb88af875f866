import { describe, expect, it } from 'vitest';
import { realModel as testModel } from '@tests/support/realData';
import { loadEnergyData, parseEnergyDataset, rawEnergyDataset } from '../../src/data/energyDataset';

const core = testModel().dataset;
const clone = () => structuredClone(rawEnergyDataset) as Record<string, Record<string, unknown>[]>;

describe('energy dataset', () => {
  it('accepts the shipped data and knows every source, core and energy', () => {
    const result = loadEnergyData(core);
    expect(result.ok || result.errors).toBe(true);
    if (!result.ok) return;
    expect(result.data.sourcesById.get('BP_SR_2002')?.publisher).toBe('BP');
    expect(result.data.sourcesById.get('IMF_DOTS_CHN')).toBeDefined();
    expect(result.data.dataset.gasExports).toHaveLength(81);
  });

  it('rejects an unnormalised destination', () => {
    const broken = clone();
    const i = broken.gasExports!.findIndex((r) => r.destination === 'Russia');
    broken.gasExports![i]!.destination = 'Russian Federation';
    const result = parseEnergyDataset(broken, core);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain(`gasExports[${i}]`);
  });

  it('rejects a year without its total, mixed coverage and unknown sources', () => {
    const broken = clone();
    broken.gasExports = broken.gasExports!.filter((r) => !(r.year === 2001 && r.kind === 'total'));
    broken.gasExports.find((r) => r.year === 2005)!.coverage = 'all';
    broken.composition![0]!.sourceId = 'NOWHERE';
    const result = parseEnergyDataset(broken, core);
    expect(result.ok || result.errors).toEqual([
      'gasExports[8] (year 2005, Iran), field "coverage": differs from the year’s other rows',
      'gasExports (year 2001): no total row',
      'composition[0] (2014, HS TOTAL), field "sourceId": unknown source id "NOWHERE"',
    ]);
  });

  it('rejects a source that repeats a core source id', () => {
    const broken = clone() as unknown as { sources: { id: string }[] };
    broken.sources[0]!.id = 'IMF_DOTS_CHN';
    const result = parseEnergyDataset(broken, core);
    expect(result.ok || result.errors).toContain(
      'sources (id "IMF_DOTS_CHN"), field "id": duplicate id',
    );
  });
});
