import { bilateralTotalUsd } from './derive';
import type { Claim, Reporter } from './schema';
import { chinaShare, TOTAL_TRADE_SOURCE, type TradeIndex } from './trade';
import {
  englishVerdictNote,
  formatClaimValue,
  notePart,
  type NoteArg,
  type NotePart,
  type VerdictMessage,
  type VerdictNote,
} from './verdictNotes';
import { describeYears } from './years';

// Kept here too for the modules that check claims; the first screen imports them from their own
// small modules, so that the claim-checking code stays out of its chunk.
export { describeYears, formatClaimValue };

/** Article claims against the statistics: every verdict is computed here, never typed in. */

export type Verdict = 'matches' | 'differs' | 'cannot be checked';

export interface ClaimVerdict {
  verdict: Verdict;
  /** The statistics' value for the claim's year (USD or percent), or `null` where there is none. */
  dataValue: number | null;
  /** The source of `dataValue` (the trade row's source), or `null`. */
  sourceId: string | null;
  /** Every source the data value was computed from (a share uses two). */
  sourceIds: string[];
  /** A year other than the claim's whose figure matches the claim (an article off by a year). */
  matchingYear: number | null;
  /** The largest difference that still counts as a match, in the claim's unit; `null` if unchecked or hedged. */
  tolerance: number | null;
  /** For hedged wording ("nearly", "about", "more than", "mainly"): the values that match. */
  range: ClaimRange | null;
  /** The note in English, as published (`claims.csv`): `noteParts` written in English. */
  note: string;
  /** The note as sentences of the `verdicts` catalog, for the page's language (verdictNotes.ts). */
  noteParts: VerdictNote;
}

/** The measures the trade statistics can check. */
export const TRADE_MEASURES = [
  'china-exports',
  'china-imports',
  'bilateral-trade',
  'china-share-of-tkm-trade',
] as const satisfies readonly Claim['measure'][];
export type TradeMeasure = (typeof TRADE_MEASURES)[number];

/** Claims that are about trade but that no series in the dataset covers. */
export const UNCOVERED_TRADE_MEASURES = [
  'china-share-of-china-asia-trade',
] as const satisfies readonly Claim['measure'][];

/** A claim matches when it is within 2% of the data's value... */
export const RELATIVE_TOLERANCE = 0.02;

export function isTradeMeasure(measure: Claim['measure']): measure is TradeMeasure {
  return (TRADE_MEASURES as readonly string[]).includes(measure);
}

/**
 * ...or within the claim's own precision: half a unit in its last significant digit
 * (`$445 million` → ±$0.5 million; `65%` → ±0.5). Trailing zeros are not significant.
 */
export function claimPrecision(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return 0;
  for (let p = 15; p >= -6; p -= 1) {
    const unit = 10 ** p;
    const q = abs / unit;
    if (q >= 1 && Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, q)) return unit / 2;
  }
  return 0;
}

/** The largest difference between a claim and the data that still counts as a match. */
export function toleranceFor(claimValue: number, dataValue: number): number {
  return Math.max(RELATIVE_TOLERANCE * Math.abs(dataValue), claimPrecision(claimValue));
}

export function withinTolerance(claimValue: number, dataValue: number): boolean {
  // A tiny epsilon so that a difference of exactly the tolerance counts despite binary rounding.
  return Math.abs(claimValue - dataValue) <= toleranceFor(claimValue, dataValue) * (1 + 1e-12);
}

const REPORTER_NOTE: Readonly<Record<Reporter, NotePart>> = {
  china: notePart('verdicts.reporter.china'),
  mirror: notePart('verdicts.reporter.mirror'),
};

export interface Measured {
  value: number;
  sourceIds: string[];
}

/** The statistics' value of a trade measure in a year, or `null` where a figure is missing. */
export function measuredValue(
  measure: TradeMeasure,
  trade: TradeIndex,
  reporter: Reporter,
  year: number,
): Measured | null {
  const row = trade.row(reporter, year);
  if (!row) return null;
  switch (measure) {
    case 'china-exports':
      return { value: row.exportsUsd, sourceIds: [row.sourceId] };
    case 'china-imports':
      return { value: row.importsUsd, sourceIds: [row.sourceId] };
    case 'bilateral-trade':
      return { value: bilateralTotalUsd(row), sourceIds: [row.sourceId] };
    case 'china-share-of-tkm-trade': {
      const share = chinaShare(trade, reporter, year);
      return share && { value: share.value, sourceIds: share.sourceIds };
    }
  }
}

