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

/** "31 August 1998", "April 2006" or "2020": never more precise than the source. */
export function formatPartialDate(date: string): string {
  const { year, month, day } = parsePartialDate(date);
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1] ?? '';
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Compares partial dates so that a less precise date sorts before a precise one in its period. */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
