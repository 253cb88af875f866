import {
  claimVerdict,
  compareClaim,
  isTradeMeasure,
  uncheckedVerdict,
  withNote,
  type ClaimVerdict,
  type MeasureLookup,
} from './claims';
import { firstCompleteGasYear, gasYear, gasYears, type GasYear } from './energy';
import { indexTrade } from './trade';
import { notePart, type NoteArg, type NotePart } from './verdictNotes';
import type { CompositionRow, EnergyDataset, TradeFact } from './energySchema';
import type { Claim, Dataset } from './schema';

/**
 * The article's gas and commodity claims checked against the Statistical Review and the 2014
 * commodity composition, with the same verdict code as the trade claims (`compareClaim`), and
 * every claim of the article in one list for the claims page.
 */

/**
 * What the gas and commodity claims are checked against: core gas, the energy data's composition
 * and its gas years (the index `gasYears` of its gas exports).
 */
type GasClaimData = Pick<Dataset, 'gas'> &
  Pick<EnergyDataset, 'composition'> & { gasYears: readonly GasYear[] };

/** HS chapters counted as agricultural or textile: sections I–IV (01–24), hides and leather (41–43), textiles (50–63). */
export function isAgriOrTextileChapter(hsCode: string): boolean {
  const n = Number(hsCode);
  if (!/^\d{2}$/.test(hsCode)) return false;
  return (n >= 1 && n <= 24) || (n >= 41 && n <= 43) || (n >= 50 && n <= 63);
}

export interface CompositionSummary {
  year: number;
  totalUsd: number;
  totalSourceId: string;
  /** The listed chapters, largest first, each with its share of the total (percent). */
  chapters: (CompositionRow & { share: number })[];
  /** The part of the total the source does not break down. */
  unlistedUsd: number;
  unlistedShare: number;
  /** Share of the listed agricultural or textile chapters. */
  agriTextileShare: number;
  /** Even if the whole unlisted rest were agricultural or textile. */
  agriTextileUpperShare: number;
}

/** The latest year the composition rows give a total for, with its summary; `null` for none. */
export function latestComposition(rows: readonly CompositionRow[]): CompositionSummary | null {
  const years = rows
    .filter((r) => r.flow === 'china_imports' && r.hsCode === 'TOTAL' && r.usd > 0)
    .map((r) => r.year);
  return years.length === 0 ? null : compositionSummary(rows, Math.max(...years));
}

/** The commodity composition of one year, or `null` where there is none (every year but 2014). */
export function compositionSummary(
  rows: readonly CompositionRow[],
  year: number,
): CompositionSummary | null {
  const own = rows.filter((r) => r.year === year && r.flow === 'china_imports');
  const total = own.find((r) => r.hsCode === 'TOTAL');
  if (!total || !(total.usd > 0)) return null;
  const chapters = own
    .filter((r) => r.hsCode !== 'TOTAL')
    .map((r) => ({ ...r, share: (100 * r.usd) / total.usd }))
    .sort((a, b) => b.usd - a.usd);
  const listed = chapters.reduce((sum, r) => sum + r.usd, 0);
  const unlistedUsd = total.usd - listed;
  const agri = chapters.filter((r) => isAgriOrTextileChapter(r.hsCode));
  const agriTextileShare = agri.reduce((sum, r) => sum + r.share, 0);
  const unlistedShare = (100 * unlistedUsd) / total.usd;
  return {
    year,
    totalUsd: total.usd,
    totalSourceId: total.sourceId,
    chapters,
    unlistedUsd,
    unlistedShare,
    agriTextileShare,
    agriTextileUpperShare: agriTextileShare + unlistedShare,
  };
}

/** Years with a commodity composition. */
export function compositionYears(rows: readonly CompositionRow[]): number[] {
  return [...new Set(rows.filter((r) => r.hsCode === 'TOTAL').map((r) => r.year))].sort(
    (a, b) => a - b,
  );
}

const percent1 = (v: number | null): NoteArg => ({ percent: v, digits: 1 });

function gasLookup(claim: Claim, data: GasClaimData): MeasureLookup {
  switch (claim.measure) {
    case 'gas-supply-target':
      return (year) => {
        const g = data.gas.find((r) => r.year === year);
        return g ? { value: g.bcm, sourceIds: [g.sourceId] } : null;
      };
    case 'gas-exports-via-russia-share':
    case 'tkm-gas-share-via-pipeline': {
      const destination = claim.measure === 'gas-exports-via-russia-share' ? 'Russia' : 'China';
      return (year) => {
        const g = gasYear(data.gasYears, year);
        if (!g || g.incomplete) return null;
        const d = g.destinations.find((x) => x.destination === destination);
        // A complete edition without the destination's row records none: 0%.
        const share = d ? d.share : 0;
        return share === null ? null : { value: share, sourceIds: [g.sourceId, 'APP_DERIVED'] };
      };
    }
    case 'china-imports-agri-textile-share':
      return (year) => {
        const c = compositionSummary(data.composition, year);
        return c
          ? {
              value: c.agriTextileShare,
              sourceIds: [c.chapters[0]?.sourceId ?? c.totalSourceId, c.totalSourceId],
            }
          : null;
      };
    default:
      return () => null;
  }
}

