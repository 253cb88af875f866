// The scan the locale browser tests share: the English words left in what a Russian or Chinese
// page shows, outside what may stay English.
import type { Page } from 'playwright-core';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';

/** A word in Latin letters (inner hyphens and apostrophes included). */
const LATIN_WORD = /[A-Za-z][A-Za-z’'-]*[A-Za-z]/g;
/** Latin words the translators kept in the content (IMF, DOTS, CNPC, file paths, titles…). */
const contentLatin = new Set(
  JSON.stringify([ru, zh])
    .match(LATIN_WORD)
    ?.map((w) => w.toLowerCase()) ?? [],
);
/** Titles of works and licences, written as their owners wrote them (the credits, the notes). */
const TITLES = [
  'Direction of Trade Statistics',
  'Statistical Review of World Energy',
  'Statistical Review',
  'Energy Institute',
  'Global Energy Monitor',
  'Global Gas Infrastructure Tracker',
  'China–Turkmenistan relations',
  'CC BY-SA',
  'Natural Earth',
];
/** Words that are the same in every language: formats, units, codes. */
const SAME_EVERYWHERE = new Set(['csv', 'svg', 'png', 'zip', 'bibtex', 'readme', 'fob', 'cif']);
/** What may stay English: texts marked `lang="en"` (publishers, credit lines, the suggestion of
 * English, the article's quoted words), code, source ids, addresses, the language names. */
const ALWAYS_SKIPPED = [
  '[lang="en"]',
  'q',
  'code',
  'pre',
  'kbd',
  'textarea',
  '.source-ref',
  '.source__id',
  '.data-version',
  'svg',
  '[aria-hidden="true"]',
  '.language-switcher',
  'a[href^="http"]',
  'a[href^="/data/"]',
];

/**
 * The visible texts under `root` (every match) that still hold an English word, each shortened
 * to 80 characters so that a failing test says where. `skip` adds selectors left out.
 */
export async function leftoverEnglish(
  page: Page,
  { root = 'body', skip = [] }: { root?: string; skip?: readonly string[] } = {},
): Promise<string[]> {
  const texts = await page.evaluate(
    ({ rootSelector, skipSelector }) => {
      const out: string[] = [];
      for (const base of document.querySelectorAll(rootSelector)) {
        const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!el || el.closest(skipSelector) || !el.checkVisibility()) continue;
          out.push(node.textContent ?? '');
        }
      }
      return out;
    },
    { rootSelector: root, skipSelector: [...ALWAYS_SKIPPED, ...skip].join(', ') },
  );
  const isEnglish = (w: string) =>
    w.length > 1 &&
    !/^[A-Z0-9_]+$/.test(w) &&
    !contentLatin.has(w.toLowerCase()) &&
    !SAME_EVERYWHERE.has(w.toLowerCase());
  return texts
    .map((text) => TITLES.reduce((rest, title) => rest.replaceAll(title, ' '), text))
    .map((text) => text.replace(/https?:\/\/\S+/g, ' ').trim())
    .filter((text) => (text.match(LATIN_WORD) ?? []).some(isEnglish))
    .map((text) => text.slice(0, 80));
}
