import '../../data/i18n/later';
import { translator, type Translate } from '../../data/i18n/messages';
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
  /** The notes' language (the column names stay machine-readable, the same in every language). */
  t?: Translate;
}

export function tradeCsv({
  title,
  rows,
  includeBalance,
  sources,
  t = translator('en'),
}: TradeCsvInput): CsvTable {
  return {
    title,
    notes: [
      t('csv.trade.units'),
      ...sources.map((s) => t('csv.source', { id: s.id, title: s.title })),
      ...(includeBalance ? [t('csv.trade.balance')] : []),
      t('csv.empty'),
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
  t = translator('en'),
}: {
  title: string;
  rows: readonly BothCsvRow[];
  sources: readonly { id: string; title: string }[];
  /** The notes' language, as for `tradeCsv`. */
  t?: Translate;
}): CsvTable {
  return {
    title,
    notes: [
      t('csv.both.units'),
      ...sources.map((s) => t('csv.source', { id: s.id, title: s.title })),
      t('csv.both.gap'),
      t('csv.empty'),
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
