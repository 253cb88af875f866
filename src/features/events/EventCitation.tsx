import { useMemo } from 'react';
import { DATA_VERSION } from '../../data/dataVersion';
import { eventCitation, explorerCitation } from '../../data/publish/citation';
import type { DatasetEvent } from '../../data/schema';
import { CiteBlock } from '../../ui/CiteBlock';

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
  return (
    <details className="event-details__cite">
      <summary>How to cite</summary>
      <CiteBlock citation={forEvent} heading="This event" what="this event" />
      <CiteBlock citation={forExplorer} heading="The explorer" what="the explorer" />
    </details>
  );
}
