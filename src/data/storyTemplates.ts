import { claimVerdict, formatClaimValue, type Verdict } from './claims';
import { formatPartialDate } from './dates';
import { balanceUsd, bilateralTotalUsd, capacityInService, lineStatus } from './derive';
import { formatBcm, formatKm, formatPercent, formatUsd } from './format';
import type { Locale } from './locale';
import type { Dataset, LineId, PipelineLine } from './schema';
import { chinaShare, indexTrade, type TradeIndex } from './trade';

/**
 * Story templates: prose in which every number is a placeholder, `{key.argument}`, resolved
 * against the dataset and written with the app's own formatters. A placeholder that names a value
 * the dataset does not have is an error (never "undefined", never a guess).
 *
 * | placeholder | value |
 * |---|---|
 * | `{gasToChina.2012}` | pipeline gas to China that year (bcm) |
 * | `{gasToChinaTotal.2010-2019}` | the sum over the years (every year must have a figure) |
 * | `{chinaExports.1992}`, `{chinaImports.1992}` | China-reported trade (US$) |
 * | `{bilateral.2012}`, `{balance.2012}` | exports + imports, imports − exports (US$) |
 * | `{shareOfTkmTrade.2017}` | bilateral trade ÷ Turkmenistan's total trade (percent) |
 * | `{claim.<claimId>}`, `{claimData.<claimId>}` | the article's figure; the data's value for it |
 * | `{verdict.<claimId>}` | "matches", "differs" or "cannot be checked" |
 * | `{date.<eventId>}` | an event's date, as precise as its source |
 * | `{lineCapacity.C}`, `{lineLength.A}` | a pipeline line's design capacity, its length |
 * | `{capacityInService.2014}` | capacity of Lines A–D in service at the end of the year |
 */

/** A template's data: the dataset's collections (tests pass a small synthetic one). */
export type TemplateData = Pick<
  Dataset,
  'trade' | 'totalTrade' | 'gas' | 'claims' | 'events' | 'lines' | 'milestones'
>;

export interface TemplateValue {
  /** As shown: formatted with the app's formatters. */
  text: string;
  /** Where it comes from; `APP_DERIVED` when the app computed it from those. */
  sourceIds: string[];
}

export type Segment =
  { kind: 'text'; text: string } | ({ kind: 'value'; key: string } & TemplateValue);

export type Resolved =
  { ok: true; segments: Segment[]; sourceIds: string[] } | { ok: false; errors: string[] };

/** The source id the app uses for values it computes (sums, shares, balances). */
export const DERIVED_SOURCE = 'APP_DERIVED';

/** The lines whose capacity `capacityInService` adds up: the Central Asia–China pipeline. */
const MAIN_LINES: readonly LineId[] = ['A', 'B', 'C', 'D'];

const YEAR = /^\d{4}$/;
const YEAR_RANGE = /^(\d{4})-(\d{4})$/;

/**
 * The language values are written in: the locale of the formatters, and the verdicts' words
 * (English, the verdict itself, when none are given).
 */
export interface TemplateWords {
  locale: Locale;
  verdict?: (verdict: Verdict) => string;
}

const ENGLISH: TemplateWords = { locale: 'en' };

/** What a lookup reads: the data, its trade rows indexed once per template, the language. */
interface Context {
  data: TemplateData;
  trade: TradeIndex;
  words: TemplateWords;
}

/** `30.0 bcm a year`, ru `30,0 млрд м³ в год`, zh `每年300亿立方米` (as the claims say it). */
const perYear = (bcm: number, locale: Locale) => formatClaimValue(bcm, 'bcm-per-year', locale);

type Lookup = (arg: string, ctx: Context) => TemplateValue | string;

const needYear = (arg: string): number | string =>
  YEAR.test(arg) ? Number(arg) : `"${arg}" is not a year`;

