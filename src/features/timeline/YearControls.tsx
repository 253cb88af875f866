import { useEffect, useRef, type RefObject } from 'react';
import { useExplorer } from '../../store/StoreProvider';
import { selectYear } from '../../store/selectors';
import { CoverageKey } from './CoverageStrip';
import { CommandButton } from '../../ui/CommandButton';
import { followStickyHeight, STICKY_CONTROLS } from '../../ui/stickyHeight';
import { showShortcutsCommand } from '../../ui/commands';
import { GoToYear } from './GoToYear';
import { PlaybackControls } from './PlaybackControls';
import { YearSlider } from './YearSlider';
import './timeline.css';
import { useT } from '../../routing/locale';

/** The selected year in large type (the slider says it to assistive technology). */
function YearDisplay() {
  const year = useExplorer(selectYear);
  return (
    <div className="year-controls__year" aria-hidden="true">
      {year}
    </div>
  );
}

/** Keeps the sticky controls' height on the root element while they are on the page. */
function useStickyHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    return el ? followStickyHeight(el) : undefined;
  }, [ref]);
}

/**
 * Year slider, Play/Pause with Speed, and Go to year: the controls that drive every view.
 * Only the parts that show the year read it, so a year step leaves the rest alone. (Playback runs
 * in the store; the keys are the explorer's, src/app/commands.ts.)
 */
export function YearControls() {
  const ref = useRef<HTMLElement>(null);
  useStickyHeight(ref);
  const t = useT();
  return (
    <section
      ref={ref}
      className="year-controls"
      aria-labelledby="year-controls-heading"
      {...{ [STICKY_CONTROLS]: '' }}
    >
      <h2 id="year-controls-heading" className="visually-hidden">
        {t('timeline.heading')}
      </h2>
      <YearDisplay />
      <YearSlider />
      <div className="year-controls__row">
        <PlaybackControls />
        <GoToYear />
        <CoverageKey />
        <CommandButton command={showShortcutsCommand} className="shortcuts-button" />
      </div>
    </section>
  );
}
