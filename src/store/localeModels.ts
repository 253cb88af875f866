import { loadCatalog } from '../data/i18n/messages';
import type { Locale } from '../data/locale';
import { modelLocale, type Model } from '../data/model';

/** A promise that says when it has settled, so a settled one is read without suspending. */
export type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T };

function tracked<T>(promise: Promise<T>): Tracked<T> {
  const t = promise as Tracked<T> & { reason?: unknown };
  t.then(
    (value) => {
      t.status = 'fulfilled';
      t.value = value;
    },
    (reason: unknown) => {
      t.status = 'rejected';
      t.reason = reason;
    },
  );
  return t;
}

/** Already settled: `use` reads it without suspending (English needs no loading). */
function fulfilled<T>(value: T): Tracked<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

/**
 * One store's locale models: each locale's model and interface catalog, loaded once for that
 * store (Russian and Chinese each their own chunks; English is the model itself). The store owns
 * it (see explorerStore's `prepareLocale`), so two stores — the server's page after page, two
 * tests — never share what one of them loaded. The model the store starts with counts as loaded
 * (a translated one comes with its catalog: see app/App's preparedStore).
 */
export function localeModels(start: Model): (locale: Locale) => Tracked<Model> {
  const english = start.localization?.english ?? start;
  const byLocale = new Map<Locale, Tracked<Model>>([
    ['en', fulfilled(english)],
    [modelLocale(start), fulfilled(start)],
  ]);
  return (locale) => {
    let pending = byLocale.get(locale);
    if (!pending) {
      pending = tracked(
        Promise.all([
          // The translated texts, their validation and the overlay: a chunk of their own.
          import('../data/i18n/localizedModel').then((m) =>
            m.loadLocalizedModel(english, locale as Exclude<Locale, 'en'>),
          ),
          loadCatalog(locale),
        ]).then(([localized]) => localized),
      );
      // A failed load (offline) is tried again on the next visit to the locale.
      pending.catch(() => byLocale.delete(locale));
      byLocale.set(locale, pending);
    }
    return pending;
  };
}