function tradeValue(
  pick: (row: { exportsUsd: number; importsUsd: number }) => number,
  derived: boolean,
): Lookup {
  return (arg, { trade, words }) => {
    const year = needYear(arg);
    if (typeof year === 'string') return year;
    const row = trade.row('china', year);
    if (!row) return `no China-reported trade figures for ${year}`;
    return {
      text: formatUsd(pick(row), words.locale),
      sourceIds: derived ? [row.sourceId, DERIVED_SOURCE] : [row.sourceId],
    };
  };
}

function lineAttribute(
  pick: (line: PipelineLine) => number | null,
  format: (value: number, locale: Locale) => string,
  attribute: string,
): Lookup {
  return (arg, { data, words }) => {
    const line = data.lines.find((l) => l.id === arg);
    if (!line) return `no pipeline line "${arg}"`;
    const value = pick(line);
    if (value === null) return `line ${arg} has no ${attribute}`;
    return { text: format(value, words.locale), sourceIds: [line.sourceId] };
  };
}

const LOOKUPS: Record<string, Lookup> = {
  gasToChina: (arg, { data, words }) => {
    const year = needYear(arg);
    if (typeof year === 'string') return year;
    const row = data.gas.find((g) => g.year === year);
    if (!row) return `no figure for gas to China in ${year}`;
    return { text: formatBcm(row.bcm, words.locale), sourceIds: [row.sourceId] };
  },
  gasToChinaTotal: (arg, { data, words }) => {
    const range = YEAR_RANGE.exec(arg);
    if (!range) return `"${arg}" is not a range of years (YYYY-YYYY)`;
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to <= from) return `"${arg}" is not an ascending range of years`;
    let sum = 0;
    const sourceIds: string[] = [];
    for (let year = from; year <= to; year += 1) {
      const row = data.gas.find((g) => g.year === year);
      if (!row) return `no figure for gas to China in ${year}, so no total for ${arg}`;
      sum += row.bcm;
      sourceIds.push(row.sourceId);
    }
    return {
      text: formatBcm(sum, words.locale),
      sourceIds: [...new Set(sourceIds), DERIVED_SOURCE],
    };
  },
  chinaExports: tradeValue((r) => r.exportsUsd, false),
  chinaImports: tradeValue((r) => r.importsUsd, false),
  bilateral: tradeValue(bilateralTotalUsd, true),
  balance: tradeValue(balanceUsd, true),
  shareOfTkmTrade: (arg, { trade, words }) => {
    const year = needYear(arg);
    if (typeof year === 'string') return year;
    const share = chinaShare(trade, 'china', year);
    if (!share) return `no share of Turkmenistan's trade for ${year}`;
    return {
      text: formatPercent(share.value, 0, words.locale),
      sourceIds: [...share.sourceIds, DERIVED_SOURCE],
    };
  },
  claim: (arg, { data, words }) => {
    const claim = data.claims.find((c) => c.id === arg);
    if (!claim) return `no claim "${arg}"`;
    return {
      text: formatClaimValue(claim.value, claim.unit, words.locale),
      sourceIds: [claim.sourceId],
    };
  },
  claimData: (arg, { data, trade, words }) => {
    const claim = data.claims.find((c) => c.id === arg);
    if (!claim) return `no claim "${arg}"`;
    const verdict = claimVerdict(claim, trade);
    if (verdict.dataValue === null) return `claim "${arg}" has no data value to compare`;
    return {
      text: formatClaimValue(verdict.dataValue, claim.unit, words.locale),
      sourceIds: verdict.sourceIds,
    };
  },
  verdict: (arg, { data, trade, words }) => {
    const claim = data.claims.find((c) => c.id === arg);
    if (!claim) return `no claim "${arg}"`;
    const verdict = claimVerdict(claim, trade);
    return {
      text: words.verdict?.(verdict.verdict) ?? verdict.verdict,
      sourceIds: [claim.sourceId, ...verdict.sourceIds],
    };
  },
  date: (arg, { data, words }) => {
    const event = data.events.find((e) => e.id === arg);
    if (!event) return `no event "${arg}"`;
    return { text: formatPartialDate(event.date, words.locale), sourceIds: event.sourceIds };
  },
  lineCapacity: lineAttribute((l) => l.capacityBcm, perYear, 'capacity'),
  lineLength: lineAttribute((l) => l.lengthKm, formatKm, 'length'),
  capacityInService: (arg, { data, words }) => {
    const year = needYear(arg);
    if (typeof year === 'string') return year;
    const statuses = data.lines.map((line) => ({
      line,
      ...lineStatus(data.milestones, line.id, year),
    }));
    const inService = capacityInService(statuses, MAIN_LINES);
    if (inService <= 0) return `no line of the pipeline is in service at the end of ${year}`;
    const lines = data.lines.filter((l) => MAIN_LINES.includes(l.id));
    return {
      text: perYear(inService, words.locale),
      sourceIds: [...new Set(lines.map((l) => l.sourceId)), DERIVED_SOURCE],
    };
  },
};

