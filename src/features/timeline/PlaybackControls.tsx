import { SPEEDS, type Speed } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import { selectPlaying, selectSpeed } from '../../store/selectors';
import { CommandButton } from '../../ui/CommandButton';
import { nextYearCommand, previousYearCommand, togglePlayCommand } from './commands';
import { useT } from '../../routing/locale';

export function PlaybackControls() {
  const playing = useExplorer(selectPlaying);
  const speed = useExplorer(selectSpeed);
  const setSpeed = useExplorer((s) => s.setSpeed);
  const t = useT();
  return (
    <div className="playback">
      <CommandButton command={previousYearCommand} className="playback__step" />
      <CommandButton
        command={togglePlayCommand}
        className={playing ? 'playback__play playback__play--on' : 'playback__play'}
      />
      <CommandButton command={nextYearCommand} className="playback__step" />
      <label className="playback__speed">
        {t('timeline.speed')}
        <select value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('timeline.speedValue', { speed: s })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
