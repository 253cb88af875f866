import { memo } from 'react';
import { coverageText, yearCoverage } from '../../data/coverage';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel, selectYear } from '../../store/selectors';
import { CoverageStrip } from './CoverageStrip';
import { selectEventTicks } from './selectors';
import { useLocale, useT } from '../../routing/locale';

/** One tick: memoized, so a year step re-renders only the ticks that gain or lose `current`. */
const Tick = memo(function Tick({
  year,
  left,
  current,
}: {
  year: number;
  left: string;
  current: boolean;
}) {
  const t = useT();
  return (
    <span
      className={current ? 'year-slider__tick year-slider__tick--current' : 'year-slider__tick'}
      style={{ left }}
      title={t('timeline.tickEvents', { year })}
    />
  );
});

/**
 * The year slider: a native range input, so drag, touch and keyboard (arrows, Home, End,
 * Page Up/Down) all work as the platform does. Ticks mark the years that have events.
 */
export function YearSlider() {
  const year = useExplorer(selectYear);
  const model = useExplorer(selectModel);
  const setYear = useExplorer((s) => s.setYear);
  const pause = useExplorer((s) => s.pause);
  const ticks = useExplorer(selectEventTicks);
  const { minYear, maxYear } = model;
  const t = useT();
  const locale = useLocale();
  // "2022: no official trade figures; gas to China 32.9 bcm; 4 events": the strip, as words.
  const coverage = yearCoverage(model).find((c) => c.year === year);
  const valueText = coverage ? coverageText(coverage, t, locale) : String(year);

  return (
    <div className="year-slider">
      <input
        type="range"
        aria-label={t('timeline.slider')}
        min={minYear}
        max={maxYear}
        step={1}
        value={year}
        aria-valuemin={minYear}
        aria-valuemax={maxYear}
        aria-valuenow={year}
        aria-valuetext={valueText}
        onChange={(e) => setYear(Number(e.currentTarget.value))}
        onPointerDown={pause}
      />
      <div className="year-slider__ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <Tick key={tick.year} year={tick.year} left={tick.left} current={tick.year === year} />
        ))}
      </div>
      <CoverageStrip model={model} />
      <div className="year-slider__labels" aria-hidden="true">
        <span>{minYear}</span>
        <span>{maxYear}</span>
      </div>
    </div>
  );
}
