import type { DatasetEvent } from '../../data/schema';
import { SourceRef, useSource } from '../../ui/SourceRef';

/** An event's "Sources" section: each source looked up by its id, with its link. */
export function EventSources({ event }: { event: DatasetEvent }) {
  return (
    <section aria-labelledby="event-sources">
      <h3 id="event-sources">Sources</h3>
      <ul className="event-sources">
        {event.sourceIds.map((id) => (
          <EventSource key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}

/** One source of the event, looked up in the model by its id. */
function EventSource({ id }: { id: string }) {
  const source = useSource(id);
  if (!source) {
    return (
      <li className="event-source">
        <SourceRef id={id} />
      </li>
    );
  }
  return (
    <li className="event-source">
      <p className="event-source__title">{source.title}</p>
      <p className="event-source__line">
        {source.publisher} · confidence: {source.confidence}
      </p>
      {source.credit && <p className="event-source__line">Credit: {source.credit}</p>}
      <p className="event-source__links">
        {source.url && (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            Open at {source.publisher}
            <span className="visually-hidden"> (opens in a new tab): {source.title}</span>
          </a>
        )}
        <span>
          Entry <SourceRef id={id} />
        </span>
      </p>
    </li>
  );
}
