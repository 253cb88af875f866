import { useEffect } from 'react';
import { useExplorer, useExplorerStoreApi } from '../../store/StoreProvider';
import { selectYear } from '../../store/selectors';
import { CoverageKey } from './CoverageStrip';
import { GoToYear } from './GoToYear';
import { PlaybackControls } from './PlaybackControls';
import { startPlaybackController } from './playbackController';
import { useTimelineShortcuts } from './useTimelineShortcuts';
import { YearSlider } from './YearSlider';
import './timeline.css';

/** The selected year in large type (the slider says it to assistive technology). */
function YearDisplay() {
  const year = useExplorer(selectYear);
  return (
    <div className="year-controls__year" aria-hidden="true">
      {year}
    </div>
  );
}

/**
 * Year slider, Play/Pause with Speed, and Go to year: the controls that drive every view.
 * Only the parts that show the year read it, so a year step leaves the rest alone.
 */
export function YearControls() {
  const api = useExplorerStoreApi();
  useEffect(() => startPlaybackController(api), [api]);
  useTimelineShortcuts();
  return (
    <section className="year-controls" aria-labelledby="year-controls-heading">
      <h2 id="year-controls-heading" className="visually-hidden">
        Year
      </h2>
      <YearDisplay />
      <YearSlider />
      <div className="year-controls__row">
        <PlaybackControls />
        <GoToYear />
        <CoverageKey />
      </div>
    </section>
  );
}
