import { capacityInService, lineStatus } from './derive';
import type { GasCountry, GasExportRow, GasGroup } from './energySchema';
import type { GasRow, LineId, Milestone, PipelineLine } from './schema';

/**
 * Turkmenistan's pipeline gas exports by destination, derived from the Statistical Review cells
 * (docs/data.md, "The energy data"). Pure functions: nothing here rounds, fills in or sums what
 * the source does not give. Shares are computed only where the edition covers every destination.
 */

export type GasImporter = GasCountry | GasGroup;

/** One destination in one year, with its share of the year's total where shares are allowed. */
export interface GasDestination {
  destination: GasImporter;
  kind: 'country' | 'group';
  /** The edition's own wording ("Russian Federation"). */
  published: string;
  bcm: number;
  /** Percent of the year's total, or `null` in an incomplete year. */
  share: number | null;
  sourceId: string;
}

export interface GasYear {
  year: number;
  /** The edition's total (of what it covers). */
  totalBcm: number;
  /** The total row's wording ("Total (excl. intra-FSU trade)"). */
  totalPublished: string;
  /** True where the edition leaves out trade within the former Soviet Union (2001–2008). */
  incomplete: boolean;
  /** Largest first. */
  destinations: GasDestination[];
  sourceId: string;
}

/** Percent, or `null` where the total is not a whole-market total or is zero. */
export function gasShare(bcm: number, totalBcm: number, incomplete: boolean): number | null {
  if (incomplete || !(totalBcm > 0)) return null;
  return (100 * bcm) / totalBcm;
}

/**
 * Every year with gas export figures, ascending: an index of the energy model, built once where
 * the energy data is validated (`EnergyData.gasYears`, energyDataset.ts).
 */
export function gasYears(rows: readonly GasExportRow[]): GasYear[] {
  const byYear = new Map<number, GasExportRow[]>();
  for (const r of rows) {
    const list = byYear.get(r.year);
    if (list) list.push(r);
    else byYear.set(r.year, [r]);
  }
  const years: GasYear[] = [];
  for (const [year, list] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const total = list.find((r) => r.kind === 'total');
    if (!total) continue; // validation guarantees one; a year without it is not drawn
    const incomplete = total.coverage === 'excl-intra-fsu';
    const destinations: GasDestination[] = list
      .flatMap((r) => (r.kind === 'total' ? [] : [r]))
      .map((r) => ({
        destination: r.destination,
        kind: r.kind,
        published: r.published,
        bcm: r.bcm,
        share: gasShare(r.bcm, total.bcm, incomplete),
        sourceId: r.sourceId,
      }))
      .sort((a, b) => b.bcm - a.bcm || a.destination.localeCompare(b.destination));
    years.push({
      year,
      totalBcm: total.bcm,
      totalPublished: total.published,
      incomplete,
      destinations,
      sourceId: total.sourceId,
    });
  }
  return years;
}

/** The year's figures in the index `gasYears`, or `undefined`. */
export function gasYear(years: readonly GasYear[], year: number): GasYear | undefined {
  return years.find((g) => g.year === year);
}

/** Years whose edition leaves out trade within the former Soviet Union. */
export function incompleteGasYears(years: readonly GasYear[]): number[] {
  return years.filter((g) => g.incomplete).map((g) => g.year);
}

/** The first year whose edition covers trade within the former Soviet Union (Russia), or null. */
export function firstCompleteGasYear(years: readonly GasYear[]): number | null {
  return years.find((g) => !g.incomplete)?.year ?? null;
}

/** Destinations in drawing order: countries by their largest volume, then groups. */
export function gasDestinationOrder(
  rows: readonly GasExportRow[],
): GasDestination['destination'][] {
  const peak = new Map<string, { kind: string; bcm: number }>();
  for (const r of rows) {
    if (r.kind === 'total') continue;
    const p = peak.get(r.destination);
    if (!p || r.bcm > p.bcm) peak.set(r.destination, { kind: r.kind, bcm: r.bcm });
  }
  return [...peak]
    .sort(
      ([a, pa], [b, pb]) =>
        (pa.kind === 'group' ? 1 : 0) - (pb.kind === 'group' ? 1 : 0) ||
        pb.bcm - pa.bcm ||
        a.localeCompare(b),
    )
    .map(([d]) => d as GasImporter);
}

