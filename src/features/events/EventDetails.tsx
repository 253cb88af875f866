import '../../data/i18n/later';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { DatasetEvent } from '../../data/schema';
import type { Translate } from '../../data/i18n/messages';
import type { Model } from '../../data/model';
import { truncateText } from '../../data/text';
import { closeDetails, openerIndexAtOpen } from '../../routing/closeDetails';
import {
  AppLink,
  useEventHref,
  useEventIdParam,
  useGo,
  useNavigationType,
} from '../../routing/navigation';
import { paths } from '../../routing/paths';
import { serializeUrlState } from '../../routing/urlState';
import { useExplorer, useExplorerStoreApi } from '../../store/StoreProvider';
import { selectModel } from '../../store/selectors';
import { Fact, FactList } from '../../ui/FactList';
import { EventCitation } from './EventCitation';
import { EventSources } from './EventSources';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { categoryLabel, neighbours } from './eventLogic';
import { EventMeta } from './EventMeta';
import { currentOpener, currentShown, focusListLink, rememberShown } from './focusReturn';
import './events.css';
import { useT } from '../../routing/locale';
import { Translated } from '../../ui/EnglishOnly';

/**
 * The details of one event at `/events/:eventId`. The address has already made the event's year
 * the selected year (src/routing/useUrlSync.ts), so the views beside show that year.
 * Focus moves to the heading when an event opens; Escape (`closeDetailsCommand`, one of the
 * explorer's commands) or "Back to explorer" closes the details and focus returns to the event's
 * link in the list. `share` is the app's Share control, beside "Back to explorer" (the details
 * cover the page, header included, on phones).
 */
export function EventDetails({ share }: { share?: ReactNode }) {
  const eventId = useEventIdParam();
  const model = useExplorer(selectModel);
  // The explorer's address as the store has it: the event's year is in the store a moment before
  // it is in the address, so an early Escape still keeps it.
  const explorerSearch = useExplorer((s) => serializeUrlState(s, s.model));
  const event = model.eventsById.get(eventId);
  const t = useT();
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
    <div className="event-details__top">
      <AppLink className="event-details__back" to={explorerHref} onClick={onBackClick}>
        <span aria-hidden="true">←</span>
        {t('event.back')}
      </AppLink>
      {share}
    </div>
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
      <EventMeta event={event} className="event-details__meta" />
      <p className="event-details__summary">
        <Translated textKey={`events.${event.id}.summary`}>{event.summary}</Translated>
      </p>
      <FactList className="event-details__facts">
        <Fact term={t('event.category')}>{categoryLabel(event.category, t)}</Fact>
        <Fact term={t('event.people')}>{named(event.people, t)}</Fact>
        <Fact term={t('event.places')}>{named(event.places, t)}</Fact>
      </FactList>
      {event.lines && event.lines.length > 0 && <LinesConcerned event={event} model={model} />}
      {event.note && (
        <section className="event-details__note" aria-labelledby="event-note">
          <h3 id="event-note">{t('event.noteHeading')}</h3>
          <p>
            <Translated textKey={`events.${event.id}.note`}>{event.note}</Translated>
          </p>
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

function PreviousNext({ event, model }: { event: DatasetEvent; model: Model }) {
  const { previous, next } = neighbours(model.events, event.id);
  const t = useT();
  return (
    <nav className="event-nav" aria-label={t('event.nav')}>
      <NeighbourLink side="previous" event={previous} />
      <NeighbourLink side="next" event={next} />
    </nav>
  );
}

/** The people or places an event names, or that the sources name none. */
const named = (list: readonly string[], t: Translate) =>
  list.length ? list.join(', ') : t('event.noneNamed');

const NEIGHBOUR = {
  previous: {
    link: (t: Translate) => (
      <>
        <span aria-hidden="true">←</span>
        {t('event.previous')}
      </>
    ),
    none: 'event.first',
  },
  next: {
    link: (t: Translate) => (
      <>
        {t('event.next')}
        <span aria-hidden="true">→</span>
      </>
    ),
    none: 'event.last',
  },
} as const;

/** The link to the event before or after this one, with its title; or "This is the first/last". */
function NeighbourLink({ side, event }: { side: 'previous' | 'next'; event?: DatasetEvent }) {
  const eventHref = useEventHref();
  const t = useT();
  const titleId = `event-${side}-title`;
  return (
    <div className={`event-nav__item event-nav__item--${side}`}>
      {event ? (
        <>
          <AppLink to={eventHref(event.id)} aria-describedby={titleId}>
            {NEIGHBOUR[side].link(t)}
          </AppLink>
          <span id={titleId} className="event-nav__title">
            <Translated textKey={`events.${event.id}.title`}>{event.title}</Translated>
          </span>
        </>
      ) : (
        <span className="event-nav__none">{t(NEIGHBOUR[side].none)}</span>
      )}
    </div>
  );
}