function coverage(measure: TradeMeasure, trade: TradeIndex, reporter: Reporter): NotePart {
  if (measure !== 'china-share-of-tkm-trade')
    return notePart('verdicts.coverage.series', {
      reporter: REPORTER_NOTE[reporter],
      years: { years: trade.series(reporter).map((r) => r.year) },
    });
  return notePart('verdicts.coverage.total', {
    source: { en: TOTAL_TRADE_SOURCE },
    years: { years: [...trade.totalsByYear.keys()] },
  });
}

/** Hedged wording in a quote: a hedge widens or moves what counts as a match. */
export type Hedge = 'nearly' | 'about' | 'more than' | 'mainly';

const HEDGES: [RegExp, Hedge][] = [
  [/\b(nearly|almost)\b/i, 'nearly'],
  [/\b(about|around|approximately|roughly|some)\s+[$\d]/i, 'about'],
  [/\b(more than|over|above|at least)\s+(half|[$\d])/i, 'more than'],
  [/\b(mainly|mostly|chiefly|largely)\b/i, 'mainly'],
];

/** The hedge a quote uses ("nearly 70%", "about $5 billion", "more than half"), or `null`. */
export function hedgeOf(quote: string): Hedge | null {
  return HEDGES.find(([re]) => re.test(quote))?.[1] ?? null;
}

/** How far below "nearly X" may be, and how far either side of "about X": a tenth of X. */
export const HEDGE_FRACTION = 0.1;

export interface ClaimRange {
  /** Lowest value that matches, or `null` for no limit. */
  min: number | null;
  /** Highest value that matches, or `null` for no limit. */
  max: number | null;
  /** True where `min` itself does not match ("more than 50%": 50 does not). */
  minExclusive: boolean;
  /** The reading of the hedge, stated in the verdict's note: in English, and as a message. */
  reading: string;
  readingNote: NotePart;
}

/**
 * What a hedged claim of `value` allows: "nearly X" from a tenth below X up to X (never above);
 * "about X" a tenth either side; "more than X" and "mainly" (more than half) anything above X.
 */
export function hedgeRange(hedge: Hedge, value: number, unit: Claim['unit']): ClaimRange {
  const d = HEDGE_FRACTION * Math.abs(value);
  const [min, max, id]: [number, number | null, VerdictMessage] =
    hedge === 'nearly'
      ? [value - d, value, 'verdicts.reading.nearly']
      : hedge === 'about'
        ? [value - d, value + d, 'verdicts.reading.about']
        : [
            value,
            null,
            hedge === 'mainly' ? 'verdicts.reading.mainly' : 'verdicts.reading.moreThan',
          ];
  const shown = (v: number): NoteArg => ({ hedged: v, unit });
  const readingNote = notePart(id, {
    hedge: { en: hedge },
    value: shown(value),
    ...(max === null ? {} : { min: shown(min), max: shown(max) }),
  });
  return {
    min,
    max,
    minExclusive: max === null,
    reading: englishVerdictNote([readingNote]),
    readingNote,
  };
}

export function inRange(range: ClaimRange, dataValue: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(dataValue));
  if (range.min !== null) {
    if (range.minExclusive ? dataValue <= range.min : dataValue < range.min - eps) return false;
  }
  return range.max === null || dataValue <= range.max + eps;
}

/** The data's value of a claim's measure in a year, or `null` where there is no figure. */
export type MeasureLookup = (year: number) => Measured | null;

/**
 * The verdict on a claim given its measure's value in the claim's year (and a lookup for the
 * neighbouring years). Shared by every kind of claim, so trade and gas claims are judged alike:
 * "matches" within the tolerance (or inside the hedge's range for hedged wording), otherwise
 * "differs", naming a neighbouring year whose figure would match.
 */