export interface RepeatedValue {
  destination: string;
  years: [number, number];
  bcm: number;
  sourceIds: [string, string];
}

/**
 * Destinations whose value is exactly the same in two consecutive years from two editions, to
 * three decimals and not a round figure (the early editions give one decimal, where equal values
 * are plausible): a sign of a carried-forward estimate rather than a new observation. In the
 * data: Russia, 4.732 bcm in both 2022 and 2023 (EI 2023 and 2024 editions).
 */
export function repeatedValues(rows: readonly GasExportRow[]): RepeatedValue[] {
  const found: RepeatedValue[] = [];
  const byKey = new Map(rows.map((r) => [`${r.year}:${r.destination}`, r]));
  for (const r of rows) {
    if (r.kind === 'total') continue;
    const next = byKey.get(`${r.year + 1}:${r.destination}`);
    if (!next || next.bcm !== r.bcm || next.sourceId === r.sourceId) continue;
    const roundFigure = Math.abs(r.bcm * 10 - Math.round(r.bcm * 10)) < 1e-9;
    if (roundFigure) continue;
    found.push({
      destination: r.destination,
      years: [r.year, next.year],
      bcm: r.bcm,
      sourceIds: [r.sourceId, next.sourceId],
    });
  }
  return found;
}

/** The Central Asia–China gas pipeline proper: the capacity summed against the gas sent. */
export const CENTRAL_ASIA_CHINA_LINES: readonly LineId[] = ['A', 'B', 'C', 'D'];

/** The sources of Lines A–D's records (their capacities), each once, in the lines' order. */
export function pipelineSourceIds(dataset: { lines: readonly PipelineLine[] }): string[] {
  const lines = dataset.lines.filter((l) => CENTRAL_ASIA_CHINA_LINES.includes(l.id));
  return [...new Set(lines.map((l) => l.sourceId))];
}

export interface PipelineUse {
  year: number;
  /** Capacity (bcm a year) of Lines A–D in service at the end of the year. */
  capacityBcm: number;
  /** Gas sent to China that year (Statistical Review), or `null` where there is no figure. */
  chinaBcm: number | null;
  /** Percent of the capacity used, or `null`. */
  usedPercent: number | null;
  chinaSourceId: string | null;
}

/**
 * For each year from the first line in service to the last gas figure: capacity in service
 * against gas actually sent to China (so a reader sees how full the lines run). The energy model
 * holds it for Lines A–D, built once (`EnergyData.pipelineUse`, energyDataset.ts).
 */
export function pipelineUse(
  dataset: {
    lines: readonly PipelineLine[];
    milestones: readonly Milestone[];
    gas: readonly GasRow[];
  },
  lineIds: readonly LineId[] = CENTRAL_ASIA_CHINA_LINES,
): PipelineUse[] {
  const gasByYear = new Map(dataset.gas.map((g) => [g.year, g]));
  const gasYearsList = dataset.gas.map((g) => g.year);
  if (!gasYearsList.length) return [];
  const last = Math.max(...gasYearsList);
  const rows: PipelineUse[] = [];
  for (let year = Math.min(...gasYearsList) - 1; year <= last; year += 1) {
    const statuses = dataset.lines.map((line) => ({
      line,
      ...lineStatus(dataset.milestones, line.id, year),
    }));
    const capacityBcm = capacityInService(statuses, lineIds);
    const gas = gasByYear.get(year);
    if (capacityBcm === 0 && !gas) continue;
    rows.push({
      year,
      capacityBcm,
      chinaBcm: gas?.bcm ?? null,
      usedPercent: gas && capacityBcm > 0 ? (100 * gas.bcm) / capacityBcm : null,
      chinaSourceId: gas?.sourceId ?? null,
    });
  }
  return rows;
}
