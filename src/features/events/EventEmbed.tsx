import { formatPartialDate } from '../../data/dates';
import type { DatasetEvent } from '../../data/schema';
import { categoryLabel } from './eventLogic';
import { EventSources } from './EventSources';
import './events.css';

/**
 * One event on its own, for an embed address: its title, date, category, summary, note and
 * sources. (The details at `/events/:id` add the explorer's navigation around the same facts.)
 */
export function EventEmbed({ event }: { event: DatasetEvent }) {
  return (
    <article className="panel event-details event-embed" aria-labelledby="event-title">
      <h2 id="event-title">{event.title}</h2>
      <p className="event-details__meta">
        <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
        <span className={`event-badge event-badge--${event.category}`}>
          {categoryLabel(event.category)}
        </span>
      </p>
      <p className="event-details__summary">{event.summary}</p>
      {event.note && (
        <section className="event-details__note" aria-labelledby="event-note">
          <h3 id="event-note">Note on the sources</h3>
          <p>{event.note}</p>
        </section>
      )}
      <EventSources event={event} />
    </article>
  );
}
