import type { CsvTable } from '../../ui/download';

/** The trade figure's CSV: the series on screen, one row per year, empty in a gap. */

export interface TradeCsvRow {
  year: number;
  exports: number | null;
  imports: number | null;
  balance: number | null;
  sourceId: string | null;
}

export interface TradeCsvInput {
  title: string;
  rows: readonly TradeCsvRow[];
  /** The balance is a series on screen only on the linear scale. */
  includeBalance: boolean;
  sources: readonly { id: string; title: string }[];
}

export function tradeCsv({ title, rows, includeBalance, sources }: TradeCsvInput): CsvTable {
  return {
    title,
    notes: [
      'Units: current US dollars (exports FOB; imports CIF as reported)',
      ...sources.map((s) => `Source ${s.id}: ${s.title}`),
      ...(includeBalance ? ['balance_usd = China’s imports minus China’s exports'] : []),
      'Empty cells: no data for that year (never interpolated)',
    ],
    columns: [
      'year',
      'china_exports_usd',
      'china_imports_usd',
      ...(includeBalance ? ['balance_usd'] : []),
      'source_id',
    ],
    rows: rows.map((r) => [
      r.year,
      r.exports,
      r.imports,
      ...(includeBalance ? [r.balance] : []),
      r.sourceId,
    ]),
  };
}
