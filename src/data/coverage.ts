import { createSelector } from 'reselect';
import { formatBcm } from './format';
import type { Model } from './model';
import { translator, type MessageId, type Translate } from './i18n/messages';
import type { Locale } from './locale';
import { mapYears } from './years';

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

/**
 * One entry per year of the range, read from the model's indexes: a memoized selector, so each
 * model's rows are built once.
 */
export const yearCoverage = createSelector([(model: Model) => model], (model) =>
  mapYears(model.minYear, model.maxYear, (year): YearCoverage => {
    const own = model.trade.row('china', year);
    const mirror = model.trade.row('mirror', year) !== undefined;
    const trade: TradeCoverage = own
      ? model.lowConfidenceSourceIds.has(own.sourceId)
        ? 'news'
        : 'china'
      : mirror
        ? 'mirror'
        : 'none';
    return {
      year,
      trade,
      mirror,
      gasToChinaBcm: model.gasByYear.get(year)?.bcm ?? null,
      events: model.eventsByYear.get(year)?.length ?? 0,
    };
  }),
);

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
