import { setupI18n, type I18n } from '@lingui/core';
import { messages as en } from 'virtual:lingui-catalog/en';
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
 * The interface's words, through Lingui (ICU MessageFormat: real plurals, "51 событие",
 * "3 события", "5 событий"). The catalogs are compiled at build time
 * (scripts/vite-lingui-catalogs.ts), so the runtime is Lingui's core alone. English, the
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
const missing = import.meta.env.DEV
  ? (locale: string, id: string) => {
      console.error(`i18n: no "${id}" in the ${locale} catalog`);
      return id;
    }
  : undefined;

function setup(locale: Locale, messages: I18n['messages']): I18n {
  return setupI18n({ locale, messages: { [locale]: messages }, ...(missing ? { missing } : {}) });
}

const instances = new Map<Locale, I18n>([['en', setup('en', en)]]);

/** Adds English messages of views loaded after the first screen (./later.ts). */
export function addEnglish(messages: I18n['messages']): void {
  instances.get('en')!.load('en', messages);
}

const loaders: Readonly<
  Record<Exclude<Locale, 'en'>, () => Promise<{ messages: I18n['messages'] }>>
> = {
  ru: () => import('virtual:lingui-catalog/ru'),
  zh: () => import('virtual:lingui-catalog/zh'),
};

const loading = new Map<Locale, Promise<void>>();

/** Loads a locale's catalog once (English is always there). */
export function loadCatalog(locale: Locale): Promise<void> {
  if (instances.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]().then(({ messages }) => {
      instances.set(locale, setup(locale, messages));
    });
    // A failed load may be retried (the next navigation tries again).
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

const translators = new Map<Locale, Translate>();

/** The translate function of a loaded locale (English when that locale is not loaded yet). */
export function translator(locale: Locale): Translate {
  const i18n = instances.get(locale) ?? instances.get('en')!;
  const key = instances.has(locale) ? locale : 'en';
  let t = translators.get(key);
  if (!t) {
    t = (id, values) => i18n._(id, values as Record<string, unknown> | undefined);
    translators.set(key, t);
  }
  return t;
}
