/** Pure helpers of the event list and details: labels, filtering, search, grouping, neighbours. */
import { yearOf } from '../../data/dates';
import type { Category, DatasetEvent } from '../../data/schema';
import { searchTerms, searchText } from '../../data/search';
import type { EventOrder } from '../../store/explorerStore';
import { translator, type MessageId, type Translate } from '../../data/i18n/messages';

/** Each category's name, by message: a new category without one fails type-checking. */
const CATEGORY_NAMES: Readonly<Record<Category, MessageId>> = {
  diplomacy: 'category.diplomacy',
  energy: 'category.energy',
  pipeline: 'category.pipeline',
  security: 'category.security',
  economy: 'category.economy',
  'culture-science': 'category.culture-science',
  'human-rights': 'category.human-rights',
  finance: 'category.finance',
};

/** A category's name in `t`'s language (English by default). */
export function categoryLabel(category: Category, t: Translate = translator('en')): string {
  return t(CATEGORY_NAMES[category]);
}

/** How many of the events fall in each category (every category of `categories`, zero included). */
export function countByCategory(
  events: readonly Pick<DatasetEvent, 'category'>[],
  categories: readonly Category[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(categories.map((c) => [c, 0]));
  for (const e of events) counts[e.category] = (counts[e.category] ?? 0) + 1;
  return counts;
}

export interface EventFilter {
  /** Categories to keep; empty keeps every category. */
  categories: readonly Category[];
  /** Search text: every word must occur (case- and accent-insensitive). */
  query: string;
  /** When set, only events of this year are kept. */
  year?: number | null;
}

/**
 * The events that pass the filter, in their given order. `index` maps an event id to its
 * search text (the model's `searchIndex`), so a search does not normalize every event again.
 */
export function filterEvents<E extends DatasetEvent>(
  events: readonly E[],
  filter: EventFilter,
  index?: ReadonlyMap<string, string>,
): E[] {
  const wanted = filter.categories.length ? new Set(filter.categories) : null;
  const terms = searchTerms(filter.query);
  const year = filter.year ?? null;
  return events.filter((e) => {
    if (wanted && !wanted.has(e.category)) return false;
    if (year !== null && yearOf(e.date) !== year) return false;
    if (!terms.length) return true;
    const text = index?.get(e.id) ?? searchText(e);
    return terms.every((t) => text.includes(t));
  });
}

export interface YearGroup<E> {
  year: number;
  events: E[];
}

/**
 * Groups events (given oldest first) by year; `newest` reverses both the years and the events
 * inside each year.
 */
export function groupByYear<E extends Pick<DatasetEvent, 'date'>>(
  events: readonly E[],
  order: EventOrder,
): YearGroup<E>[] {
  const groups: YearGroup<E>[] = [];
  for (const e of events) {
    const year = yearOf(e.date);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(e);
    else groups.push({ year, events: [e] });
  }
  if (order === 'newest') {
    groups.reverse();
    for (const g of groups) g.events.reverse();
  }
  return groups;
}

export interface Neighbours<E> {
  previous: E | undefined;
  next: E | undefined;
}

/** The events before and after `id` in date order (`events` oldest first); none at the ends. */
export function neighbours<E extends Pick<DatasetEvent, 'id'>>(
  events: readonly E[],
  id: string,
): Neighbours<E> {
  const i = events.findIndex((e) => e.id === id);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: events[i - 1], next: events[i + 1] };
}

/**
 * The year of `years` closest to `year` (the earlier one on a tie), or `undefined` when there
 * are none: where the list scrolls to when the selected year has no events.
 */
export function nearestYear(years: readonly number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) {
    if (
      best === undefined ||
      Math.abs(y - year) < Math.abs(best - year) ||
      (Math.abs(y - year) === Math.abs(best - year) && y < best)
    )
      best = y;
  }
  return best;
}

/**
 * The query string an event link carries: the current one without `year`, because opening an
 * event makes its own year the selected year. Keeping the year out also keeps every link's
 * address the same while the user scrubs, so the list items need not re-render.
 */
export function searchWithoutYear(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('year');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** "12 of 51 events", "1 event", "0 of 51 events" (ru "51 событие", "12 из 51 события"). */
export function countText(shown: number, total: number, t: Translate = translator('en')): string {
  return shown === total ? t('events.count', { total }) : t('events.countOf', { shown, total });
}
