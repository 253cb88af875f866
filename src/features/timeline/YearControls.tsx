import { useEffect } from 'react';
import { useExplorer, useExplorerStoreApi } from '../../store/StoreProvider';
import { selectYear } from '../../store/selectors';
import { GoToYear } from './GoToYear';
import { PlaybackControls } from './PlaybackControls';
import { startPlaybackController } from './playbackController';
import { useTimelineShortcuts } from './useTimelineShortcuts';
import { YearSlider } from './YearSlider';

/** Year slider, Play/Pause with Speed, and Go to year: the controls that drive every view. */
export function YearControls() {
  const api = useExplorerStoreApi();
  const year = useExplorer(selectYear);
  useEffect(() => startPlaybackController(api), [api]);
  useTimelineShortcuts();
  return (
    <section className="year-controls" aria-labelledby="year-controls-heading">
      <h2 id="year-controls-heading" className="visually-hidden">
        Year
      </h2>
      <div className="year-controls__year" aria-hidden="true">
        {year}
      </div>
      <YearSlider />
      <div className="year-controls__row">
        <PlaybackControls />
        <GoToYear />
      </div>
    </section>
  );
}
