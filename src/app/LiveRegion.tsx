import { memo } from 'react';
import { useExplorer } from '../store/StoreProvider';
import { selectSelectedEvent, selectYear } from '../store/selectors';
import { useT } from '../routing/locale';

/**
 * The one polite live region: it says the year and, when one is open, the event's title.
 * Memoized: the shell around it re-renders on every change of address.
 */
export const LiveRegion = memo(function LiveRegion() {
  const year = useExplorer(selectYear);
  const event = useExplorer(selectSelectedEvent);
  const t = useT();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
      {event ? t('live.yearEvent', { year, title: event.title }) : t('live.year', { year })}
    </div>
  );
});
