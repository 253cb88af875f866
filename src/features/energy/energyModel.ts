import { describeYears } from '../../data/claims';
import {
  gasDestinationOrder,
  incompleteGasYears,
  repeatedValues,
  type GasImporter,
  type GasYear,
  type PipelineUse,
  type RepeatedValue,
} from '../../data/energy';
import { formatBcm, formatPercent } from '../../data/format';
import type { GasExportRow } from '../../data/energySchema';
import type { CsvTable } from '../../ui/download';

/** Pure helpers of the energy view; `selectEnergyModel` (selectors.ts) memoizes the model. */

export type Destination = GasImporter;

/** One bar of the chart: each destination's bcm, `null` where the edition has none. */
export interface EnergyChartRow {
  year: number;
  incomplete: boolean;
  total: number;
  bcm: Partial<Record<Destination, number>>;
}

export interface EnergyModel {
  years: readonly GasYear[];
  /** Stack order, bottom first: countries by their peak, then groups. */
  destinations: Destination[];
  rows: EnergyChartRow[];
  firstYear: number;
  lastYear: number;
  incompleteYears: number[];
  use: readonly PipelineUse[];
  repeated: RepeatedValue[];
  sourceIds: string[];
}

/**
 * The view's derived data, from the energy model's indexes (its gas years and pipeline use) and
 * its gas export rows.
 */
export function energyModel(
  years: readonly GasYear[],
  gasExports: readonly GasExportRow[],
  use: readonly PipelineUse[],
): EnergyModel {
  const rows = years.map((g) => {
    const bcm: EnergyChartRow['bcm'] = {};
    for (const d of g.destinations) bcm[d.destination] = d.bcm;
    return { year: g.year, incomplete: g.incomplete, total: g.totalBcm, bcm };
  });
  return {
    years,
    destinations: gasDestinationOrder(gasExports),
    rows,
    firstYear: years[0]?.year ?? 0,
    lastYear: years.at(-1)?.year ?? 0,
    incompleteYears: incompleteGasYears(years),
    use,
    repeated: repeatedValues(gasExports),
    sourceIds: [...new Set(years.map((g) => g.sourceId))],
  };
}

/** CSS custom properties of the destinations' colours (see energy.css; Okabe–Ito based). */
const COLOR_VAR: Record<Destination, string> = {
  China: 'var(--gas-china)',
  Russia: 'var(--gas-russia)',
  Iran: 'var(--gas-iran)',
  Kazakhstan: 'var(--gas-kazakhstan)',
  Poland: 'var(--gas-poland)',
  'Other CIS': 'var(--gas-other-1)',
  'Other Former Soviet Union': 'var(--gas-other-2)',
  'Other Middle East': 'var(--gas-other-3)',
};

export function destinationColor(d: Destination): string {
  return COLOR_VAR[d];
}

/** "China 77%" for a complete year; "Iran 6.5 bcm" where shares are not allowed. */
export function destinationText(d: GasYear['destinations'][number]): string {
  return d.share === null
    ? `${d.destination} ${formatBcm(d.bcm)}`
    : `${d.destination} ${formatPercent(d.share)}`;
}

/** The readout's sentence on a year with no figures. */
export function noGasText(year: number, model: EnergyModel): string {
  return `No gas export figures for ${year}: the Statistical Review data here covers ${model.firstYear}–${model.lastYear}.`;
}

/** The note on values identical in two editions, for the years it concerns. */
export function repeatedNote(year: number, model: EnergyModel): string | null {
  const r = model.repeated.find((x) => x.years.includes(year));
  if (!r) return null;
  return `${r.destination}’s ${r.bcm} bcm is exactly the same in ${r.years[0]} and ${r.years[1]} (editions ${r.sourceIds[0]} and ${r.sourceIds[1]}): probably an estimate carried forward, not a new observation.`;
}

/** "Lines A–D in service: 55 bcm a year; sent to China: 30.5 bcm (55% of capacity)". */
export function useText(u: PipelineUse | undefined, year: number): string {
  if (!u) return `No line of the pipeline to China in service at the end of ${year}`;
  const sent =
    u.chinaBcm === null
      ? 'no figure for gas sent to China'
      : `sent to China: ${formatBcm(u.chinaBcm)}`;
  const share = u.usedPercent === null ? '' : ` (${formatPercent(u.usedPercent)} of capacity)`;
  return `Lines A–D in service at the end of ${year}: ${u.capacityBcm} bcm a year; ${sent}${share}`;
}

/** The view's numbers as a CSV table: one row per year, bcm per destination as published. */
export function energyCsv(
  model: EnergyModel,
  sources: ReadonlyMap<string, { title: string }>,
): CsvTable {
  const useByYear = new Map(model.use.map((u) => [u.year, u]));
  const allYears = [
    ...new Set([...model.years.map((g) => g.year), ...model.use.map((u) => u.year)]),
  ].sort((a, b) => a - b);
  const byYear = new Map(model.years.map((g) => [g.year, g]));
  return {
    title: 'Turkmenistan’s pipeline gas exports by destination, and Lines A–D capacity',
    notes: [
      'Units: billion cubic metres (bcm); capacity in bcm a year; values as the Statistical Review gives them (3 decimals)',
      `Years ${describeYears(model.incompleteYears)} are incomplete: those editions exclude trade within the former Soviet Union (Russia is absent, not zero); no shares are computed for them`,
      'Russia is one country here; the editions spell it "Russia" or "Russian Federation"',
      ...model.repeated.map(
        (r) =>
          `${r.destination} ${r.bcm} bcm is identical in ${r.years[0]} and ${r.years[1]} (two editions): probably carried forward`,
      ),
      'capacity_bcm: Lines A–D in service at the end of the year (from the pipeline dataset); used_percent = gas sent to China ÷ capacity_bcm × 100 (derived, rounded to one decimal here)',
      ...model.sourceIds.map((id) => `Source ${id}: ${sources.get(id)?.title ?? id}`),
      'Empty cells: no figure (never interpolated)',
    ],
    columns: [
      'year',
      'coverage',
      ...model.destinations.map((d) => `${d.toLowerCase().replace(/\s+/g, '_')}_bcm`),
      'total_bcm',
      'capacity_bcm',
      'used_percent',
      'source_id',
    ],
    rows: allYears.map((year) => {
      const g = byYear.get(year);
      const u = useByYear.get(year);
      const bcm = new Map(g?.destinations.map((d) => [d.destination, d.bcm]));
      return [
        year,
        g ? (g.incomplete ? 'incomplete (excl. intra-FSU trade)' : 'complete') : null,
        ...model.destinations.map((d) => bcm.get(d) ?? null),
        g?.totalBcm ?? null,
        u?.capacityBcm ?? null,
        u?.usedPercent === null || u === undefined ? null : Number(u.usedPercent.toFixed(1)),
        g?.sourceId ?? null,
      ];
    }),
  };
}
