import { memo } from 'react';
import './coverage.css';
import { coverageText, TRADE_COVERAGE_WORDS, yearCoverage } from '../../data/coverage';
import type { Model } from '../../data/model';
import { useLocale, useT } from '../../routing/locale';

/**
 * What the data holds for each year, along the slider: a row for trade figures (China-reported,
 * mirror only, a news figure, missing) and a row for gas sent to China. Static per dataset
 * (memoized on the model): a year step moves only the slider's thumb, never this.
 */
export const CoverageStrip = memo(function CoverageStrip({ model }: { model: Model }) {
  const t = useT();
  const locale = useLocale();
  const rows = yearCoverage(model);
  return (
    <div
      className="coverage-strip"
      aria-hidden="true"
      style={{ ['--span' as string]: Math.max(1, rows.length - 1) }}
    >
      {rows.map((c) => (
        <span key={c.year} className="coverage-strip__year" title={coverageText(c, t, locale)}>
          <span className={`coverage-strip__trade coverage-strip__trade--${c.trade}`} />
          <span
            className={
              c.gasToChinaBcm === null
                ? 'coverage-strip__gas'
                : 'coverage-strip__gas coverage-strip__gas--yes'
            }
          />
        </span>
      ))}
    </div>
  );
});

/** The strip's key, folded away so the sticky controls stay short. */
export const CoverageKey = memo(function CoverageKey() {
  const t = useT();
  return (
    <details className="coverage-key">
      <summary>{t('coverage.summary')}</summary>
      <ul>
        {(['china', 'mirror', 'news', 'none'] as const).map((k) => (
          <li key={k}>
            <span
              className={`coverage-strip__trade coverage-strip__trade--${k}`}
              aria-hidden="true"
            />{' '}
            {t('coverage.topRow', { words: t(TRADE_COVERAGE_WORDS[k]) })}
          </li>
        ))}
        <li>
          <span className="coverage-strip__gas coverage-strip__gas--yes" aria-hidden="true" />{' '}
          {t('coverage.bottomRow')}
        </li>
        <li>{t('coverage.ticks')}</li>
      </ul>
    </details>
  );
});
