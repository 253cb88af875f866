import { formatBcm } from './format';
import type { Model } from './model';
import { translator, type MessageId, type Translate } from './i18n/messages';
import type { Locale } from './locale';

/**
 * What the dataset holds for each year: the coverage strip along the year slider, and the
 * slider's description for screen readers. Built once per model; a year step only looks it up.
 */

/**
 * `china`: China-reported official figures; `mirror`: only the Turkmenistan-reported mirror;
 * `news`: only a rounded news figure (low confidence); `none`: no trade figures at all.
 */
export type TradeCoverage = 'china' | 'mirror' | 'news' | 'none';

export interface YearCoverage {
  year: number;
  trade: TradeCoverage;
  /** True where the mirror has a figure too (alongside China's). */
  mirror: boolean;
  /** Gas sent to China (bcm, Statistical Review), or `null`. */
  gasToChinaBcm: number | null;
  events: number;
}

const cache = new WeakMap<Model, YearCoverage[]>();

export function yearCoverage(model: Model): YearCoverage[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const { dataset } = model;
  const low = new Set(dataset.sources.filter((s) => s.confidence === 'low').map((s) => s.id));
  const china = new Map(
    dataset.trade.filter((r) => r.reporter === 'china').map((r) => [r.year, r]),
  );
  const mirror = new Set(dataset.trade.filter((r) => r.reporter === 'mirror').map((r) => r.year));
  const gas = new Map(dataset.gas.map((g) => [g.year, g.bcm]));
  const rows: YearCoverage[] = [];
  for (let year = model.minYear; year <= model.maxYear; year += 1) {
    const own = china.get(year);
    const trade: TradeCoverage = own
      ? low.has(own.sourceId)
        ? 'news'
        : 'china'
      : mirror.has(year)
        ? 'mirror'
        : 'none';
    rows.push({
      year,
      trade,
      mirror: mirror.has(year),
      gasToChinaBcm: gas.get(year) ?? null,
      events: model.eventsByYear.get(year)?.length ?? 0,
    });
  }
  cache.set(model, rows);
  return rows;
}

export const TRADE_COVERAGE_WORDS: Record<TradeCoverage, MessageId> = {
  china: 'coverage.word.china',
  mirror: 'coverage.word.mirror',
  news: 'coverage.word.news',
  none: 'coverage.word.none',
};

/** "2022: no official trade figures; gas to China 32.9 bcm; 2 events", in `t`'s language. */
export function coverageText(
  c: YearCoverage,
  t: Translate = translator('en'),
  locale: Locale = 'en',
): string {
  const trade =
    c.trade === 'china' && c.mirror
      ? t('coverage.both')
      : c.trade === 'news'
        ? t('coverage.newsOnly')
        : t(TRADE_COVERAGE_WORDS[c.trade]);
  const gas =
    c.gasToChinaBcm !== null
      ? t('coverage.gas', { bcm: formatBcm(c.gasToChinaBcm, locale) })
      : t('coverage.noGas');
  const events = t('coverage.events', { count: c.events });
  return t('coverage.text', { year: c.year, trade, gas, events });
}
