import { messages as en, type Messages } from 'virtual:messages/en';
import type core from './catalogs/core/en.json';
import type head from './catalogs/head/en.json';
import type views from './catalogs/views/en.json';
import type notes from './catalogs/notes/en.json';
import type energy from './catalogs/energy/en.json';
import type claimsPage from './catalogs/claims-page/en.json';
import type story from './catalogs/story/en.json';
import type share from './catalogs/share/en.json';
import type verdicts from './catalogs/verdicts/en.json';
import type mapCanvas from './catalogs/map-canvas/en.json';
import type { Locale } from '../locale';

/**
 * The interface's words, in ICU MessageFormat (real plurals: "51 событие", "3 события",
 * "5 событий"), compiled to functions at build time by messageformat
 * (scripts/vite-message-catalogs.ts), so no parser ships and a message is a string or a
 * function of its values. English, the
 * original: what the first screen says (the `core` namespace) is in the first chunk, the rest
 * comes with the views that say it (./later.ts). Russian and Chinese are each one chunk of
 * every namespace, loaded only for a visit in that language.
 */
export type MessageId =
  | keyof typeof core
  | keyof typeof head
  | keyof typeof views
  | keyof typeof notes
  | keyof typeof energy
  | keyof typeof claimsPage
  | keyof typeof story
  | keyof typeof share
  | keyof typeof verdicts
  | keyof typeof mapCanvas;
export type MessageValues = Readonly<Record<string, string | number>>;
/** A message in one locale: `t('events.count', { count: 3 })`. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** A message the catalog lacks is a bug (an id typed wrong, or English of a later view used
 * before ./later.ts is in): said in development and tests, where it fails them. */
function missing(locale: Locale, id: string): string {
  if (import.meta.env.DEV) console.error(`i18n: no "${id}" in the ${locale} catalog`);
  return id;
}

/** A catalog's translate function, made once when the catalog arrives. */
function translate(locale: Locale, messages: Messages): Translate {
  return (id, values) => {
    const message = messages[id];
    if (message === undefined) return missing(locale, id);
    return typeof message === 'string' ? message : message(values ?? {});
  };
}

/** English is always there (the first screen's words; ./later.ts adds the rest). */
const english: Messages = { ...en };

/**
 * The catalogs this page has loaded, as their translate functions: what has arrived, not a
 * cache of anything derived (the error pages need them where there is no store).
 */
const loaded = new Map<Locale, Translate>([['en', translate('en', english)]]);

/** Adds English messages of views loaded after the first screen (./later.ts). */
export function addEnglish(messages: Messages): void {
  Object.assign(english, messages);
}

const loaders: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Messages }>>> = {
  ru: () => import('virtual:messages/ru'),
  zh: () => import('virtual:messages/zh'),
};

const loading = new Map<Locale, Promise<void>>();

/** Loads a locale's catalog once (English is always there). */
export function loadCatalog(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]().then(({ messages }) => {
      loaded.set(locale, translate(locale, messages));
    });
    // A failed load may be retried (the next navigation tries again).
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** The translate function of a loaded locale (English when that locale is not loaded yet). */
export function translator(locale: Locale): Translate {
  return loaded.get(locale) ?? loaded.get('en')!;
}
