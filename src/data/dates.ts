import { LANGUAGE_TAGS, type Locale } from './locale';

/** A date as precise as its source gave it. */
export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function parsePartialDate(date: string): PartialDateParts {
  const [y, m, d] = date.split('-').map(Number);
  return {
    year: y ?? NaN,
    ...(m ? { month: m } : {}),
    ...(d ? { day: d } : {}),
  };
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function precisionOf(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision === 'year' ? {} : { month: 'long' }),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * "31 August 1998", "April 2006" or "2020": never more precise than the source. Russian and
 * Chinese through `Intl` ("31 августа 1998 г.", "2006年4月").
 */
export function formatPartialDate(date: string, locale: Locale = 'en'): string {
  const { year, month, day } = parsePartialDate(date);
  if (locale !== 'en' && Number.isFinite(year)) {
    const precision = month === undefined ? 'year' : day === undefined ? 'month' : 'day';
    return dateFormat(locale, precision).format(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  }
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1] ?? '';
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Compares partial dates so that a less precise date sorts before a precise one in its period. */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
