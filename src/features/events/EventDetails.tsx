import { Link, useLocation, useParams } from 'react-router';
import { formatPartialDate } from '../../data/dates';
import { useModel } from '../../store/selectors';
import { SourceRef } from '../../ui/SourceRef';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

/** Placeholder of the event details (full view: issue 4). */
export function EventDetails() {
  const { eventId = '' } = useParams();
  const { search } = useLocation();
  const model = useModel();
  const event = model.eventsById.get(eventId);
  useDocumentTitle(event ? event.title : 'Event not found');
  if (!event) {
    return (
      <article className="panel event-details">
        <h2>Event not found</h2>
        <p>No event has the id “{eventId.slice(0, 80)}”.</p>
        <Link to={{ pathname: '/', search }}>Back to explorer</Link>
      </article>
    );
  }
  return (
    <article className="panel event-details" aria-labelledby="event-title">
      <h2 id="event-title">{event.title}</h2>
      <p>
        <time dateTime={event.date}>{formatPartialDate(event.date)}</time> · {event.category}
      </p>
      <p>{event.summary}</p>
      <h3>Sources</h3>
      <ul>
        {event.sourceIds.map((id) => (
          <li key={id}>
            <SourceRef id={id} source={model.sourcesById.get(id)} />
          </li>
        ))}
      </ul>
      <Link to={{ pathname: '/', search }}>Back to explorer</Link>
    </article>
  );
}