export function compareClaim(
  claim: Claim,
  measured: Measured,
  lookup: MeasureLookup,
  format: (value: number) => NoteArg = (value) => ({ claim: value, unit: claim.unit }),
): ClaimVerdict {
  const hedge = hedgeOf(claim.quote);
  const range = hedge ? hedgeRange(hedge, claim.value, claim.unit) : null;
  const matches = (v: number) => (range ? inRange(range, v) : withinTolerance(claim.value, v));
  const { value, sourceIds } = measured;
  const base = {
    dataValue: value,
    sourceId: sourceIds[0] ?? null,
    sourceIds,
    tolerance: range ? null : toleranceFor(claim.value, value),
    range,
  };
  const figure = { year: claim.year, value: format(value) };
  const reading = range ? [notePart('verdicts.tolerance', { reading: range.readingNote })] : [];
  if (matches(value)) {
    return withNote({ ...base, verdict: 'matches', matchingYear: null }, [
      notePart('verdicts.figure', figure),
      ...reading,
    ]);
  }
  const neighbour = [claim.year - 1, claim.year + 1]
    .map((year) => ({ year, m: lookup(year) }))
    .find(({ m }) => m !== null && matches(m.value));
  if (neighbour?.m) {
    return withNote({ ...base, verdict: 'differs', matchingYear: neighbour.year }, [
      notePart('verdicts.figureOtherYear', {
        ...figure,
        other: neighbour.year,
        otherValue: format(neighbour.m.value),
      }),
      ...reading,
    ]);
  }
  // Shares differ by percentage points; money and volumes by a relative amount.
  const ratio = value === 0 ? null : claim.value / value;
  const higher = claim.value > value;
  const how: NotePart[] =
    range && range.max === null
      ? []
      : claim.unit === 'percent'
        ? [
            notePart(higher ? 'verdicts.points.higher' : 'verdicts.points.lower', {
              points: Math.round(Math.abs(claim.value - value)),
            }),
          ]
        : ratio === null
          ? []
          : [
              notePart(higher ? 'verdicts.relative.higher' : 'verdicts.relative.lower', {
                percent: { percent: Math.abs(ratio - 1) * 100, digits: 0 },
              }),
            ];
  return withNote({ ...base, verdict: 'differs', matchingYear: null }, [
    notePart('verdicts.figure', figure),
    ...how,
    ...reading,
  ]);
}

/** A verdict with its note: the sentences, and their English as published. */
export function withNote(
  verdict: Omit<ClaimVerdict, 'note' | 'noteParts'>,
  noteParts: VerdictNote,
): ClaimVerdict {
  return { ...verdict, note: englishVerdictNote(noteParts), noteParts };
}

/** A verdict where the data has no figure to check the claim against. */
export function uncheckedVerdict(noteParts: VerdictNote): ClaimVerdict {
  return withNote(
    {
      verdict: 'cannot be checked',
      dataValue: null,
      sourceId: null,
      sourceIds: [],
      matchingYear: null,
      tolerance: null,
      range: null,
    },
    noteParts,
  );
}

/**
 * Checks an article claim against the trade statistics of one reporter (China's own by default).
 * "matches" within the tolerance above; "differs" otherwise, with the data's value, and a note
 * naming the neighbouring year whose figure matches when the article seems off by a year;
 * "cannot be checked" where the statistics have no figure for that year or that measure.
 * Gas and commodity claims are checked in `claimsEnergy.ts`, with the same `compareClaim`.
 */
export function claimVerdict(
  claim: Claim,
  trade: TradeIndex,
  reporter: Reporter = 'china',
): ClaimVerdict {
  const { measure } = claim;
  if (!isTradeMeasure(measure)) {
    return uncheckedVerdict([
      notePart(
        (UNCOVERED_TRADE_MEASURES as readonly string[]).includes(measure)
          ? 'verdicts.asia'
          : 'verdicts.notTrade',
      ),
    ]);
  }
  const lookup: MeasureLookup = (year) => measuredValue(measure, trade, reporter, year);
  const measured = lookup(claim.year);
  if (!measured) {
    return uncheckedVerdict([
      notePart('verdicts.noTradeFigure', {
        reporter: REPORTER_NOTE[reporter],
        measure: notePart(`verdicts.measure.${measure}`),
        year: claim.year,
        coverage: coverage(measure, trade, reporter),
      }),
    ]);
  }
  return compareClaim(claim, measured, lookup);
}
