import { formatBcm, formatPercent, formatUsd, noData, roundTo } from './format';
import type verdicts from './i18n/catalogs/verdicts/en.json';
import type { Locale } from './locale';
import type { Claim } from './schema';
import { describeYears } from './years';

/**
 * A verdict's note as data: sentences, each a message of the `verdicts` catalog with its values
 * (numbers kept as numbers, formatted for the page's locale when the note is written). Views write
 * it with `t` (`verdictNoteText`, ui/VerdictNoteText); the published English (`claims.csv`,
 * `ClaimVerdict.note`) is written by `englishVerdictNote`, without a catalog, and the tests check
 * that the English catalog says exactly the same.
 */

export type VerdictMessage = keyof typeof verdicts;
type Values = Readonly<Record<string, string | number>>;
/** The catalog's `t` (data/i18n/messages `Translate`), for the `verdicts` messages. The type is
 * its own so that the build's data step, which has no catalogs, can check its code. */
type Translate = (id: VerdictMessage, values?: Values) => string;

/** One value of a note's sentence. */
export type NoteArg =
  /** A year or a count, as it is. */
  | number
  /** Words in English in every language: a source's own label, the article's hedge word. */
  | { en: string }
  | { usd: number | null }
  | { bcm: number | null }
  | { percent: number | null; digits: number }
  /** A value in a claim's unit, as `formatClaimValue` writes it. */
  | { claim: number | null; unit: Claim['unit'] }
  /** A claim's number in a hedge's reading ("63%", "58.5 bcm"), as `formatClaimNumber`. */
  | { hedged: number; unit: Claim['unit'] }
  | { years: readonly number[] }
  /** A message inside a message ("Tolerance: {reading}."). */
  | NotePart;

export interface NotePart {
  id: VerdictMessage;
  values?: Readonly<Record<string, NoteArg>>;
}

/** A note: its sentences, in order. */
export type VerdictNote = readonly NotePart[];

export const notePart = (id: VerdictMessage, values?: Record<string, NoteArg>): NotePart =>
  values ? { id, values } : { id };

/** A claim's or a data value in the claim's unit: money as `formatUsd`, percent, bcm a year. */
export function formatClaimValue(
  value: number | null,
  unit: Claim['unit'],
  locale: Locale = 'en',
): string {
  if (unit === 'usd') return formatUsd(value, locale);
  if (unit === 'percent')
    return formatPercent(value, value !== null && Math.abs(value) < 10 ? 1 : 0, locale);
  if (value === null) return noData(locale);
  const bcm = formatBcm(value, locale);
  return locale === 'ru' ? `${bcm} в год` : locale === 'zh' ? `每年${bcm}` : `${bcm} a year`;
}

/** A claim's number in its unit, with at most one decimal for shares and bcm (hedge readings). */
export function formatClaimNumber(
  value: number,
  unit: Claim['unit'],
  locale: Locale = 'en',
): string {
  if (unit === 'usd') return formatUsd(value, locale);
  if (locale === 'en') return `${Number(value.toFixed(1))}${unit === 'percent' ? '%' : ' bcm'}`;
  if (unit === 'bcm-per-year') return formatBcm(value, locale);
  const digits = Number.isInteger(roundTo(value, 1)) ? 0 : 1;
  return formatPercent(value, digits, locale);
}

function argValue(arg: NoteArg, t: Translate, locale: Locale): string | number {
  if (typeof arg === 'number') return arg;
  if ('id' in arg) return partText(arg, t, locale);
  if ('en' in arg) return arg.en;
  if ('usd' in arg) return formatUsd(arg.usd, locale);
  if ('bcm' in arg) return formatBcm(arg.bcm, locale);
  if ('percent' in arg) return formatPercent(arg.percent, arg.digits, locale);
  if ('claim' in arg) return formatClaimValue(arg.claim, arg.unit, locale);
  if ('hedged' in arg) return formatClaimNumber(arg.hedged, arg.unit, locale);
  return describeYears(arg.years, locale);
}

/** A sentence's values, written for the locale (nested messages included), except `skip`'s. */
export function partValues(
  part: NotePart,
  t: Translate,
  locale: Locale,
  skip: (arg: NoteArg) => boolean = () => false,
): Values {
  const values: Record<string, string | number> = {};
  for (const [key, arg] of Object.entries(part.values ?? {}))
    if (!skip(arg)) values[key] = argValue(arg, t, locale);
  return values;
}

function partText(part: NotePart, t: Translate, locale: Locale): string {
  return t(part.id, partValues(part, t, locale));
}

