import { useMemo } from 'react';
import { DATA_VERSION } from '../../data/dataVersion';
import { eventCitation, explorerCitation } from '../../data/publish/citation';
import type { DatasetEvent } from '../../data/schema';
import { CiteBlock } from '../../ui/CiteBlock';
import { useT } from '../../routing/locale';

/** How to cite this event (its own address) and the explorer, with the data version. */
export function EventCitation({ event }: { event: DatasetEvent }) {
  const [forEvent, forExplorer] = useMemo(() => {
    const accessed = new Date().toISOString().slice(0, 10);
    const origin = window.location.origin;
    return [
      eventCitation(event, {
        version: DATA_VERSION,
        url: `${origin}/events/${encodeURIComponent(event.id)}`,
        accessed,
      }),
      explorerCitation({ version: DATA_VERSION, url: `${origin}/`, accessed }),
    ];
  }, [event]);
  const t = useT();
  return (
    <details className="event-details__cite">
      <summary>{t('cite.howTo')}</summary>
      <CiteBlock citation={forEvent} heading={t('cite.thisEvent')} what={t('cite.thisEventWhat')} />
      <CiteBlock citation={forExplorer} heading={t('cite.explorer')} what={t('data.citeWhat')} />
    </details>
  );
}
