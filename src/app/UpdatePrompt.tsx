import './updatePrompt.css';
import { useSyncExternalStore } from 'react';
import { updatePrompt } from './serviceWorker';
import { useT } from '../routing/locale';

/** "A new version is available — Reload": shown when a new service worker is waiting. */
export function UpdatePrompt() {
  const available = useSyncExternalStore(
    updatePrompt.subscribe,
    updatePrompt.available,
    () => false,
  );
  // An alert, inserted only when there is a new version: the page's one permanent status region
  // stays the year readout (LiveRegion).
  const t = useT();
  if (!available) return null;
  return (
    <div className="update-prompt" role="alert">
      <p className="update-prompt__box">
        {t('update.available')}{' '}
        <button type="button" className="button--primary" onClick={() => void updatePrompt.apply()}>
          {t('update.reload')}
        </button>
      </p>
    </div>
  );
}
