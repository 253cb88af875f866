/**
 * Addresses of the story. A chapter's address carries its year, so the address is already what
 * the explorer would rewrite it to (and Back restores the year with the chapter); the user's other
 * choices (reporter, scale, filters) ride along unchanged.
 */

import { paths } from '../../routing/paths';

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
  return paths.story.href(chapterId, withYear(choices, year, defaultYear));
}

/** The explorer at a year, with the user's choices. */
export function explorerHref(year: number, choices: string, defaultYear: number): string {
  return paths.explorer.href(withYear(choices, year, defaultYear));
}
