// Years as text, for notes and verdicts, and rows per year. Its own module: the first screen
// needs it without the claim-checking code of claims.ts.

import type { Locale } from './locale';

/** Between the years and runs of years of a list: Chinese lists them with the enumeration comma. */
const YEAR_SEPARATOR: Readonly<Record<Locale, string>> = { en: ', ', ru: ', ', zh: '、' };

/** `[1992, 1993, 1994, 2023]` → `1992–1994, 2023` (in Chinese `1992–1994、2023`). */
export function describeYears(years: readonly number[], locale: Locale): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const y of [...sorted.slice(1), undefined]) {
    if (y !== undefined && prev !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start !== undefined && prev !== undefined)
      parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(YEAR_SEPARATOR[locale]);
}

/** `row(year)` for every year from `first` to `last`, both included, in order. */
export function mapYears<T>(first: number, last: number, row: (year: number) => T): T[] {
  const rows: T[] = [];
  for (let year = first; year <= last; year += 1) rows.push(row(year));
  return rows;
}
