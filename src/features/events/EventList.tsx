import { Link, useLocation } from 'react-router';
import { formatPartialDate } from '../../data/dates';
import { eventYear } from '../../data/derive';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel, selectYear } from '../../store/selectors';

/** Placeholder of the event list: every event, the selected year's marked (full list: issue 4). */
export function EventList() {
  const year = useExplorer(selectYear);
  const { events } = useExplorer(selectModel);
  const { search } = useLocation();
  return (
    <section className="panel" aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
      <ul aria-label="Events" className="event-list">
        {events.map((e) => (
          <li key={e.id}>
            <Link
              to={{ pathname: `/events/${e.id}`, search }}
              aria-current={eventYear(e) === year ? 'true' : undefined}
            >
              <time dateTime={e.date}>{formatPartialDate(e.date)}</time> {e.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
