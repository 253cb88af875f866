/**
 * Addresses of the story. A chapter's address carries its year, so the address is already what
 * the explorer would rewrite it to (and Back restores the year with the chapter); the user's other
 * choices (reporter, scale, filters) ride along unchanged.
 */

export const STORY_PATH = '/story';

/** `choices` is the explorer's query string without the year (`?reporter=mirror` or ''). */
export function withYear(choices: string, year: number, defaultYear: number): string {
  const params = new URLSearchParams();
  if (year !== defaultYear) params.set('year', String(year));
  new URLSearchParams(choices).forEach((value, key) => {
    if (key !== 'year') params.append(key, value);
  });
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export function chapterHref(
  chapterId: string,
  year: number,
  choices: string,
  defaultYear: number,
): string {
  return `${STORY_PATH}/${encodeURIComponent(chapterId)}${withYear(choices, year, defaultYear)}`;
}

/** The explorer at a year, with the user's choices. */
export function explorerHref(year: number, choices: string, defaultYear: number): string {
  return `/${withYear(choices, year, defaultYear)}`;
}
