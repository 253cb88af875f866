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