/** What separates a note's sentences: a space, none after Chinese full stops. */
export const sentenceGap = (locale: Locale): string => (locale === 'zh' ? '' : ' ');

/** A note in the locale's words, through its catalog (`t`), numbers in its formats. */
export function verdictNoteText(note: VerdictNote, t: Translate, locale: Locale): string {
  return note.map((part) => partText(part, t, locale)).join(sentenceGap(locale));
}

type English = (v: Values) => string;

/** The English of every message, as the `verdicts` catalog's English says it (tested). */
const ENGLISH: Readonly<Record<VerdictMessage, English>> = {
  'verdicts.figure': (v) => `The ${v.year} figure is ${v.value}.`,
  'verdicts.figureOtherYear': (v) =>
    `The ${v.year} figure is ${v.value}; the claim matches the ${v.other} figure (${v.otherValue}).`,
  'verdicts.points.higher': (v) => `The claim is ${points(v.points)} higher.`,
  'verdicts.points.lower': (v) => `The claim is ${points(v.points)} lower.`,
  'verdicts.relative.higher': (v) => `The claim is ${v.percent} higher.`,
  'verdicts.relative.lower': (v) => `The claim is ${v.percent} lower.`,
  'verdicts.tolerance': (v) => `Tolerance: ${v.reading}.`,
  'verdicts.reading.nearly': (v) =>
    `“${v.hedge}” ${v.value} is read as ${v.min} to ${v.max} (up to a tenth below, not above)`,
  'verdicts.reading.about': (v) =>
    `“${v.hedge}” ${v.value} is read as ${v.min} to ${v.max} (a tenth either side)`,
  'verdicts.reading.moreThan': (v) =>
    `“${v.hedge}” ${v.value} is read as anything above ${v.value}`,
  'verdicts.reading.mainly': (v) => `“${v.hedge}” is read as more than half (above ${v.value})`,
  'verdicts.asia': () =>
    'The dataset has no figures for China’s trade with Asia to check this against.',
  'verdicts.notTrade': () => 'Not a trade figure: the trade statistics cannot check it.',
  'verdicts.noTradeFigure': (v) =>
    `No ${v.reporter} figure for ${v.measure} in ${v.year}: ${v.coverage}.`,
  'verdicts.coverage.series': (v) => `the ${v.reporter} series covers ${v.years}`,
  'verdicts.coverage.total': (v) => `Turkmenistan’s total trade (${v.source}) covers ${v.years}`,
  'verdicts.reporter.china': () => 'China-reported',
  'verdicts.reporter.mirror': () => 'Turkmenistan-reported (mirror)',
  'verdicts.measure.china-exports': () => 'China’s exports to Turkmenistan',
  'verdicts.measure.china-imports': () => 'China’s imports from Turkmenistan',
  'verdicts.measure.bilateral-trade': () => 'bilateral trade (exports + imports)',
  'verdicts.measure.china-share-of-tkm-trade': () => 'China’s share of Turkmenistan’s total trade',
  'verdicts.gap.composition': (v) =>
    `No commodity breakdown for ${v.year}: the only year found is ${v.years}.`,
  'verdicts.gap.gasToChina': (v) =>
    `No figure for gas sent to China in ${v.year}: the Statistical Review covers ${v.years}.`,
  'verdicts.gap.incomplete': (v) =>
    `The ${v.year} edition leaves out trade within the former Soviet Union, so Russia’s share cannot be computed (incomplete year).`,
  'verdicts.gap.gasExports': (v) =>
    `No gas export figures for ${v.year}: the Statistical Review covers ${v.years}.`,
  'verdicts.context.firstRussia': (v) =>
    `${v.year} is the first year the data covers Russia; earlier years cannot be checked.`,
  'verdicts.context.altYear': (v) =>
    `The sources date this target to ${v.year}; gas sent to China in ${v.year}: ${v.bcm}.`,
  'verdicts.context.composition': (v) =>
    `HS ${v.code} (${v.label}) is ${v.share}; even if the unlisted rest (${v.rest}) were agricultural or textile, the share would be ${v.upper}.`,
  'verdicts.sentToChina': (v) => `${v.bcm} sent to China`,
};

function points(n: string | number | undefined): string {
  return `${n} percentage ${n === 1 ? 'point' : 'points'}`;
}

const english: Translate = (id, values = {}) => ENGLISH[id](values);

/** A note in English, as published (`claims.csv`) and as the English catalog writes it. */
export function englishVerdictNote(note: VerdictNote): string {
  return verdictNoteText(note, english, 'en');
}
