import { memo } from 'react';
import type { DatasetEvent } from '../../data/schema';
import { AppLink } from '../../routing/navigation';
import { EventMeta } from './EventMeta';
import { eventLinkId, rememberOpener } from './focusReturn';

interface Props {
  event: DatasetEvent;
  /** Whether the event is in the selected year: only this changes while the user scrubs. */
  isCurrent: boolean;
  /** An event's address (see `useEventHref`): stable while the user scrubs. */
  eventHref: (eventId: string) => string;
}

/** One event of the list. Memoized: a year step re-renders only items whose `isCurrent` flips. */
export const EventItem = memo(function EventItem({ event, isCurrent, eventHref }: Props) {
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
      <EventMeta event={event} className="event-item__meta" />
      <p className="event-item__summary">{event.summary}</p>
    </li>
  );
});
