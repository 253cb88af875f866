// The energy part of the dataset as it ships (docs/data.md, "The energy data"): gas exports and
// the composition copied from the researched files by scripts/data/import-data.mjs, the trade
// facts written by hand from the research notes. Loaded with `import()` by the views that need
// it, then validated here.
import * as v from 'valibot';
import energySources from './raw/energySources.json';
import gasExports from './raw/gasExports.json';
import composition from './raw/tradeComposition.json';
import tradeFacts from './raw/tradeFacts.json';
import { gasYears, pipelineSourceIds, pipelineUse, type GasYear, type PipelineUse } from './energy';
import { EnergyDatasetSchema, type EnergyDataset } from './energySchema';
import type { Dataset, Source } from './schema';

export const rawEnergyDataset: unknown = { ...energySources, gasExports, composition, tradeFacts };

/**
 * The energy model: the validated energy data with every source the app can show (core and
 * energy) by id, and the indexes its views need, built once here as the core model's are
 * (`buildModel`), so no module keeps a cache of its own.
 */
export interface EnergyData {
  dataset: EnergyDataset;
  sourcesById: ReadonlyMap<string, Source>;
  /** Every year with gas export figures, ascending, its destinations largest first. */
  gasYears: readonly GasYear[];
  /** Lines A–D's capacity in service against the gas sent to China, by year. */
  pipelineUse: readonly PipelineUse[];
  /** The sources of Lines A–D's records, where their capacities come from. */
  pipelineSourceIds: readonly string[];
}

export type EnergyParseResult = { ok: true; data: EnergyData } | { ok: false; errors: string[] };

function issuePath(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const [collection, index, ...field] = keys;
  if (collection === undefined) return 'energy dataset';
  if (index === undefined) return collection;
  return `${collection}[${index}]${field.length ? `, field "${field.join('.')}"` : ''}`;
}

function crossReferenceErrors(d: EnergyDataset, sourceIds: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const checkSource = (where: string, id: string) => {
    if (!sourceIds.has(id)) errors.push(`${where}: unknown source id "${id}"`);
  };
  const cells = new Set<string>();
  const coverage = new Map<number, string>();
  d.gasExports.forEach((r, i) => {
    const where = `gasExports[${i}] (year ${r.year}, ${r.destination})`;
    checkSource(`${where}, field "sourceId"`, r.sourceId);
    const key = `${r.year}:${r.destination}`;
    if (cells.has(key)) errors.push(`${where}, field "destination": two rows`);
    cells.add(key);
    const own = coverage.get(r.year);
    if (own !== undefined && own !== r.coverage)
      errors.push(`${where}, field "coverage": differs from the year’s other rows`);
    coverage.set(r.year, r.coverage);
  });
  coverage.forEach((_, year) => {
    if (!cells.has(`${year}:Total`)) errors.push(`gasExports (year ${year}): no total row`);
  });
  d.composition.forEach((r, i) =>
    checkSource(`composition[${i}] (${r.year}, HS ${r.hsCode}), field "sourceId"`, r.sourceId),
  );
  const factIds = new Set<string>();
  d.tradeFacts.forEach((f, i) => {
    if (factIds.has(f.id)) errors.push(`tradeFacts[${i}] (id "${f.id}"), field "id": duplicate id`);
    factIds.add(f.id);
    checkSource(`tradeFacts[${i}] (id "${f.id}"), field "sourceId"`, f.sourceId);
  });
  Object.keys(d.cellReads).forEach((id) => checkSource(`cellReads["${id}"]`, id));
  return errors;
}

/** The energy model of validated energy data: its indexes, built once. */
function buildEnergyData(
  dataset: EnergyDataset,
  core: Pick<Dataset, 'lines' | 'milestones' | 'gas'>,
  sourcesById: ReadonlyMap<string, Source>,
): EnergyData {
  return {
    dataset,
    sourcesById,
    gasYears: gasYears(dataset.gasExports),
    pipelineUse: pipelineUse(core),
    pipelineSourceIds: pipelineSourceIds(core),
  };
}

/** Validates the energy data against its schema and the core dataset's sources. */
export function parseEnergyDataset(
  input: unknown,
  core: Pick<Dataset, 'sources' | 'lines' | 'milestones' | 'gas'>,
): EnergyParseResult {
  const result = v.safeParse(EnergyDatasetSchema, input);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => `${issuePath(issue)}: ${issue.message}`),
    };
  }
  const d = result.output;
  const all = [...core.sources, ...d.sources];
  const ids = new Set<string>();
  const errors: string[] = [];
  for (const s of all) {
    if (ids.has(s.id)) errors.push(`sources (id "${s.id}"), field "id": duplicate id`);
    ids.add(s.id);
  }
  errors.push(...crossReferenceErrors(d, ids));
  if (errors.length) return { ok: false, errors };
  return { ok: true, data: buildEnergyData(d, core, new Map(all.map((s) => [s.id, s]))) };
}

/** The shipped energy data, validated against the core dataset. */
export function loadEnergyData(
  core: Pick<Dataset, 'sources' | 'lines' | 'milestones' | 'gas'>,
): EnergyParseResult {
  return parseEnergyDataset(rawEnergyDataset, core);
}
