import type { DatasetEvent } from './schema';

/** Lower case without accents or diacritics, so "turkmenbasy" finds "Türkmenbaşy". */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/** The words of a search, normalized; an empty or blank search has none. */
export function searchTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean);
}

/** The normalized text a search looks through: title, summary, people and places. */
export function searchText(
  event: Pick<DatasetEvent, 'title' | 'summary' | 'people' | 'places'>,
): string {
  return normalizeText([event.title, event.summary, ...event.people, ...event.places].join('\n'));
}

/** Each event's search text by id, built once with the model. */
export function buildSearchIndex(events: readonly DatasetEvent[]): Map<string, string> {
  return new Map(events.map((e) => [e.id, searchText(e)]));
}
