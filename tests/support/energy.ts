// Small synthetic energy data (gas exports by destination, commodity composition, trade facts)
// for behaviour tests, validated by the app's own `parseEnergyDataset` against a synthetic core
// dataset, so the energy model's indexes are built as the app builds them.
import { parseEnergyDataset, type EnergyData } from '../../src/data/energyDataset';
import { GAS_GROUPS, type CompositionRow, type TradeFact } from '../../src/data/energySchema';
import type { GasImporter } from '../../src/data/energy';
import type { Dataset } from '../../src/data/schema';
import { source } from './dataset';

/** The source id of the generated gas export rows (one edition for every year). */
export const GAS_EXPORTS_SOURCE = 'STAT_GAS_EXPORTS';

/** One year of gas exports: bcm per destination; the total is their sum unless given. */
export interface GasYearSpec {
  year: number;
  bcm: Partial<Record<GasImporter, number>>;
  /** "excl-intra-fsu": the edition leaves out trade within the former Soviet Union. */
  coverage?: 'all' | 'excl-intra-fsu';
  total?: number;
  sourceId?: string;
}

export interface EnergySpec {
  /** Default: 2001 incomplete (Iran 5 bcm), 2002 complete (China 6, Russia 3, Iran 1). */
  gas?: readonly GasYearSpec[];
  composition?: readonly Partial<CompositionRow>[];
  tradeFacts?: readonly Partial<TradeFact>[];
}

const DEFAULT_GAS: readonly GasYearSpec[] = [
  { year: 2001, bcm: { Iran: 5 }, coverage: 'excl-intra-fsu' },
  { year: 2002, bcm: { China: 6, Russia: 3, Iran: 1 } },
];

/** The raw (not yet validated) energy data for `core`. */
function buildRawEnergy(core: Dataset, spec: EnergySpec = {}) {
  const gasExports = (spec.gas ?? DEFAULT_GAS).flatMap((g) => {
    const common = {
      year: g.year,
      coverage: g.coverage ?? 'all',
      sourceId: g.sourceId ?? GAS_EXPORTS_SOURCE,
    };
    const rows = Object.entries(g.bcm).map(([destination, bcm]) => ({
      ...common,
      kind: (GAS_GROUPS as readonly string[]).includes(destination) ? 'group' : 'country',
      destination,
      published: destination,
      bcm,
    }));
    const total = g.total ?? rows.reduce((sum, r) => sum + (r.bcm ?? 0), 0);
    return [
      ...rows,
      { ...common, kind: 'total', destination: 'Total', published: 'Total', bcm: total },
    ];
  });
  const composition = (spec.composition ?? []).map((r) => ({
    year: 2002,
    flow: 'china_imports',
    hsCode: 'TOTAL',
    label: 'All commodities',
    usd: 0,
    sourceId: GAS_EXPORTS_SOURCE,
    ...r,
  }));
  const tradeFacts = (spec.tradeFacts ?? []).map((f, i) => ({
    id: `fact-${i + 1}`,
    year: 2002,
    toYear: 2002,
    measure: 'official-usd-trade',
    value: null,
    unit: 'none',
    text: `Fact ${i + 1}`,
    sourceId: GAS_EXPORTS_SOURCE,
    ...f,
  }));
  const known = new Set(core.sources.map((s) => s.id));
  const cited = new Set(
    [...gasExports, ...composition, ...tradeFacts].map((r) => r.sourceId as string),
  );
  return {
    sources: [...cited].filter((id) => !known.has(id)).map((id) => source({ id })),
    cellReads: {},
    gasExports,
    composition,
    tradeFacts,
  };
}

/** The energy model of synthetic energy data (a test error if it does not validate). */
export function buildEnergyData(core: Dataset, spec: EnergySpec = {}): EnergyData {
  const result = parseEnergyDataset(buildRawEnergy(core, spec), core);
  if (!result.ok) throw new Error(`synthetic energy data is invalid:\n${result.errors.join('\n')}`);
  return result.data;
}
