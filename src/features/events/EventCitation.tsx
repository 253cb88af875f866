import '../../data/i18n/later';
import { useMemo } from 'react';
import { DATA_VERSION } from '../../data/dataVersion';
import { eventCitation, explorerCitation } from '../../data/publish/citation';
import type { DatasetEvent } from '../../data/schema';
import { CiteBlock } from '../../ui/CiteBlock';
import { useT } from '../../routing/locale';
import { useOrigin, useToday } from '../../ui/clientValue';

/** How to cite this event (its own address) and the explorer, with the data version. */
export function EventCitation({ event }: { event: DatasetEvent }) {
  const origin = useOrigin();
  const accessed = useToday();
  const [forEvent, forExplorer] = useMemo(() => {
    return [
      eventCitation(event, {
        version: DATA_VERSION,
        url: `${origin}/events/${encodeURIComponent(event.id)}`,
        accessed,
      }),
      explorerCitation({ version: DATA_VERSION, url: `${origin}/`, accessed }),
    ];
  }, [event, origin, accessed]);
  const t = useT();
  return (
    <details className="event-details__cite">
      <summary>{t('cite.howTo')}</summary>
      <CiteBlock citation={forEvent} heading={t('cite.thisEvent')} what={t('cite.thisEventWhat')} />
      <CiteBlock citation={forExplorer} heading={t('cite.explorer')} what={t('data.citeWhat')} />
    </details>
  );
}
