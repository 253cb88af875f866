import '../../data/i18n/later';
import type { DatasetEvent } from '../../data/schema';
import { useT } from '../../routing/locale';
import { SourceRef, useSource } from '../../ui/SourceRef';

/** An event's "Sources" section: each source looked up by its id, with its link. */
export function EventSources({ event }: { event: DatasetEvent }) {
  const t = useT();
  return (
    <section aria-labelledby="event-sources">
      <h3 id="event-sources">{t('event.sources')}</h3>
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
  const t = useT();
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
        <span lang="en">{source.publisher}</span> ·{' '}
        {t('source.confidence', { level: t(`confidence.${source.confidence}`) })}
      </p>
      {source.credit && (
        <p className="event-source__line">
          {t('source.credit', { credit: '' })}
          <span lang="en">{source.credit}</span>
        </p>
      )}
      <p className="event-source__links">
        {source.url && (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {t('source.openAt', { publisher: source.publisher })}
            <span className="visually-hidden">{t('source.newTab', { title: source.title })}</span>
          </a>
        )}
        <span>
          {t('source.entry')} <SourceRef id={id} />
        </span>
      </p>
    </li>
  );
}
