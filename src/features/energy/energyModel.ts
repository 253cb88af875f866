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
import { formatBcm, formatNumber, formatPercent } from '../../data/format';
import type { Translate } from '../../data/i18n/messages';
import type { Locale } from '../../data/locale';
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
  /** Where Lines A–D's capacities come from. */
  capacitySourceIds: readonly string[];
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
  capacitySourceIds: readonly string[],
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
    capacitySourceIds,
    repeated: repeatedValues(gasExports),
    sourceIds: [...new Set(years.map((g) => g.sourceId))],
  };
}

/** CSS custom properties of the destinations' colours (app/tokens.css; Okabe–Ito based). */
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

/** A destination's name in the page's language (the translation's `names`, else English). */
export type DestinationName = (d: string) => string;

/** The names of a translation (`content.names`), or English. */
export function destinationNamer(names?: Readonly<Record<string, string>>): DestinationName {
  return (d) => names?.[d] ?? d;
}

const english: DestinationName = (d) => d;

/** A figure as the edition gives it (up to 3 decimals), with its unit: `10.661 bcm`,
 * ru `10,661 млрд м³`, zh `106.61亿立方米` (a tenth of a bcm is one 亿). */
export function rawBcm(value: number, locale: Locale = 'en'): string {
  if (locale === 'en') return `${value} bcm`;
  if (locale === 'ru') return `${rawNumber(value, locale)} млрд м³`;
  return `${rawNumber(Number((value * 10).toFixed(6)), locale)}亿立方米`;
}

/** A number as given, in the locale's digits (English: as JavaScript writes it). */
export function rawNumber(value: number, locale: Locale = 'en'): string {
  if (locale === 'en') return String(value);
  const decimals = (String(value).split('.')[1] ?? '').length;
  return formatNumber(value, decimals, locale);
}

/** "China 77%" for a complete year; "Iran 6.5 bcm" where shares are not allowed. */
export function destinationText(
  d: GasYear['destinations'][number],
  locale: Locale = 'en',
  name: DestinationName = english,
): string {
  return d.share === null
    ? `${name(d.destination)} ${formatBcm(d.bcm, locale)}`
    : `${name(d.destination)} ${formatPercent(d.share, 0, locale)}`;
}

/** The readout's sentence on a year with no figures. */
export function noGasText(year: number, model: EnergyModel, t: Translate): string {
  return t('energy.noGas', { year, first: model.firstYear, last: model.lastYear });
}

/** The note on values identical in two editions, for the years it concerns. */
export function repeatedNote(
  year: number,
  model: EnergyModel,
  t: Translate,
  locale: Locale = 'en',
  name: DestinationName = english,
): string | null {
  const r = model.repeated.find((x) => x.years.includes(year));
  if (!r) return null;
  return t('energy.repeated', {
    destination: name(r.destination),
    bcm: rawBcm(r.bcm, locale),
    first: r.years[0],
    second: r.years[1],
    firstSource: r.sourceIds[0],
    secondSource: r.sourceIds[1],
  });
}

/** "Lines A–D in service: 55 bcm a year; sent to China: 30.5 bcm (55% of capacity)". */
export function pipelineUseText(
  u: PipelineUse | undefined,
  year: number,
  t: Translate,
  locale: Locale = 'en',
): string {
  if (!u) return t('energy.use.none', { year });
  const sent =
    u.chinaBcm === null
      ? t('energy.use.noSent')
      : t('energy.use.sent', { bcm: formatBcm(u.chinaBcm, locale) });
  const share =
    u.usedPercent === null
      ? ''
      : t('energy.use.share', { percent: formatPercent(u.usedPercent, 0, locale) });
  return t('energy.use.text', { year, capacity: rawBcm(u.capacityBcm, locale), sent, share });
}

/** The view's numbers as a CSV table: one row per year, bcm per destination as published. */
export function energyCsv(
  model: EnergyModel,
  sources: ReadonlyMap<string, { title: string }>,
  t: Translate,
  locale: Locale = 'en',
  name: DestinationName = english,
): CsvTable {
  const useByYear = new Map(model.use.map((u) => [u.year, u]));
  const allYears = [
    ...new Set([...model.years.map((g) => g.year), ...model.use.map((u) => u.year)]),
  ].sort((a, b) => a - b);
  const byYear = new Map(model.years.map((g) => [g.year, g]));
  return {
    title: t('energy.csv.title'),
    notes: [
      t('energy.csv.units'),
      t('energy.csv.incomplete', { years: describeYears(model.incompleteYears, locale) }),
      t('energy.csv.russia'),
      ...model.repeated.map((r) =>
        t('energy.csv.repeated', {
          destination: name(r.destination),
          bcm: rawBcm(r.bcm, locale),
          first: r.years[0],
          second: r.years[1],
        }),
      ),
      t('energy.csv.capacity'),
      ...model.sourceIds.map((id) => t('csv.source', { id, title: sources.get(id)?.title ?? id })),
      t('energy.csv.empty'),
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
