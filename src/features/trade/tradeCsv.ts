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

export interface BothCsvRow {
  year: number;
  chinaExports: number | null;
  mirrorExports: number | null;
  exportsGap: number | null;
  chinaImports: number | null;
  mirrorImports: number | null;
  importsGap: number | null;
  chinaSourceId: string | null;
  mirrorSourceId: string | null;
}

/** The "Both" CSV: each flow as China reports it, as the mirror gives it, and the gap. */
export function bothTradeCsv({
  title,
  rows,
  sources,
}: {
  title: string;
  rows: readonly BothCsvRow[];
  sources: readonly { id: string; title: string }[];
}): CsvTable {
  return {
    title,
    notes: [
      'Units: current US dollars. China reports its exports FOB and its imports CIF; the mirror is Turkmenistan as the reporter in the IMF DOTS (most years IMF estimates)',
      ...sources.map((s) => `Source ${s.id}: ${s.title}`),
      '*_gap_usd = mirror minus China-reported, only where both figures exist',
      'Empty cells: no data for that year (never interpolated)',
    ],
    columns: [
      'year',
      'china_exports_usd_china_reported',
      'china_exports_usd_mirror',
      'china_exports_gap_usd',
      'china_imports_usd_china_reported',
      'china_imports_usd_mirror',
      'china_imports_gap_usd',
      'china_reported_source_id',
      'mirror_source_id',
    ],
    rows: rows.map((r) => [
      r.year,
      r.chinaExports,
      r.mirrorExports,
      r.exportsGap,
      r.chinaImports,
      r.mirrorImports,
      r.importsGap,
      r.chinaSourceId,
      r.mirrorSourceId,
    ]),
  };
}
