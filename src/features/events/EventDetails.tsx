import { useEffect, useRef, type MouseEvent } from 'react';
import { useNavigationType, useParams } from 'react-router';
import { formatPartialDate } from '../../data/dates';
import type { DatasetEvent } from '../../data/schema';
import type { Model } from '../../data/model';
import { truncateText } from '../../data/text';
import { closeDetails, openerIndexAtOpen } from '../../routing/closeDetails';
import { AppLink, useEventHref, useGo } from '../../routing/navigation';
import { paths } from '../../routing/paths';
import { serializeUrlState } from '../../routing/urlState';
import { useExplorer, useExplorerStoreApi } from '../../store/StoreProvider';
import { selectModel } from '../../store/selectors';
import { FactList } from '../../ui/FactList';
import { SourceRef, useSource } from '../../ui/SourceRef';
import { EventCitation } from './EventCitation';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { categoryLabel, neighbours } from './eventLogic';
import { currentOpener, currentShown, focusListLink, rememberShown } from './focusReturn';
import './events.css';
import { useLocale, useT } from '../../routing/locale';
import { Translated } from '../../ui/EnglishOnly';

/**
 * The details of one event at `/events/:eventId`. The address has already made the event's year
 * the selected year (src/routing/useUrlSync.ts), so the views beside show that year.
 * Focus moves to the heading when an event opens; Escape (`closeDetailsCommand`, one of the
 * explorer's commands) or "Back to explorer" closes the details and focus returns to the event's
 * link in the list.
 */
export function EventDetails() {
  const { eventId = '' } = useParams();
  const model = useExplorer(selectModel);
  // The explorer's address as the store has it: the event's year is in the store a moment before
  // it is in the address, so an early Escape still keeps it.
  const explorerSearch = useExplorer((s) => serializeUrlState(s, s.model));
  const event = model.eventsById.get(eventId);
  const t = useT();
  const locale = useLocale();
  useDocumentTitle(event ? event.title : t('event.notFound'));

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    rememberShown(eventId);
    heading.current?.focus();
  }, [eventId]);

  // When the details close, however they close, focus goes back to the list.
  useEffect(
    () => () => {
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body && active.isConnected) return;
        focusListLink([currentShown(), currentOpener()]);
      });
    },
    [],
  );

  // The history entry the details were opened from, noted once when they open, so that closing
  // (this link or Escape, `closeDetailsCommand`) returns to it.
  const navigationType = useNavigationType();
  const setDetailsOpener = useExplorer((s) => s.setDetailsOpener);
  useEffect(() => {
    setDetailsOpener(openerIndexAtOpen(navigationType));
    return () => setDetailsOpener(null);
    // Only when the details open: Previous/Next keep the entry they were opened from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const go = useGo();
  const api = useExplorerStoreApi();
  const explorerHref = paths.explorer.href(explorerSearch);
  const onBackClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    closeDetails(go, api.getState().detailsOpener, explorerHref);
  };

  const back = (
    <AppLink className="event-details__back" to={explorerHref} onClick={onBackClick}>
      <span aria-hidden="true">←</span>
      {t('event.back')}
    </AppLink>
  );

  if (!event) {
    return (
      <article className="panel event-details" aria-labelledby="event-title">
        {back}
        <h2 id="event-title" tabIndex={-1} ref={heading}>
          {t('event.notFound')}
        </h2>
        <p>{t('event.notFoundText', { id: truncateText(eventId, 80) })}</p>
      </article>
    );
  }

  return (
    <article className="panel event-details" aria-labelledby="event-title">
      {back}
      <h2 id="event-title" tabIndex={-1} ref={heading}>
        <Translated textKey={`events.${event.id}.title`}>{event.title}</Translated>
      </h2>
      <p className="event-details__meta">
        <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
        <span className={`event-badge event-badge--${event.category}`}>
          {categoryLabel(event.category, t)}
        </span>
      </p>
      <p className="event-details__summary">
        <Translated textKey={`events.${event.id}.summary`}>{event.summary}</Translated>
      </p>
      <FactList className="event-details__facts">
        <div>
          <dt>{t('event.category')}</dt>
          <dd>{categoryLabel(event.category, t)}</dd>
        </div>
        <div>
          <dt>{t('event.people')}</dt>
          <dd>{event.people.length ? event.people.join(', ') : t('event.noneNamed')}</dd>
        </div>
        <div>
          <dt>{t('event.places')}</dt>
          <dd>{event.places.length ? event.places.join(', ') : t('event.noneNamed')}</dd>
        </div>
      </FactList>
      {event.lines && event.lines.length > 0 && <LinesConcerned event={event} model={model} />}
      {event.note && (
        <section className="event-details__note" aria-labelledby="event-note">
          <h3 id="event-note">{t('event.noteHeading')}</h3>
          <p>{event.note}</p>
        </section>
      )}
      <EventSources event={event} />
      <EventCitation event={event} />
      <PreviousNext event={event} model={model} />
    </article>
  );
}

function LinesConcerned({ event, model }: { event: DatasetEvent; model: Model }) {
  const t = useT();
  return (
    <section aria-labelledby="event-lines">
      <h3 id="event-lines">{t('event.lines')}</h3>
      <ul className="event-details__lines">
        {(event.lines ?? []).map((id) => (
          <li key={id}>{model.linesById.get(id)?.name ?? t('event.line', { id })}</li>
        ))}
      </ul>
      <p className="event-details__hint">{t('event.linesHint')}</p>
    </section>
  );
}

function EventSources({ event }: { event: DatasetEvent }) {
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

function PreviousNext({ event, model }: { event: DatasetEvent; model: Model }) {
  const { previous, next } = neighbours(model.events, event.id);
  const eventHref = useEventHref();
  const t = useT();
  return (
    <nav className="event-nav" aria-label={t('event.nav')}>
      <div className="event-nav__item event-nav__item--previous">
        {previous ? (
          <>
            <AppLink to={eventHref(previous.id)} aria-describedby="event-previous-title">
              <span aria-hidden="true">←</span>
              {t('event.previous')}
            </AppLink>
            <span id="event-previous-title" className="event-nav__title">
              {previous.title}
            </span>
          </>
        ) : (
          <span className="event-nav__none">{t('event.first')}</span>
        )}
      </div>
      <div className="event-nav__item event-nav__item--next">
        {next ? (
          <>
            <AppLink to={eventHref(next.id)} aria-describedby="event-next-title">
              {t('event.next')}
              <span aria-hidden="true">→</span>
            </AppLink>
            <span id="event-next-title" className="event-nav__title">
              {next.title}
            </span>
          </>
        ) : (
          <span className="event-nav__none">{t('event.last')}</span>
        )}
      </div>
    </nav>
  );
}