/** The placeholder names a template may use. */
export const TEMPLATE_KEYS: readonly string[] = Object.keys(LOOKUPS);

/** Looks up one placeholder's key (`gasToChina.2012`): its value, or why there is none. */
export function lookupValue(
  key: string,
  data: TemplateData,
  words: TemplateWords = ENGLISH,
): TemplateValue | string {
  return lookupIn(key, { data, trade: indexTrade(data), words });
}

function lookupIn(key: string, ctx: Context): TemplateValue | string {
  const dot = key.indexOf('.');
  const name = dot < 0 ? key : key.slice(0, dot);
  const arg = dot < 0 ? '' : key.slice(dot + 1);
  const lookup = Object.hasOwn(LOOKUPS, name) ? LOOKUPS[name] : undefined;
  if (!lookup) return `unknown placeholder "${name}" (known: ${TEMPLATE_KEYS.join(', ')})`;
  if (!arg) return `placeholder "${name}" needs an argument, as in {${name}.…}`;
  return lookup(arg, ctx);
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Splits a template into text and placeholder keys; an unmatched brace is an error. */
export function splitTemplate(template: string): {
  parts: ({ text: string } | { key: string })[];
  errors: string[];
} {
  const parts: ({ text: string } | { key: string })[] = [];
  const errors: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    const key = (match[1] ?? '').trim();
    if (!key) errors.push('an empty placeholder {}');
    else parts.push({ key });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  for (const part of parts) {
    if ('text' in part && /[{}]/.test(part.text))
      errors.push(`an unmatched brace in "${part.text.trim()}"`);
  }
  return { parts, errors };
}

/**
 * Numbers typed into a template's text rather than drawn from the data. Years (four digits,
 * 1900–2100) are labels and may be typed; any other figure must be a placeholder.
 */
export function typedNumbers(template: string): string[] {
  const text = template.replace(PLACEHOLDER, ' ');
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => {
    if (!YEAR.test(n)) return true;
    const year = Number(n);
    return year < 1900 || year > 2100;
  });
}

/** Resolves every placeholder of a template; any missing value or typed number is an error. */
export function resolveTemplate(
  template: string,
  data: TemplateData,
  words: TemplateWords = ENGLISH,
): Resolved {
  const { parts, errors } = splitTemplate(template);
  for (const n of typedNumbers(template))
    errors.push(`the number "${n}" is typed in: numbers come from the data, as placeholders`);
  const segments: Segment[] = [];
  const sourceIds: string[] = [];
  const ctx: Context = { data, trade: indexTrade(data), words };
  for (const part of parts) {
    if ('text' in part) {
      segments.push({ kind: 'text', text: part.text });
      continue;
    }
    const value = lookupIn(part.key, ctx);
    if (typeof value === 'string') {
      errors.push(`{${part.key}}: ${value}`);
      continue;
    }
    segments.push({ kind: 'value', key: part.key, ...value });
    sourceIds.push(...value.sourceIds);
  }
  return errors.length
    ? { ok: false, errors }
    : { ok: true, segments, sourceIds: [...new Set(sourceIds)] };
}

/** The plain text of resolved segments (for titles, announcements and tests). */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}
