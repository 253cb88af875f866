import { memo } from 'react';
import { formatPartialDate } from '../../data/dates';
import type { DatasetEvent } from '../../data/schema';
import { useLocale, useT } from '../../routing/locale';
import { categoryLabel } from './eventLogic';

/** An event's date, as precise as its source, and its category badge: in the list and the panel.
 * Memoized: its event never changes while the user scrubs, though its item re-renders. */
export const EventMeta = memo(function EventMeta({
  event,
  className,
}: {
  event: DatasetEvent;
  className: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className={className}>
      <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
      <span className={`event-badge event-badge--${event.category}`}>
        {categoryLabel(event.category, t)}
      </span>
    </p>
  );
});