/** Why a gas or commodity claim's year has no figure. */
function gasGapNote(claim: Claim, data: GasClaimData): NotePart {
  const year = claim.year;
  if (claim.measure === 'china-imports-agri-textile-share')
    return notePart('verdicts.gap.composition', {
      year,
      years: { years: compositionYears(data.composition) },
    });
  if (claim.measure === 'gas-supply-target')
    return notePart('verdicts.gap.gasToChina', {
      year,
      years: { years: data.gas.map((g) => g.year) },
    });
  if (gasYear(data.gasYears, year)?.incomplete)
    return notePart('verdicts.gap.incomplete', { year });
  return notePart('verdicts.gap.gasExports', {
    year,
    years: { years: data.gasYears.map((y) => y.year) },
  });
}

/** Extra sentences computed from the data, per measure. */
function gasContext(claim: Claim, data: GasClaimData, dataValue: number | null): NotePart[] {
  const parts: NotePart[] = [];
  if (claim.measure === 'gas-exports-via-russia-share') {
    const first = firstCompleteGasYear(data.gasYears);
    if (first !== null && claim.year === first)
      parts.push(notePart('verdicts.context.firstRussia', { year: first }));
  }
  if (claim.measure === 'gas-supply-target' && claim.altYear !== undefined) {
    const alt = data.gas.find((g) => g.year === claim.altYear);
    parts.push(
      notePart('verdicts.context.altYear', { year: claim.altYear, bcm: { bcm: alt?.bcm ?? null } }),
    );
  }
  if (claim.measure === 'china-imports-agri-textile-share' && dataValue !== null) {
    const c = compositionSummary(data.composition, claim.year);
    const top = c?.chapters[0];
    if (c && top)
      parts.push(
        notePart('verdicts.context.composition', {
          code: { en: top.hsCode },
          label: { en: top.label.split(';')[0] ?? top.label },
          share: percent1(top.share),
          rest: percent1(c.unlistedShare),
          upper: percent1(c.agriTextileUpperShare),
        }),
      );
  }
  return parts;
}

/** Verdict on a gas or commodity claim. */
export function energyClaimVerdict(claim: Claim, data: GasClaimData): ClaimVerdict {
  const lookup = gasLookup(claim, data);
  const measured = lookup(claim.year);
  if (!measured)
    return uncheckedVerdict([gasGapNote(claim, data), ...gasContext(claim, data, null)]);
  const format =
    claim.unit === 'percent'
      ? percent1
      : (v: number): NoteArg => notePart('verdicts.sentToChina', { bcm: { bcm: v } });
  const result = compareClaim(claim, measured, lookup, format);
  return withNote(result, [...result.noteParts, ...gasContext(claim, data, result.dataValue)]);
}

/** Where a claim can be seen in the app. */
export type ClaimView = 'trade' | 'energy' | 'what-china-buys' | 'none';

export function claimView(claim: Claim): ClaimView {
  if (isTradeMeasure(claim.measure)) return 'trade';
  if (claim.measure === 'china-imports-agri-textile-share') return 'what-china-buys';
  if (claim.measure === 'china-share-of-china-asia-trade') return 'none';
  return 'energy';
}

export interface CheckedArticleClaim {
  claim: Claim;
  result: ClaimVerdict;
  view: ClaimView;
  /** Low-confidence figures shown beside the verdict as context, never as the verdict. */
  context: TradeFact[];
}

const ENERGY_MEASURES: readonly Claim['measure'][] = [
  'gas-supply-target',
  'gas-exports-via-russia-share',
  'tkm-gas-share-via-pipeline',
  'china-imports-agri-textile-share',
];

/**
 * Any claim of the article, checked against the data that covers its measure. `years` is the
 * index `gasYears` of the energy data's gas exports (built here when not given).
 */
export function checkClaim(
  claim: Claim,
  dataset: Pick<Dataset, 'trade' | 'totalTrade' | 'gas'>,
  energy: Pick<EnergyDataset, 'gasExports' | 'composition'>,
  years: readonly GasYear[] = gasYears(energy.gasExports),
): ClaimVerdict {
  return ENERGY_MEASURES.includes(claim.measure)
    ? energyClaimVerdict(claim, {
        gas: dataset.gas,
        composition: energy.composition,
        gasYears: years,
      })
    : claimVerdict(claim, indexTrade(dataset), 'china');
}

/** Facts that give context to a claim that cannot be checked (the Factbook's partner shares). */
function contextFor(claim: Claim, facts: readonly TradeFact[]): TradeFact[] {
  if (claim.measure !== 'china-share-of-tkm-trade') return [];
  return facts.filter(
    (f) =>
      f.year === claim.year &&
      (f.measure === 'china-share-of-tkm-exports' || f.measure === 'china-share-of-tkm-imports'),
  );
}

/**
 * Every claim of the article with its verdict, in year order. The energy model holds them, checked
 * once where the energy data is validated (`GasClaimData.claims`, energyDataset.ts).
 */
export function checkAllClaims(
  dataset: Dataset,
  energy: EnergyDataset,
  years: readonly GasYear[] = gasYears(energy.gasExports),
): CheckedArticleClaim[] {
  return dataset.claims
    .map((claim) => {
      const result = checkClaim(claim, dataset, energy, years);
      return {
        claim,
        result,
        view: claimView(claim),
        context: result.verdict === 'cannot be checked' ? contextFor(claim, energy.tradeFacts) : [],
      };
    })
    .sort((a, b) => a.claim.year - b.claim.year || a.claim.id.localeCompare(b.claim.id));
}
