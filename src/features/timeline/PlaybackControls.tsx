import { SPEEDS, type Speed } from '../../store/explorerStore';
import { useExplorer, useExplorerStoreApi } from '../../store/StoreProvider';
import { selectPlaying, selectSpeed } from '../../store/selectors';
import {
  nextYearAction,
  previousYearAction,
  togglePlayAction,
  type TimelineAction,
} from './actions';

function ActionButton({ action, className }: { action: TimelineAction; className?: string }) {
  const api = useExplorerStoreApi();
  const label = useExplorer(action.label);
  const disabled = useExplorer((s) => action.disabled?.(s) ?? false);
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      aria-keyshortcuts={action.keys.join(' ')}
      aria-label={action.shortLabel ? label : undefined}
      onClick={() => action.perform(api.getState())}
    >
      {action.shortLabel ? (
        <>
          <span className="playback__label-full">{label}</span>
          <span className="playback__label-short" aria-hidden="true">
            {action.shortLabel}
          </span>
        </>
      ) : (
        label
      )}
    </button>
  );
}

export function PlaybackControls() {
  const playing = useExplorer(selectPlaying);
  const speed = useExplorer(selectSpeed);
  const setSpeed = useExplorer((s) => s.setSpeed);
  return (
    <div className="playback">
      <ActionButton action={previousYearAction} className="playback__step" />
      <ActionButton
        action={togglePlayAction}
        className={playing ? 'playback__play playback__play--on' : 'playback__play'}
      />
      <ActionButton action={nextYearAction} className="playback__step" />
      <label className="playback__speed">
        Speed
        <select value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {`${s} yr/s`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
