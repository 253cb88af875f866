import { LANGUAGE_TAGS, type Locale } from './locale';

/**
 * The app's number formats: money to three significant digits with words ("$445 million",
 * "$6.07 billion"), percent, gas in bcm; a missing value reads "no data". Each takes the locale
 * (English by default, whose output the project's UI contract fixes and format.test.ts pins);
 * Russian and Chinese go through `Intl` ("9,52 млрд долл.", "95.2亿美元", "32,9 млрд м³",
 * "329亿立方米").
 */

const NO_DATA: Readonly<Record<Locale, string>> = { en: 'no data', ru: 'нет данных', zh: '无数据' };

/** "no data" in the locale's words. */
export function noData(locale: Locale = 'en'): string {
  return NO_DATA[locale];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** One `Intl.NumberFormat` per locale and options, made once (they are costly to create). */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number already rounded as wanted, written in the locale with exactly `decimals` decimals. */
export function formatNumber(value: number, decimals = 0, locale: Locale = 'en'): string {
  if (locale === 'en') return value.toFixed(decimals);
  const text = numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Math.abs(value));
  return value < 0 ? `−${text}` : text;
}

/** Three significant digits with the locale's own words for thousands, millions, 万 and 亿. */
function compactThreeSig(rounded: number, locale: Locale): string {
  if (rounded === 0) return '0';
  if (rounded < 100) return formatNumber(rounded, decimalsForThreeSig(rounded), locale);
  return numberFormat(locale, {
    notation: 'compact',
    minimumSignificantDigits: 3,
    maximumSignificantDigits: 3,
  }).format(rounded);
}

/** Decimal rounding, half away from zero, without binary surprises (3.55 → 3.6, not 3.5). */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  if (!Number.isFinite(shifted)) return Number(value.toFixed(Math.max(0, decimals)));
  return sign * Number(`${Math.round(shifted)}e${-decimals}`);
}

function decimalsForThreeSig(value: number): number {
  return value === 0 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
}

function threeSig(value: number): string {
  const decimals = decimalsForThreeSig(value);
  return roundTo(value, decimals).toFixed(decimals);
}

const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** `$445 million`, `$6.07 billion`, `−$5.63 billion`; `null`/`undefined` reads "no data". */
export function formatUsd(value: number | null | undefined, locale: Locale = 'en'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noData(locale);
  const sign = value < 0 ? '−' : '';
  // Round to three significant digits first, so 999.6 million reads "1.00 billion".
  const abs = Math.abs(value);
  const rounded = abs === 0 ? 0 : roundTo(abs, 2 - Math.floor(Math.log10(abs)));
  if (locale === 'ru') return `${sign}${compactThreeSig(rounded, locale)} долл.`;
  if (locale === 'zh') return `${sign}${compactThreeSig(rounded, locale)}美元`;
  const scale = SCALES.find(([size]) => rounded >= size);
  if (!scale) return `${sign}$${threeSig(rounded)}`;
  const [size, word] = scale;
  return `${sign}$${threeSig(rounded / size)} ${word}`;
}

/** Short axis label: `$500M`, `$2B`, `$10B` (ru "500 млн $", zh "5亿$"). */
export function formatUsdShort(value: number, locale: Locale = 'en'): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (locale !== 'en') {
    const text = numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(
      abs,
    );
    return locale === 'ru' ? `${sign}${text} $` : `${sign}${text}美元`;
  }
  const trim = (n: number) => String(Number(n.toPrecision(3)));
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}$${trim(abs / 1e3)}K`;
  return `${sign}$${trim(abs)}`;
}

/**
 * Gas volumes: `33.3 bcm`, ru `33,3 млрд м³`, zh `333亿立方米` (one decimal of a billion is a
 * whole 亿: the same figure, exactly), or "no data".
 */
export function formatBcm(value: number | null | undefined, locale: Locale = 'en'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noData(locale);
  const rounded = roundTo(value, 1);
  if (locale === 'ru') return `${formatNumber(rounded, 1, locale)} млрд м³`;
  if (locale === 'zh') return `${formatNumber(Math.round(rounded * 10), 0, locale)}亿立方米`;
  return `${rounded.toFixed(1)} bcm`;
}

/** Shares: `67%` (whole percent; ru `67 %`), or "no data". */
export function formatPercent(
  value: number | null | undefined,
  digits = 0,
  locale: Locale = 'en',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noData(locale);
  const rounded = roundTo(value, digits);
  if (locale === 'en') return `${rounded.toFixed(digits)}%`;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded / 100);
}

/** A length: "1,833 km" in English, "1 833 км", "1833公里"; `null` reads "no data". */
export function formatKm(km: number | null | undefined, locale: Locale = 'en'): string {
  if (km === null || km === undefined || !Number.isFinite(km)) return noData(locale);
  if (locale === 'en') return `${km.toLocaleString('en-US')} km`;
  const digits = formatNumber(km, 0, locale);
  return locale === 'ru' ? `${digits} км` : `${digits}公里`;
}
