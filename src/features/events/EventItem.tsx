import { memo } from 'react';
import { formatPartialDate } from '../../data/dates';
import type { DatasetEvent } from '../../data/schema';
import { AppLink } from '../../routing/navigation';
import { categoryLabel } from './eventLogic';
import { eventLinkId, rememberOpener } from './focusReturn';
import { useLocale, useT } from '../../routing/locale';

interface Props {
  event: DatasetEvent;
  /** Whether the event is in the selected year: only this changes while the user scrubs. */
  isCurrent: boolean;
  /** An event's address (see `useEventHref`): stable while the user scrubs. */
  eventHref: (eventId: string) => string;
}

/** One event of the list. Memoized: a year step re-renders only items whose `isCurrent` flips. */
export const EventItem = memo(function EventItem({ event, isCurrent, eventHref }: Props) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className={isCurrent ? 'event-item event-item--current' : 'event-item'}>
      <AppLink
        id={eventLinkId(event.id)}
        className="event-item__link"
        to={eventHref(event.id)}
        aria-current={isCurrent ? 'true' : undefined}
        onClick={() => rememberOpener(event.id)}
      >
        {event.title}
      </AppLink>
      <p className="event-item__meta">
        <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
        <span className={`event-badge event-badge--${event.category}`}>
          {categoryLabel(event.category, t)}
        </span>
      </p>
      <p className="event-item__summary">{event.summary}</p>
    </li>
  );
});
