import { memo, useDeferredValue, useEffect, useRef, type FocusEvent } from 'react';
import type { DatasetEvent } from '../../data/schema';
import { useExplorer } from '../../store/StoreProvider';
import { useEventHref } from '../../routing/navigation';
import { useOnScreen } from '../../ui/useOnScreen';
import { selectCategories, selectModel, selectQuery, selectYear } from '../../store/selectors';
import { EventFilters } from './EventFilters';
import { EventItem } from './EventItem';
import { countText, nearestYear, type YearGroup } from './eventLogic';
import { selectEventGroups, selectShownEvents, selectYearCounts } from './selectors';
import './events.css';
import { useT } from '../../routing/locale';

/**
 * Every event, grouped by year, with filters. The filtered list depends on the filters only
 * (and on the year only with "Only this year"); a year step changes `isCurrent` on two groups,
 * and only their items re-render.
 */
export function EventList() {
  const model = useExplorer(selectModel);
  const year = useExplorer(selectYear);
  // The groups follow the year in a render of their own, after the frame that answers the key
  // (with "Only this year" the groups themselves change with the year, in that frame).
  const groupYear = useDeferredValue(year);
  const categories = useExplorer(selectCategories);
  const query = useDeferredValue(useExplorer(selectQuery));
  const onlyThisYear = useExplorer((s) => s.onlyThisYear);
  const clearFilters = useExplorer((s) => s.clearFilters);
  // Stable while the user scrubs: it depends on the other parameters only.
  const eventHref = useEventHref();

  const shown = useExplorer((s) => selectShownEvents(s, query));
  const groups = useExplorer((s) => selectEventGroups(s, query));
  const { inYear, shown: shownInYear } = useExplorer((s) => selectYearCounts(s, query));

  const total = model.events.length;
  const filtered = categories.length > 0 || query !== '' || onlyThisYear;

  const scroller = useRef<HTMLDivElement>(null);
  // The list is kept scrolled to the selected year while it is in or near the window. Measuring it
  // anywhere else would only force a layout (on page load, the whole page's first one), and the
  // groups around the year are not even drawn there (content-visibility): it is scrolled to the
  // year when it comes near.
  const t = useT();
  const near = useOnScreen(scroller, '100px', false);
  const alignedWhileNear = useRef(false);
  const target = nearestYear(
    groups.map((g) => g.year),
    year,
  );
  useEffect(() => {
    const box = scroller.current;
    if (!near) alignedWhileNear.current = false;
    if (!box || !near || target === undefined) return;
    const mayGlide = alignedWhileNear.current;
    alignedWhileNear.current = true;
    return scrollListToYear(box, target, mayGlide);
  }, [target, groups, near]);

  return (
    <section className="panel event-panel" aria-labelledby="events-title">
      <div className="event-panel__head">
        <h2 id="events-title" tabIndex={-1}>
          {t('events.title')}
        </h2>
        <p className="event-panel__count">{countText(shown.length, total, t)}</p>
      </div>
      <EventFilters />
      <p className="event-panel__year" data-view-year={year}>
        {inYear === 0 ? (
          <>{t('events.noneInYear', { year })}</>
        ) : shownInYear === 0 ? (
          <>{t('events.hiddenInYear', { year, count: inYear })}</>
        ) : (
          <>{t('events.highlightedInYear', { year, count: shownInYear })}</>
        )}
      </p>
      {shown.length === 0 && (
        <div className="event-panel__empty">
          <p>{t(filtered ? 'events.noMatch' : 'events.none')}</p>
          {filtered && (
            <button type="button" onClick={clearFilters}>
              {t('events.clearFilters')}
            </button>
          )}
        </div>
      )}
      <div className="event-scroll" ref={scroller} onFocus={revealFocused}>
        <ul aria-label={t('events.list')} className="event-list">
          {groups.map((g) => (
            <YearSection
              key={g.year}
              group={g}
              isCurrent={g.year === (onlyThisYear ? year : groupYear)}
              eventHref={eventHref}
            />
          ))}
        </ul>
      </div>
    </section>
  );
}

/**
 * Keeps a link that takes focus in view. Groups far from the list's scroll position are not laid
 * out (content-visibility) and stand at an estimated height: the browser scrolls to a link there by
 * that estimate, then lays the groups out, and the link may end up out of view. Once laid out
 * (frames later), it is brought into view; `nearest` does nothing to a link already in view.
 */
function revealFocused(e: FocusEvent<HTMLDivElement>) {
  const target = e.target;
  // Groups that the scroll brings into view are laid out in the next frames and may move it
  // again: follow it for a few frames, as scrollListToYear does.
  let frames = 0;
  requestAnimationFrame(function reveal() {
    if (document.activeElement !== target) return;
    target.scrollIntoView({ block: 'nearest' });
    frames += 1;
    if (frames < 5) requestAnimationFrame(reveal);
  });
}

const YearSection = memo(function YearSection({
  group,
  isCurrent,
  eventHref,
}: {
  group: YearGroup<DatasetEvent>;
  isCurrent: boolean;
  eventHref: (eventId: string) => string;
}) {
  const headingId = `events-${group.year}`;
  const t = useT();
  return (
    <li
      className={isCurrent ? 'event-year event-year--current' : 'event-year'}
      data-year={group.year}
    >
      <h3 id={headingId} className="event-year__heading">
        {group.year}
        {isCurrent && ' '}
        {isCurrent && <span className="event-year__tag">{t('events.selectedYear')}</span>}
      </h3>
      <ul aria-labelledby={headingId} className="event-year__list">
        {group.events.map((e) => (
          <EventItem key={e.id} event={e} isCurrent={isCurrent} eventHref={eventHref} />
        ))}
      </ul>
    </li>
  );
});

/**
 * Scrolls the list's own box so that the group of `year` is at its top: never the page, never the
 * focus. Short steps glide (`mayGlide`), unless the reader prefers less motion; long distances
 * jump. Returns a function that stops it.
 */
function scrollListToYear(box: HTMLElement, year: number, mayGlide: boolean): () => void {
  const offset = () => {
    const section = box.querySelector<HTMLElement>(`[data-year="${year}"]`);
    return section ? section.getBoundingClientRect().top - box.getBoundingClientRect().top : 0;
  };
  // A reader moving through the list with the keyboard keeps their place.
  if (box.contains(document.activeElement)) return () => undefined;
  const distance = offset();
  const smooth =
    mayGlide &&
    Math.abs(distance) < box.clientHeight &&
    !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (typeof box.scrollTo === 'function')
    box.scrollTo({ top: box.scrollTop + distance, behavior: smooth ? 'smooth' : 'auto' });
  if (smooth || typeof requestAnimationFrame !== 'function') return () => undefined;
  // Groups far from view are not drawn (content-visibility) and stand at an estimated height. Those
  // a jump brings into view are drawn in the next frames and may move the year's group: follow it.
  // It stops once a link in the list has focus: that link is what the reader looks at.
  let frames = 0;
  let frameId = requestAnimationFrame(function follow() {
    if (box.contains(document.activeElement)) return;
    const off = offset();
    if (Math.abs(off) > 1) box.scrollTop += off;
    frames += 1;
    if (frames < 5) frameId = requestAnimationFrame(follow);
  });
  return () => cancelAnimationFrame(frameId);
}
