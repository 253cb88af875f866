import { comparePartialDates, yearOf } from './dates';
import type { Dataset, DatasetEvent, LineId, PipelineLine, Source } from './schema';

/** The validated dataset plus indexes built once, so views never rebuild them per year step. */
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
  sourcesById: ReadonlyMap<string, Source>;
  linesById: ReadonlyMap<LineId, PipelineLine>;
}

export function buildModel(dataset: Dataset): Model {
  const events = [...dataset.events].sort(
    (a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title),
  );
  const eventsByYear = new Map<number, DatasetEvent[]>();
  for (const e of events) {
    const y = yearOf(e.date);
    const list = eventsByYear.get(y);
    if (list) list.push(e);
    else eventsByYear.set(y, [e]);
  }
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
  return {
    dataset,
    minYear,
    maxYear,
    defaultYear: both.length ? Math.max(...both) : maxYear,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    eventsByYear,
    eventYears: [...eventsByYear.keys()].sort((a, b) => a - b),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    linesById: new Map(dataset.lines.map((l) => [l.id, l])),
  };
}
