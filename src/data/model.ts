import { comparePartialDates, yearOf } from './dates';
import type { Content } from './i18n/content';
import type { Locale } from './locale';
import { buildSearchIndex } from './search';
import { indexTrade, type TradeIndex } from './trade';
import {
  CATEGORIES,
  type Category,
  type Dataset,
  type DatasetEvent,
  type GasRow,
  type LineId,
  type Milestone,
  type PipelineLine,
  type Source,
} from './schema';

/**
 * The validated dataset plus every index the views and selectors need, built once here so
 * nothing rebuilds them per year step and no module keeps a cache of its own.
 */
export interface Model {
  dataset: Dataset;
  minYear: number;
  maxYear: number;
  /** The year shown when the address names none: the latest with both trade and gas figures. */
  defaultYear: number;
  /** Events sorted by date, oldest first. */
  events: DatasetEvent[];
  eventsById: ReadonlyMap<string, DatasetEvent>;
  eventsByYear: ReadonlyMap<number, DatasetEvent[]>;
  /** Years that have at least one event, ascending. */
  eventYears: number[];
  /** The categories that occur in the events, in the schema's order. */
  eventCategories: readonly Category[];
  /** Each event's normalized search text (title, summary, people, places) by id. */
  searchIndex: ReadonlyMap<string, string>;
  /** Events that name a line, oldest first, by line. */
  eventsByLine: ReadonlyMap<LineId, readonly DatasetEvent[]>;
  sourcesById: ReadonlyMap<string, Source>;
  sourcesByKind: ReadonlyMap<Source['kind'], readonly Source[]>;
  /** Ids of the sources of low confidence (a rounded figure, a single news report). */
  lowConfidenceSourceIds: ReadonlySet<string>;
  linesById: ReadonlyMap<LineId, PipelineLine>;
  /** Each line's milestones, oldest first (every line has an entry, maybe empty). */
  milestonesByLine: ReadonlyMap<LineId, readonly Milestone[]>;
  /** Trade rows by reporter and year, and Turkmenistan's total trade by year. */
  trade: TradeIndex;
  gasByYear: ReadonlyMap<number, GasRow>;
  /** Set when the texts are a translation (`localizeModel`); absent for the English original. */
  localization?: Localization;
}

/** The locale a model is written in (an English model has no localization). */
export function modelLocale(model: Pick<Model, 'localization'>): Locale {
  return model.localization?.locale ?? 'en';
}

/** A translated model's language, its English original and what stayed English. */
export interface Localization {
  locale: Exclude<Locale, 'en'>;
  english: Model;
  content: Content;
  /** `events.<id>.title`, … : texts shown in English (labelled "English only"). */
  untranslated: ReadonlySet<string>;
  /** Why the translation file could not be used, when it could not. */
  errors: readonly string[];
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The categories that occur in the events, in the canonical order of the schema. */
export function categoriesInData(events: readonly Pick<DatasetEvent, 'category'>[]): Category[] {
  const present = new Set(events.map((e) => e.category));
  return CATEGORIES.filter((c) => present.has(c));
}

/** The milestones of each line, oldest first; every line of `lines` gets an entry. */
export function indexMilestonesByLine(
  milestones: readonly Milestone[],
  lines: readonly Pick<PipelineLine, 'id'>[] = [],
): Map<LineId, readonly Milestone[]> {
  const sorted = [...milestones].sort((a, b) => comparePartialDates(a.date, b.date));
  const byLine = new Map<LineId, readonly Milestone[]>(lines.map((l) => [l.id, []]));
  for (const [id, own] of groupBy(sorted, (m) => m.lineId)) byLine.set(id, own);
  return byLine;
}

export function buildModel(dataset: Dataset): Model {
  const events = [...dataset.events].sort(
    (a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title),
  );
  const eventsByYear = groupBy(events, (e) => yearOf(e.date));
  const years = [
    ...events.map((e) => yearOf(e.date)),
    ...dataset.trade.map((r) => r.year),
    ...dataset.gas.map((r) => r.year),
  ];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const gasYears = new Set(dataset.gas.map((g) => g.year));
  const both = dataset.trade
    .filter((r) => r.reporter === 'china' && gasYears.has(r.year))
    .map((r) => r.year);
  const eventsByLine = new Map<LineId, DatasetEvent[]>();
  for (const e of events)
    for (const id of new Set(e.lines ?? [])) {
      const list = eventsByLine.get(id);
      if (list) list.push(e);
      else eventsByLine.set(id, [e]);
    }
  return {
    dataset,
    minYear,
    maxYear,
    defaultYear: both.length ? Math.max(...both) : maxYear,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    eventsByYear,
    eventYears: [...eventsByYear.keys()].sort((a, b) => a - b),
    eventCategories: categoriesInData(events),
    searchIndex: buildSearchIndex(events),
    eventsByLine,
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    sourcesByKind: groupBy(dataset.sources, (s) => s.kind),
    lowConfidenceSourceIds: new Set(
      dataset.sources.filter((s) => s.confidence === 'low').map((s) => s.id),
    ),
    linesById: new Map(dataset.lines.map((l) => [l.id, l])),
    milestonesByLine: indexMilestonesByLine(dataset.milestones, dataset.lines),
    trade: indexTrade(dataset),
    gasByYear: new Map(dataset.gas.map((g) => [g.year, g])),
  };
}
