import * as v from 'valibot';
import { Bcm, NonEmpty, Slug, SourceId, SourceSchema, Usd, Year } from './schema';

/**
 * The energy part of the dataset (docs/data.md, "The energy data"): gas exports by destination,
 * the 2014 commodity composition, the post-2020 trade facts and their sources. It is not needed
 * for the first screen, so it lives in its own chunk, loaded with the views that show it, and is
 * validated when it arrives (see energyDataset.ts).
 */

/** Importers of Turkmen gas as the app names them (see scripts/data/gas-destinations.mjs). */
export const GAS_COUNTRIES = ['Russia', 'Iran', 'China', 'Kazakhstan', 'Poland'] as const;
export const GAS_GROUPS = ['Other Former Soviet Union', 'Other Middle East', 'Other CIS'] as const;

/**
 * One cell of Turkmenistan's exporter column in one Statistical Review edition: a country, a
 * group of importers, or the edition's total. `published` is the edition's own wording.
 * `coverage` is the year's: "excl-intra-fsu" where trade between former Soviet republics is left
 * out (2001–2008), so a missing Russia row means "not covered", not zero.
 */
const gasExportRow = <K extends string, D extends v.GenericSchema<string>>(
  kind: K,
  destination: D,
) =>
  v.object({
    year: Year,
    kind: v.literal(kind),
    destination,
    published: NonEmpty,
    bcm: Bcm,
    coverage: v.picklist(['all', 'excl-intra-fsu']),
    sourceId: SourceId,
  });

export const GasExportRowSchema = v.variant('kind', [
  gasExportRow('country', v.picklist(GAS_COUNTRIES)),
  gasExportRow('group', v.picklist(GAS_GROUPS)),
  gasExportRow('total', v.literal('Total')),
]);

/** China's imports from Turkmenistan by HS chapter (`TOTAL` for all commodities), US dollars. */
export const CompositionRowSchema = v.object({
  year: Year,
  flow: v.picklist(['china_imports']),
  hsCode: v.pipe(v.string(), v.regex(/^(TOTAL|\d{2})$/, 'must be an HS chapter or TOTAL')),
  label: NonEmpty,
  usd: Usd,
  sourceId: SourceId,
});

/** Facts about trade that are not series: gaps, figures in another currency, partner shares. */
export const TradeFactSchema = v.object({
  id: Slug,
  year: Year,
  toYear: Year,
  measure: v.picklist([
    'official-usd-trade',
    'bilateral-trade-cny',
    'china-share-of-tkm-exports',
    'china-share-of-tkm-imports',
  ]),
  value: v.nullable(v.pipe(v.number(), v.finite())),
  unit: v.picklist(['none', 'cny', 'percent']),
  text: NonEmpty,
  sourceId: SourceId,
});

export const EnergyDatasetSchema = v.object({
  sources: v.array(SourceSchema),
  /** Cell references of the by-destination reads, for sources the core dataset already has. */
  cellReads: v.record(SourceId, NonEmpty),
  gasExports: v.array(GasExportRowSchema),
  composition: v.array(CompositionRowSchema),
  tradeFacts: v.array(TradeFactSchema),
});

export type GasExportRow = v.InferOutput<typeof GasExportRowSchema>;
export type GasCountry = (typeof GAS_COUNTRIES)[number];
export type GasGroup = (typeof GAS_GROUPS)[number];
export type CompositionRow = v.InferOutput<typeof CompositionRowSchema>;
export type TradeFact = v.InferOutput<typeof TradeFactSchema>;
export type EnergyDataset = v.InferOutput<typeof EnergyDatasetSchema>;
