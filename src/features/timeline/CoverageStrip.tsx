import { memo } from 'react';
import './coverage.css';
import { coverageText, TRADE_COVERAGE_WORDS, yearCoverage } from '../../data/coverage';
import type { Model } from '../../data/model';

/**
 * What the data holds for each year, along the slider: a row for trade figures (China-reported,
 * mirror only, a news figure, missing) and a row for gas sent to China. Static per dataset
 * (memoized on the model): a year step moves only the slider's thumb, never this.
 */
export const CoverageStrip = memo(function CoverageStrip({ model }: { model: Model }) {
  const rows = yearCoverage(model);
  return (
    <div
      className="coverage-strip"
      aria-hidden="true"
      style={{ ['--span' as string]: Math.max(1, rows.length - 1) }}
    >
      {rows.map((c) => (
        <span key={c.year} className="coverage-strip__year" title={coverageText(c)}>
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
  return (
    <details className="coverage-key">
      <summary>Data coverage</summary>
      <ul>
        {(['china', 'mirror', 'news', 'none'] as const).map((k) => (
          <li key={k}>
            <span
              className={`coverage-strip__trade coverage-strip__trade--${k}`}
              aria-hidden="true"
            />{' '}
            Top row: {TRADE_COVERAGE_WORDS[k]}
          </li>
        ))}
        <li>
          <span className="coverage-strip__gas coverage-strip__gas--yes" aria-hidden="true" />{' '}
          Bottom row: gas sent to China (Statistical Review)
        </li>
        <li>Ticks above: years with events.</li>
      </ul>
    </details>
  );
});
